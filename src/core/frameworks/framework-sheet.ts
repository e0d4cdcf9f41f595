/**
 * The framework of a fiscal year as a sheet an officer can read and correct (ITA.md §7: the 2566+ rating
 * rule below 85, the OIT lists of 2567–2568 and the 2569 framework are open), and back.
 *
 * Evidence is kept in the sheet: three rows of the general section say, for the rating rule and each item
 * list, "ยืนยันแล้ว (verified)" or "หลักเกณฑ์ที่ใช้ทำงาน (working rule)". An officer who edits a part may
 * change the word; a blank counts as a working rule. So the round trip is exact, evidence included.
 */
import { cellAddress, CellPosition, quoteSheetName } from "../a1";
import { exactHasAtMostDecimals, exactToNumber } from "../exact";
import { issueAt, Parsed, problem, Problem, quoteValue, Validated, ValidationIssue } from "../issues";
import { isBlank, parseFiscalYear, parseItemCode, parseNumber, trimPasted } from "../parse";
import { thaiList, toArabicDigits } from "../thai";
import { unconfirmedParts } from "./unconfirmed";
import { printedItemCode } from "./oit-items";
import {
  DocumentItems,
  Evidence,
  Framework,
  NationalFigures,
  UngroupedOitItem,
  Indicator,
  OitSubIndicator,
  PerceptionItemGroup,
  RatingRow,
  Tool,
  TOOL_IDS,
  ToolId,
} from "./types";
import { FrameworkPart, RatingBand, ratingBands, validateFramework } from "./validate-framework";

export type { RatingBand } from "./validate-framework";

/** Section titles in column A; the reader finds the sections by them, wherever they are. */
export const FRAMEWORK_SECTIONS = {
  general: "ข้อมูลทั่วไป",
  tools: "เครื่องมือการประเมิน",
  indicators: "ตัวชี้วัด",
  rating: "ระดับผลการประเมิน",
  items: "ข้อคำถาม",
} as const;

type SectionKey = keyof typeof FRAMEWORK_SECTIONS;

const HEADERS: Readonly<Record<Exclude<SectionKey, "general">, readonly string[]>> = {
  tools: ["รหัส", "ชื่อเครื่องมือ (ไทย)", "ชื่อเครื่องมือ (อังกฤษ)", "น้ำหนัก (%)"],
  indicators: ["ตัวชี้วัดที่", "เครื่องมือ", "ชื่อ (ไทย)", "ชื่อ (อังกฤษ)"],
  rating: ["ลำดับ", "ระดับ", "ชื่อระดับ (อังกฤษ)", "คะแนนต่ำสุด", "คะแนนสูงสุด", "ทุกเครื่องมืออย่างน้อย"],
  items: ["รหัสข้อ", "ตัวชี้วัด", "ตัวชี้วัดย่อย", "ชื่อตัวชี้วัดย่อย", "ชื่อข้อ (OIT)"],
};

const LABELS = {
  fiscalYear: "ปีงบประมาณ",
  basedOn: "คัดลอกจากกรอบปี",
  passMark: "เกณฑ์ผ่าน (คะแนนรวมอย่างน้อย)",
  ratingEvidence: "ที่มาของเกณฑ์ระดับ",
  perceptionEvidence: "ที่มาของรายการข้อ IIT/EIT",
  oitEvidence: "ที่มาของรายการข้อ OIT",
  analysisItem: "ข้อ OIT ที่ประเมินรายงานวิเคราะห์ผลและมาตรการของปีก่อน",
  implementationItem: "ข้อ OIT ที่ประเมินรายงานผลการดำเนินการตามมาตรการของปีก่อน",
  nationalAgencies: "จำนวนหน่วยงานที่รับการประเมินทั้งประเทศ",
  nationalMean: "คะแนนเฉลี่ยระดับประเทศ",
  nationalShare: "ร้อยละของหน่วยงานที่ได้คะแนนถึงเกณฑ์ผ่าน",
  nationalSource: "ที่มาของตัวเลขระดับประเทศ",
} as const;

const EVIDENCE_TEXT: Readonly<Record<Evidence, string>> = {
  verified: "ยืนยันแล้ว (verified)",
  "working-rule": "หลักเกณฑ์ที่ใช้ทำงาน (working rule)",
};

/** Rows starting with this word are explanations; the reader skips them. */
const NOTE = "หมายเหตุ";

/** Columns A:F. */
export const FRAMEWORK_SHEET_COLUMNS = 6;

/** How a cell is written: text ("@"), a plain number, or a 2-decimal band. */
export type FrameworkCellKind = "text" | "number" | "band";

type Row = (string | number)[];

export interface FrameworkSheetLayout {
  readonly rows: Row[];
  /** Parallel to `rows`, one kind per cell. */
  readonly kinds: FrameworkCellKind[][];
  /** 0-based rows of the title and section titles (bold) and of table headers (bold, filled). */
  readonly titleRows: number[];
  readonly headerRows: number[];
}

function pad(row: Row): Row {
  return [...row, ...Array<string>(Math.max(0, FRAMEWORK_SHEET_COLUMNS - row.length)).fill("")];
}

function workingRuleNote(framework: Framework): string {
  const unconfirmed = unconfirmedParts(framework);
  const copied =
    framework.basedOn !== undefined
      ? `กรอบนี้คัดลอกจากกรอบปี ${framework.basedOn} ยังไม่มีกรอบที่ยืนยันของปี ${framework.fiscalYear} โปรดตรวจทุกส่วนให้ตรงกับที่ ป.ป.ช. ประกาศ แล้วเปลี่ยนที่มาเป็น "ยืนยันแล้ว" `
      : "";
  const working =
    unconfirmed.length > 0
      ? `ส่วนที่ยังไม่ได้ยืนยัน: ${thaiList(unconfirmed.map((part) => part.th))}`
      : "ทุกส่วนของกรอบนี้ยืนยันแล้ว";
  return `${NOTE}: ${copied}${working} แก้ไขแผ่นงานนี้ได้เมื่อ ป.ป.ช. ประกาศต่างไป แล้วกดวิเคราะห์ใหม่ ระบบจะตรวจและใช้กรอบนี้ (ฟังก์ชัน =ITA.* ยังใช้กรอบในตัว)`;
}

/** The sheet with its formatting hints; {@link frameworkSheetRows} is its `rows`. */
export function frameworkSheetLayout(framework: Framework): FrameworkSheetLayout {
  const rows: Row[] = [];
  const kinds: FrameworkCellKind[][] = [];
  const titleRows: number[] = [];
  const headerRows: number[] = [];
  const push = (row: Row, kind: (value: string | number, column: number) => FrameworkCellKind) => {
    const padded = pad(row);
    rows.push(padded);
    kinds.push(padded.map((value, column) => kind(value, column)));
  };
  const text = () => "text" as const;
  const numbers = (value: string | number): FrameworkCellKind =>
    typeof value === "number" ? "number" : "text";
  const title = (value: string) => {
    titleRows.push(rows.length);
    push([value], text);
  };
  const header = (cells: readonly string[]) => {
    headerRows.push(rows.length);
    push([...cells], text);
  };

  title(`กรอบการประเมิน ITA ปีงบประมาณ ${framework.fiscalYear}`);
  push([workingRuleNote(framework)], text);
  push([], text);

  title(FRAMEWORK_SECTIONS.general);
  push([LABELS.fiscalYear, framework.fiscalYear], numbers);
  push([LABELS.basedOn, framework.basedOn ?? ""], numbers);
  push([LABELS.passMark, framework.passMark], numbers);
  push([LABELS.ratingEvidence, EVIDENCE_TEXT[framework.rating.evidence]], text);
  const perception = framework.perceptionItems;
  const oit = framework.oit;
  push([LABELS.perceptionEvidence, perception ? EVIDENCE_TEXT[perception.evidence] : ""], text);
  push([LABELS.oitEvidence, oit ? EVIDENCE_TEXT[oit.evidence] : ""], text);
  const documents = framework.documentItems;
  const documentEvidence = documents ? EVIDENCE_TEXT[documents.evidence] : "";
  const documentCode = (code: string | undefined) =>
    code === undefined ? "" : printedItemCode(framework, code);
  push(
    [LABELS.analysisItem, documentCode(documents?.analysisAndMeasures), documents ? documentEvidence : ""],
    text
  );
  push(
    [
      LABELS.implementationItem,
      documentCode(documents?.implementationReport),
      documents ? documentEvidence : "",
    ],
    text
  );
  const national = framework.national;
  push([LABELS.nationalAgencies, national?.agencies ?? ""], numbers);
  push([LABELS.nationalMean, national?.mean ?? ""], (value) => (typeof value === "number" ? "band" : "text"));
  push([LABELS.nationalShare, national?.sharePassing ?? ""], (value) =>
    typeof value === "number" ? "band" : "text"
  );
  push(
    [LABELS.nationalSource, national?.source ?? "", national ? EVIDENCE_TEXT[national.evidence] : ""],
    text
  );
  push(
    [
      `${NOTE}: ข้อ OIT ของเอกสารคือรหัสข้อในรายการของปีนี้ที่ใช้ประเมินเอกสารที่หน่วยงานจัดทำจากผลปีก่อน เว้นว่างเมื่อยังไม่ทราบ ตัวเลขระดับประเทศเว้นว่างได้จนกว่า ป.ป.ช. จะประกาศ`,
    ],
    text
  );
  push([], text);

  title(FRAMEWORK_SECTIONS.tools);
  header(HEADERS.tools);
  for (const tool of framework.tools) push([tool.id, tool.nameTh, tool.nameEn, tool.weightPercent], numbers);
  push([], text);

  title(FRAMEWORK_SECTIONS.indicators);
  header(HEADERS.indicators);
  for (const indicator of framework.indicators) {
    push([indicator.number, indicator.tool, indicator.nameTh, indicator.nameEn], numbers);
  }
  push([], text);

  title(FRAMEWORK_SECTIONS.rating);
  header(HEADERS.rating);
  ratingBands(framework.rating).forEach((band, index) => {
    push(
      [index + 1, band.rating, band.ratingEn, band.min, band.max, band.minEveryTool ?? ""],
      (value, column) => (column >= 3 && typeof value === "number" ? "band" : numbers(value))
    );
  });
  push(
    [
      `${NOTE}: ใช้ระดับแรกตามลำดับที่เข้าเงื่อนไข (คะแนนรวมที่ปัดเป็นทศนิยม 2 ตำแหน่งแล้ว และทุกเครื่องมือถึงขั้นต่ำ ถ้ากำหนด) ช่วงของระดับที่ไม่มีเงื่อนไขรายเครื่องมือต้องต่อกันพอดีตั้งแต่ 0.00 ถึง 100.00`,
    ],
    text
  );
  push([], text);

  title(FRAMEWORK_SECTIONS.items);
  header(HEADERS.items);
  for (const group of perception?.groups ?? []) {
    for (const code of group.codes) push([code, group.indicator], numbers);
  }
  for (const sub of oit?.subIndicators ?? []) {
    for (const item of sub.items) {
      push([printedItemCode(framework, item.code), sub.indicator, sub.id, sub.nameTh, item.nameTh], numbers);
    }
  }
  for (const item of oit?.ungroupedItems ?? []) {
    push([printedItemCode(framework, item.code), item.indicator ?? "", "", "", item.nameTh], numbers);
  }
  if ((oit?.ungroupedItems?.length ?? 0) > 0) {
    push(
      [
        `${NOTE}: ข้อ OIT ที่เว้นตัวชี้วัดย่อยไว้คือข้อที่ยังไม่ทราบการจัดกลุ่ม ระบบใช้ผลของข้อเหล่านี้วิเคราะห์จุดอ่อนและกำหนดมาตรการ แต่ไม่คำนวณคะแนนตัวชี้วัดจากผลรายข้อ เมื่อทราบการจัดกลุ่มแล้วให้กรอกตัวชี้วัดย่อยและชื่อของทุกข้อในตัวชี้วัดนั้น`,
      ],
      text
    );
  }
  if (!perception && !oit) {
    push([`${NOTE}: ยังไม่มีรายการข้อของปีนี้ กรอกคะแนนรายตัวชี้วัดได้ตามปกติ`], text);
  }
  return { rows, kinds, titleRows, headerRows };
}

/**
 * The framework as rows of a readable Thai sheet (columns A:F): general facts, tools, indicators, the rating
 * table as bands, and the item lists. {@link frameworkFromRows} reads it back.
 *
 * @example frameworkSheetRows(FY2568)[0] // ["กรอบการประเมิน ITA ปีงบประมาณ 2568", "", "", "", "", ""]
 */
export function frameworkSheetRows(framework: Framework): (string | number)[][] {
  return frameworkSheetLayout(framework).rows;
}

// ---- reading ------------------------------------------------------------------------------------------

function cellText(value: unknown): string {
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? trimPasted(value) : "";
}

function isNoteRow(row: readonly unknown[]): boolean {
  return cellText(row[0]).startsWith(NOTE);
}

function sectionOf(row: readonly unknown[]): SectionKey | undefined {
  const first = cellText(row[0]);
  return (Object.keys(FRAMEWORK_SECTIONS) as SectionKey[]).find((key) => FRAMEWORK_SECTIONS[key] === first);
}

interface SheetRow {
  /** 0-based index into the rows given. */
  readonly index: number;
  readonly cells: readonly unknown[];
}

function evidenceFrom(value: unknown): Evidence | undefined {
  const text = cellText(value).toLowerCase();
  if (text === "" || /working|ทำงาน|ไม่ยืนยัน|ยังไม่/.test(text)) return "working-rule";
  if (/verified|ยืนยัน/.test(text)) return "verified";
  return undefined;
}

/**
 * Reads a framework sheet back: every problem with its cell (`'กรอบ ITA 2568'!D12`), then
 * {@link validateFramework} on what was read. Numbers may be typed with Thai digits.
 *
 * @param origin where `rows[0][0]` sits on the sheet (the used range need not start at A1).
 * @example frameworkFromRows("กรอบ ITA 2568", frameworkSheetRows(FY2568)) // { ok: true, value: FY2568 }
 */
export function frameworkFromRows(
  sheetName: string,
  rows: readonly (readonly unknown[])[],
  origin: CellPosition = { row: 0, column: 0 }
): Validated<Framework> {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const sheet = quoteSheetName(sheetName);
  const cell = (index: number, column: number) =>
    `${sheet}!${cellAddress({ row: origin.row + index, column: origin.column + column })}`;
  const area = (first: number, last: number, fromColumn: number, toColumn: number) =>
    `${cell(first, fromColumn)}:${cellAddress({ row: origin.row + last, column: origin.column + toColumn })}`;
  const report = (index: number, column: number, what: Problem) =>
    issues.push(issueAt(cell(index, column), what));
  const read = <T>(row: SheetRow, column: number, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    report(row.index, column, parsed.problem);
    return undefined;
  };
  const number = (row: SheetRow, column: number): number | undefined => {
    const value = read(row, column, parseNumber(row.cells[column]));
    return value === undefined ? undefined : exactToNumber(value);
  };
  const wholeNumber = (row: SheetRow, column: number, what: string, whatEn: string): number | undefined => {
    const value = read(row, column, parseNumber(row.cells[column]));
    if (value === undefined) return undefined;
    if (!exactHasAtMostDecimals(value, 0) || exactToNumber(value) < 1) {
      report(
        row.index,
        column,
        problem(
          "not-a-whole-number",
          `${what} ${quoteValue(row.cells[column])} ต้องเป็นจำนวนเต็มบวก`,
          `${whatEn} ${quoteValue(row.cells[column])} must be a positive whole number`
        )
      );
      return undefined;
    }
    return exactToNumber(value);
  };
  const required = (row: SheetRow, column: number, what: string, whatEn: string): string => {
    const text = cellText(row.cells[column]);
    if (text === "") {
      report(row.index, column, problem("blank", `ต้องกรอก${what}`, `the ${whatEn} is missing`));
    }
    return text;
  };

  // Split the rows into sections by their titles; notes and blank rows are skipped.
  const sections = new Map<SectionKey, { title: number; rows: SheetRow[] }>();
  let current: SheetRow[] | undefined;
  rows.forEach((cells, index) => {
    const key = sectionOf(cells);
    if (key) {
      if (sections.has(key)) {
        report(
          index,
          0,
          problem(
            "duplicate-section",
            `ส่วน "${FRAMEWORK_SECTIONS[key]}" ซ้ำ ใช้ได้เพียงครั้งเดียว`,
            `the section "${FRAMEWORK_SECTIONS[key]}" appears twice`
          )
        );
        current = undefined;
        return;
      }
      current = [];
      sections.set(key, { title: index, rows: current });
      return;
    }
    if (isNoteRow(cells) || cells.every((value) => isBlank(value))) return;
    current?.push({ index, cells });
  });
  const missing = (Object.keys(FRAMEWORK_SECTIONS) as SectionKey[]).filter((key) => !sections.has(key));
  if (missing.length > 0) {
    issues.push(
      issueAt(
        sheet,
        problem(
          "missing-section",
          `ไม่พบส่วน ${missing.map((key) => `"${FRAMEWORK_SECTIONS[key]}"`).join(", ")} ในคอลัมน์ A`,
          `no section titled ${missing.map((key) => `"${FRAMEWORK_SECTIONS[key]}"`).join(", ")} in column A`
        )
      )
    );
    return { ok: false, issues, warnings };
  }
  const section = (key: SectionKey) => sections.get(key) ?? { title: 0, rows: [] };
  /** The table's data rows, after checking its header row. */
  const table = (key: Exclude<SectionKey, "general">): SheetRow[] => {
    const [head, ...data] = section(key).rows;
    const expected = HEADERS[key][0] ?? "";
    if (!head || cellText(head.cells[0]) !== expected) {
      report(
        head?.index ?? section(key).title + 1,
        0,
        problem(
          "missing-header",
          `ตาราง "${FRAMEWORK_SECTIONS[key]}" ต้องมีแถวหัวตารางที่ขึ้นต้นด้วย "${expected}"`,
          `the table "${FRAMEWORK_SECTIONS[key]}" needs its header row, starting with "${expected}"`
        )
      );
      return head ? [head, ...data] : data;
    }
    return data;
  };

  // General facts.
  const general = new Map<string, SheetRow>();
  for (const row of section("general").rows) general.set(cellText(row.cells[0]), row);
  const fact = (label: string): SheetRow | undefined => {
    const row = general.get(label);
    if (!row) {
      report(
        section("general").title,
        0,
        problem("missing-fact", `ส่วนข้อมูลทั่วไปต้องมีแถว "${label}"`, `the general section needs a row "${label}"`)
      );
    }
    return row;
  };
  const yearRow = fact(LABELS.fiscalYear);
  const fiscalYear = yearRow ? read(yearRow, 1, parseFiscalYear(yearRow.cells[1])) : undefined;
  const passRow = fact(LABELS.passMark);
  const passMark = passRow ? number(passRow, 1) : undefined;
  const evidence = (label: string): Evidence => {
    const row = general.get(label);
    const value = evidenceFrom(row?.cells[1]);
    if (row && value === undefined) {
      report(
        row.index,
        1,
        problem(
          "unknown-evidence",
          `${quoteValue(row.cells[1])} ไม่ใช่ "${EVIDENCE_TEXT.verified}" หรือ "${EVIDENCE_TEXT["working-rule"]}"`,
          `${quoteValue(row.cells[1])} is neither "${EVIDENCE_TEXT.verified}" nor "${EVIDENCE_TEXT["working-rule"]}"`
        )
      );
    }
    return value ?? "working-rule";
  };

  // Tools.
  const tools: Tool[] = [];
  const toolRows: number[] = [];
  for (const row of table("tools")) {
    const id = cellText(row.cells[0]).toUpperCase();
    if (!(TOOL_IDS as readonly string[]).includes(id)) {
      report(
        row.index,
        0,
        problem(
          "unknown-tool",
          `${quoteValue(row.cells[0])} ไม่ใช่รหัสเครื่องมือ (${TOOL_IDS.join(", ")})`,
          `${quoteValue(row.cells[0])} is not a tool code (${TOOL_IDS.join(", ")})`
        )
      );
      continue;
    }
    const nameTh = required(row, 1, "ชื่อเครื่องมือ", "tool name");
    const weightPercent = number(row, 3);
    if (weightPercent === undefined) continue;
    tools.push({ id: id as ToolId, nameTh, nameEn: cellText(row.cells[2]), weightPercent });
    toolRows.push(row.index);
  }

  // Indicators, in number order (a stable sort keeps repeats in sheet order).
  const indicatorRows: { indicator: Indicator; index: number }[] = [];
  for (const row of table("indicators")) {
    const indicatorNumber = wholeNumber(row, 0, "ตัวชี้วัดที่", "indicator number");
    const tool = cellText(row.cells[1]).toUpperCase();
    const nameTh = required(row, 2, "ชื่อตัวชี้วัด", "indicator name");
    if (indicatorNumber === undefined) continue;
    indicatorRows.push({
      indicator: { number: indicatorNumber, tool: tool as ToolId, nameTh, nameEn: cellText(row.cells[3]) },
      index: row.index,
    });
  }
  indicatorRows.sort((a, b) => a.indicator.number - b.indicator.number);

  // Rating bands, in the order of the ลำดับ column.
  const bandRows: { band: RatingBand; order: number; index: number }[] = [];
  for (const row of table("rating")) {
    const order = wholeNumber(row, 0, "ลำดับ", "order");
    const rating = required(row, 1, "ชื่อระดับ", "rating");
    const min = number(row, 3);
    const max = number(row, 4);
    const minEveryTool = isBlank(row.cells[5]) ? undefined : number(row, 5);
    if (order === undefined || min === undefined || max === undefined) continue;
    if (!isBlank(row.cells[5]) && minEveryTool === undefined) continue;
    if (bandRows.some((other) => other.order === order)) {
      report(
        row.index,
        0,
        problem("duplicate-order", `ลำดับ ${order} ซ้ำ`, `the order ${order} is used twice`)
      );
    }
    bandRows.push({
      band: {
        rating,
        ratingEn: cellText(row.cells[2]),
        min,
        max,
        ...(minEveryTool === undefined ? {} : { minEveryTool }),
      },
      order,
      index: row.index,
    });
  }
  bandRows.sort((a, b) => a.order - b.order);

  // Optional facts: the year copied from, the OIT items of the agency's documents, national figures.
  const optionalRow = (label: string): SheetRow | undefined => {
    const row = general.get(label);
    return row && !isBlank(row.cells[1]) ? row : undefined;
  };
  const basedOnRow = optionalRow(LABELS.basedOn);
  const basedOn = basedOnRow ? read(basedOnRow, 1, parseFiscalYear(basedOnRow.cells[1])) : undefined;
  const documentRows = {
    analysisAndMeasures: optionalRow(LABELS.analysisItem),
    implementationReport: optionalRow(LABELS.implementationItem),
  };
  /** The OIT codes as typed: all with a capital O means the year prints them so (O25). */
  const typedOitCodes: string[] = [];
  const documentCode = (row: SheetRow | undefined) =>
    row ? read(row, 1, parseItemCode(row.cells[1])) : undefined;
  const analysisAndMeasures = documentCode(documentRows.analysisAndMeasures);
  const implementationReport = documentCode(documentRows.implementationReport);
  const documentEvidenceRow = documentRows.analysisAndMeasures ?? documentRows.implementationReport;
  const evidenceAt = (row: SheetRow, column: number): Evidence => {
    const value = evidenceFrom(row.cells[column]);
    if (value === undefined) {
      report(
        row.index,
        column,
        problem(
          "unknown-evidence",
          `${quoteValue(row.cells[column])} ไม่ใช่ "${EVIDENCE_TEXT.verified}" หรือ "${EVIDENCE_TEXT["working-rule"]}"`,
          `${quoteValue(row.cells[column])} is neither "${EVIDENCE_TEXT.verified}" nor "${EVIDENCE_TEXT["working-rule"]}"`
        )
      );
    }
    return value ?? "working-rule";
  };
  const documentItems: DocumentItems | undefined =
    documentEvidenceRow && (analysisAndMeasures !== undefined || implementationReport !== undefined)
      ? {
          ...(analysisAndMeasures === undefined ? {} : { analysisAndMeasures }),
          ...(implementationReport === undefined ? {} : { implementationReport }),
          evidence: evidenceAt(documentEvidenceRow, 2),
        }
      : undefined;
  const nationalRows = {
    agencies: optionalRow(LABELS.nationalAgencies),
    mean: optionalRow(LABELS.nationalMean),
    sharePassing: optionalRow(LABELS.nationalShare),
  };
  const nationalAgencies = nationalRows.agencies
    ? wholeNumber(nationalRows.agencies, 1, "จำนวนหน่วยงาน", "number of agencies")
    : undefined;
  const nationalMean = nationalRows.mean ? number(nationalRows.mean, 1) : undefined;
  const nationalShare = nationalRows.sharePassing ? number(nationalRows.sharePassing, 1) : undefined;
  const sourceRow = general.get(LABELS.nationalSource);
  const nationalWithoutMean = nationalRows.agencies ?? nationalRows.sharePassing;
  if (!nationalRows.mean && nationalWithoutMean) {
    report(
      nationalWithoutMean.index,
      1,
      problem(
        "national-mean-missing",
        `ตัวเลขระดับประเทศต้องมี "${LABELS.nationalMean}" ด้วย`,
        `national figures need the national mean ("${LABELS.nationalMean}") too`
      )
    );
  }
  const national: NationalFigures | undefined =
    nationalMean !== undefined
      ? {
          ...(nationalAgencies === undefined ? {} : { agencies: nationalAgencies }),
          mean: nationalMean,
          ...(nationalShare === undefined ? {} : { sharePassing: nationalShare }),
          source: sourceRow ? cellText(sourceRow.cells[1]) : "",
          evidence: sourceRow && !isBlank(sourceRow.cells[2]) ? evidenceAt(sourceRow, 2) : "working-rule",
        }
      : undefined;

  // Items: a row with a sub-indicator is an OIT item of that sub-indicator; an o-code without one is an
  // OIT item whose grouping is not known (its indicator may be blank); otherwise an IIT/EIT item.
  const ungrouped: { item: UngroupedOitItem; index: number }[] = [];
  const groups = new Map<number, { codes: string[]; rows: number[] }>();
  const subs = new Map<
    string,
    {
      sub: { id: string; indicator: number; nameTh: string };
      items: { code: string; nameTh: string }[];
      rows: number[];
    }
  >();
  for (const row of table("items")) {
    const code = read(row, 0, parseItemCode(row.cells[0]));
    if (code?.startsWith("o")) typedOitCodes.push(cellText(row.cells[0]));
    const subId = toArabicDigits(cellText(row.cells[2]));
    if (code?.startsWith("o") && subId === "") {
      const placed = isBlank(row.cells[1]) ? undefined : wholeNumber(row, 1, "ตัวชี้วัด", "indicator");
      if (!isBlank(row.cells[1]) && placed === undefined) continue;
      ungrouped.push({
        item: {
          code,
          nameTh: cellText(row.cells[4]),
          ...(placed === undefined ? {} : { indicator: placed }),
        },
        index: row.index,
      });
      continue;
    }
    const indicator = wholeNumber(row, 1, "ตัวชี้วัด", "indicator");
    if (code === undefined || indicator === undefined) continue;
    if (subId === "") {
      const group = groups.get(indicator) ?? { codes: [], rows: [] };
      groups.set(indicator, group);
      group.codes.push(code);
      group.rows.push(row.index);
      continue;
    }
    const entry = subs.get(subId) ?? {
      sub: { id: subId, indicator, nameTh: cellText(row.cells[3]) },
      items: [],
      rows: [],
    };
    subs.set(subId, entry);
    if (entry.sub.indicator !== indicator) {
      report(
        row.index,
        1,
        problem(
          "sub-indicator-moved",
          `ตัวชี้วัดย่อย ${subId} อยู่ในตัวชี้วัดที่ ${entry.sub.indicator} ในแถวก่อนหน้า ไม่ใช่ ${indicator}`,
          `the sub-indicator ${subId} is under indicator ${entry.sub.indicator} in earlier rows, not ${indicator}`
        )
      );
    }
    const subName = cellText(row.cells[3]);
    if (entry.sub.nameTh === "") entry.sub.nameTh = subName;
    else if (subName !== "" && subName !== entry.sub.nameTh) {
      warnings.push(
        issueAt(
          cell(row.index, 3),
          problem(
            "sub-indicator-renamed",
            `ชื่อตัวชี้วัดย่อย ${subId} ต่างจากแถวก่อนหน้า ใช้ชื่อแรก "${entry.sub.nameTh}"`,
            `the name of sub-indicator ${subId} differs from earlier rows; the first, "${entry.sub.nameTh}", is used`
          )
        )
      );
    }
    entry.items.push({ code, nameTh: cellText(row.cells[4]) });
    entry.rows.push(row.index);
  }

  if (issues.length > 0 || fiscalYear === undefined || passMark === undefined) {
    return { ok: false, issues, warnings };
  }

  const perceptionGroups: PerceptionItemGroup[] = [...groups].map(([indicator, group]) => ({
    indicator,
    codes: group.codes,
  }));
  const subIndicators: OitSubIndicator[] = [...subs.values()].map((entry) => ({
    ...entry.sub,
    items: entry.items,
  }));
  const bands = bandRows.map((row) => row.band);
  const ratingRows: RatingRow[] = bands.map((band) => ({
    rating: band.rating,
    ratingEn: band.ratingEn,
    minTotal: band.min,
    ...(band.minEveryTool === undefined ? {} : { minEveryTool: band.minEveryTool }),
  }));
  const ungroupedItems = ungrouped.map((entry) => entry.item);
  const oitList =
    subIndicators.length > 0 || ungroupedItems.length > 0
      ? {
          oit: {
            subIndicators,
            ...(ungroupedItems.length > 0 ? { ungroupedItems } : {}),
            ...(typedOitCodes.every((typed) => typed.startsWith("O")) ? { codeLetter: "O" as const } : {}),
            evidence: evidence(LABELS.oitEvidence),
          },
        }
      : {};
  const framework: Framework = {
    fiscalYear,
    ...(basedOn === undefined ? {} : { basedOn }),
    tools,
    indicators: indicatorRows.map((row) => row.indicator),
    rating: {
      kind: bands.every((band) => /^[A-Z]{1,2}$/.test(band.rating)) ? "letters" : "words",
      rows: ratingRows,
      evidence: evidence(LABELS.ratingEvidence),
    },
    passMark,
    ...(perceptionGroups.length > 0
      ? { perceptionItems: { groups: perceptionGroups, evidence: evidence(LABELS.perceptionEvidence) } }
      : {}),
    ...oitList,
    ...(documentItems ? { documentItems } : {}),
    ...(national ? { national } : {}),
  };
  if (issues.length > 0) return { ok: false, issues, warnings };

  // Where each part of the framework sits, keyed as validateFramework counts occurrences.
  const places = new Map<string, string>();
  const occurrences = new Map<string, number>();
  const place = (key: string, at: string) => {
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    places.set(`${key}#${n}`, at);
  };
  tools.forEach((tool, i) => {
    place(`tool:${tool.id}`, cell(toolRows[i] ?? 0, 0));
    place(`weight:${tool.id}`, cell(toolRows[i] ?? 0, 3));
  });
  indicatorRows.forEach((row) => place(`indicator:${row.indicator.number}`, cell(row.index, 0)));
  for (const [, group] of groups)
    group.codes.forEach((code, i) => place(`item:${code}`, cell(group.rows[i] ?? 0, 0)));
  for (const [, entry] of subs) {
    place(`sub:${entry.sub.id}`, cell(entry.rows[0] ?? 0, 2));
    entry.items.forEach((item, i) => place(`item:${item.code}`, cell(entry.rows[i] ?? 0, 0)));
  }
  for (const entry of ungrouped) place(`item:${entry.item.code}`, cell(entry.index, 0));
  const toolsFirst = toolRows[0];
  const toolsLast = toolRows[toolRows.length - 1];
  const ratingFirst = bandRows[0]?.index;
  const ratingLast = bandRows[bandRows.length - 1]?.index;
  const locate = (part: FrameworkPart): string => {
    switch (part.kind) {
      case "fiscal-year":
        return cell(yearRow?.index ?? 0, 1);
      case "pass-mark":
        return cell(passRow?.index ?? 0, 1);
      case "tools":
        return toolsFirst === undefined || toolsLast === undefined
          ? cell(section("tools").title, 0)
          : area(toolsFirst, toolsLast, 3, 3);
      case "tool":
        return (
          places.get(`${part.field ?? "tool"}:${part.id}#${part.occurrence ?? 0}`) ??
          cell(section("tools").title, 0)
        );
      case "indicator":
        return (
          places.get(`indicator:${part.number}#${part.occurrence ?? 0}`) ??
          cell(section("indicators").title, 0)
        );
      case "rating":
        return ratingFirst === undefined || ratingLast === undefined
          ? cell(section("rating").title, 0)
          : area(ratingFirst, ratingLast, 3, 4);
      case "rating-row":
        return cell(bandRows[part.index]?.index ?? section("rating").title, 1);
      case "sub-indicator":
        return places.get(`sub:${part.id}#${part.occurrence ?? 0}`) ?? cell(section("items").title, 0);
      case "item":
        return places.get(`item:${part.code}#${part.occurrence ?? 0}`) ?? cell(section("items").title, 0);
      case "document-item":
        return cell(documentRows[part.field]?.index ?? section("general").title, 1);
      case "national":
        return cell(nationalRows[part.field]?.index ?? section("general").title, 1);
    }
  };
  const found = validateFramework(framework, locate, bands);
  if (found.length > 0) return { ok: false, issues: found, warnings };
  return { ok: true, value: framework, warnings };
}
