/**
 * The framework of a fiscal year as a sheet an officer can read and correct (ITA.md §7: the 2566+ rating
 * rule below 85, the OIT lists of 2567–2568 and the 2569 framework are open), and back.
 *
 * Evidence is kept in the sheet: three rows of the general section say, for the rating rule and each item
 * list, "ยืนยันแล้ว (verified)" or "หลักเกณฑ์ที่ใช้ทำงาน (working rule)". An officer who edits a part may
 * change the word; a blank counts as a working rule. So the round trip is exact, evidence included.
 *
 * This file writes the sheet; framework-from-rows.ts reads it back.
 */
import { thaiList } from "../thai";
import {
  EVIDENCE_TEXT,
  FRAMEWORK_FACT_LABELS,
  FRAMEWORK_SECTIONS,
  FRAMEWORK_SHEET_COLUMNS,
  FRAMEWORK_TABLE_HEADERS,
  NOTE,
} from "./framework-sheet-labels";
import { printedItemCode } from "./oit-items";
import { Framework } from "./types";
import { unconfirmedParts } from "./unconfirmed";
import { ratingBands } from "./validate-framework";

export type { RatingBand } from "./validate-framework";
export { FRAMEWORK_SECTIONS, FRAMEWORK_SHEET_COLUMNS } from "./framework-sheet-labels";
export { frameworkFromRows } from "./framework-from-rows";

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
  push([FRAMEWORK_FACT_LABELS.fiscalYear, framework.fiscalYear], numbers);
  push([FRAMEWORK_FACT_LABELS.basedOn, framework.basedOn ?? ""], numbers);
  push([FRAMEWORK_FACT_LABELS.passMark, framework.passMark], numbers);
  push([FRAMEWORK_FACT_LABELS.ratingEvidence, EVIDENCE_TEXT[framework.rating.evidence]], text);
  const perception = framework.perceptionItems;
  const oit = framework.oit;
  push(
    [FRAMEWORK_FACT_LABELS.perceptionEvidence, perception ? EVIDENCE_TEXT[perception.evidence] : ""],
    text
  );
  push([FRAMEWORK_FACT_LABELS.oitEvidence, oit ? EVIDENCE_TEXT[oit.evidence] : ""], text);
  const documents = framework.documentItems;
  const documentEvidence = documents ? EVIDENCE_TEXT[documents.evidence] : "";
  const documentCode = (code: string | undefined) =>
    code === undefined ? "" : printedItemCode(framework, code);
  push(
    [
      FRAMEWORK_FACT_LABELS.analysisItem,
      documentCode(documents?.analysisAndMeasures),
      documents ? documentEvidence : "",
    ],
    text
  );
  push(
    [
      FRAMEWORK_FACT_LABELS.implementationItem,
      documentCode(documents?.implementationReport),
      documents ? documentEvidence : "",
    ],
    text
  );
  const national = framework.national;
  push([FRAMEWORK_FACT_LABELS.nationalAgencies, national?.agencies ?? ""], numbers);
  push([FRAMEWORK_FACT_LABELS.nationalMean, national?.mean ?? ""], (value) =>
    typeof value === "number" ? "band" : "text"
  );
  push([FRAMEWORK_FACT_LABELS.nationalShare, national?.sharePassing ?? ""], (value) =>
    typeof value === "number" ? "band" : "text"
  );
  push(
    [
      FRAMEWORK_FACT_LABELS.nationalSource,
      national?.source ?? "",
      national ? EVIDENCE_TEXT[national.evidence] : "",
    ],
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
  header(FRAMEWORK_TABLE_HEADERS.tools);
  for (const tool of framework.tools) push([tool.id, tool.nameTh, tool.nameEn, tool.weightPercent], numbers);
  push([], text);

  title(FRAMEWORK_SECTIONS.indicators);
  header(FRAMEWORK_TABLE_HEADERS.indicators);
  for (const indicator of framework.indicators) {
    push([indicator.number, indicator.tool, indicator.nameTh, indicator.nameEn], numbers);
  }
  push([], text);

  title(FRAMEWORK_SECTIONS.rating);
  header(FRAMEWORK_TABLE_HEADERS.rating);
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
  header(FRAMEWORK_TABLE_HEADERS.items);
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
