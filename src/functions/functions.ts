/*
 * Custom functions =ITA.*: thin wrappers over the core. functions.json is generated from the JSDoc below by
 * custom-functions-metadata-plugin (which also adds the CustomFunctions.associate calls), so every function
 * here is a top-level `function` declaration: arrow functions would be skipped silently.
 *
 * What Excel passes: an omitted optional argument is null (Microsoft Learn, "Custom functions parameter
 * options"). An empty cell, in a range or alone, arrives as 0 on some desktop builds and as null on the web
 * (OfficeDev/office-js#4702, #1951, #5262; no requirement set tells the builds apart), and that 0 cannot be
 * told from a typed 0. So where a score (or a fiscal year) is expected a number 0 is refused with #N/A
 * ("0 or an empty cell?") rather than let a missing score lower a total, a rating or a change; a real 0 is
 * typed as text ('0 or ๐), which no empty cell becomes. null is refused as blank, except for an optional
 * argument, where it means "left out". Where 0 is an ordinary value (ITA.THAIDIGITS, ITA.NUMBER, decimals)
 * it is taken. Data types reach `any` arguments as objects (the generated functions.json sets
 * allowCustomDataForDataTypeAny): a formatted number is read as its number, other data types are refused.
 * Results are full-precision numbers: format the cell (or ROUND) to print two decimals; ITA.GRADE and
 * ITA.PASS judge the total as printed, half-up, exactly as the NACC does.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata maps only `any` to Excel's "any" type: arguments are raw cell values, checked by the core parsers. */
import {
  Exact,
  exactToNumber,
  Framework,
  frameworkFor,
  hundredthsOf,
  ratingForHundredths,
  indexInRange,
  indicatorDelta,
  isBlank,
  isPassing,
  LATEST_FISCAL_YEAR,
  parseFiscalYear,
  parseNumber,
  parseRangeReference,
  parseScore,
  Problem,
  quoteValue,
  ratingFor,
  SUPPORTED_FISCAL_YEARS,
  toolScores,
  TOOL_IDS,
  ToolId,
  ToolScores,
  toThaiDigits,
  exactCompare,
  weightedTotal,
  roundHalfUpToString,
} from "../core";

/** Thrown as #VALUE! (a bad argument) or #N/A (no answer exists for these arguments). */
function fail(kind: "value" | "notAvailable", th: string, en: string): never {
  const code =
    kind === "value" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
  throw new CustomFunctions.Error(code, `${th} / ${en}`);
}

function failWith(what: Problem, th: string, en: string): never {
  return fail("value", `${th}: ${what.messageTh}`, `${en}: ${what.messageEn}`);
}

/**
 * A cell's value with a number data type read as its number: a formatted number arrives as
 * `{ type: "Double", basicValue, numberFormat }` ("FormattedNumber" before ExcelApi 1.19). Anything else is
 * returned as it came.
 */
function basicValueOf(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const { type, basicValue } = value as { type?: unknown; basicValue?: unknown };
  return (type === "Double" || type === "FormattedNumber") && typeof basicValue === "number"
    ? basicValue
    : value;
}

/** An Excel data type other than a number (an entity, a linked record, an image): an object with a `type`. */
function isDataType(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { type?: unknown }).type === "string"
  );
}

const ZERO_OR_BLANK = {
  th: "0 หรือช่องว่าง? Excel บางรุ่นส่งเซลล์ว่างมาเป็น 0",
  en: "0 or an empty cell? Some versions of Excel pass an empty cell as 0",
};

function scoreArgument(value: unknown, nameTh: string, nameEn: string): Exact {
  if (value === 0) {
    fail(
      "notAvailable",
      `${nameTh}: ${ZERO_OR_BLANK.th} จึงไม่นับ 0 เป็นคะแนน หากคะแนนเป็น 0 จริงให้พิมพ์ '0`,
      `${nameEn}: ${ZERO_OR_BLANK.en}, so a 0 is not taken as a score; if the score really is 0, type it as '0`
    );
  }
  const basic = basicValueOf(value);
  if (isDataType(basic)) {
    fail(
      "value",
      `${nameTh}: ช่องเก็บชนิดข้อมูลของ Excel (เช่น ระเบียนที่ลิงก์หรือการ์ด) ไม่ใช่ตัวเลข`,
      `${nameEn}: the cell holds an Excel data type (such as a linked record or a card), not a number`
    );
  }
  const parsed = parseScore(basic);
  if (!parsed.ok) failWith(parsed.problem, nameTh, nameEn);
  return parsed.value;
}

/**
 * The framework of an optional fiscal-year argument: null (left out, or an empty cell on the web) is the
 * latest year; 0 (an empty cell on some desktop builds) is refused, never a year.
 */
function frameworkArgument(argument: unknown): Framework {
  if (argument === 0) {
    fail(
      "notAvailable",
      `ปีงบประมาณ: ${ZERO_OR_BLANK.th} โปรดระบุปีงบประมาณ (พ.ศ.) หรือเว้นอาร์กิวเมนต์นี้เพื่อใช้ปีล่าสุด`,
      `fiscal year: ${ZERO_OR_BLANK.en}; give the Buddhist-era year, or leave the argument out for the latest year`
    );
  }
  const value = basicValueOf(argument);
  if (value === null || value === undefined || isBlank(value)) {
    const latest = frameworkFor(LATEST_FISCAL_YEAR);
    if (!latest) throw new RangeError("no built-in framework");
    return latest;
  }
  // A typed Buddhist-era year needs no parsing; everything else (text, Thai digits, 2022) is checked.
  const typed =
    typeof value === "number" && Number.isInteger(value) && value >= 2500 ? frameworkFor(value) : undefined;
  if (typed) return typed;
  const year = parseFiscalYear(value);
  if (!year.ok) failWith(year.problem, "ปีงบประมาณ", "fiscal year");
  const framework = frameworkFor(year.value);
  if (!framework) {
    // The functions use the built-in frameworks only; a new year is served by the framework sheet, which
    // the pane's Analyze and report read, so the message sends the officer there.
    const years = `${SUPPORTED_FISCAL_YEARS[0] ?? ""}–${LATEST_FISCAL_YEAR}`;
    fail(
      "notAvailable",
      `ไม่มีกรอบการประเมินในตัวของปี ${year.value} (ฟังก์ชัน =ITA.* รองรับปี ${years}) ` +
        `สำหรับปีใหม่ให้แทรกแผ่นงานกรอบการประเมินจากแผงงาน ITA ตรวจแก้ให้ตรงกับที่ ป.ป.ช. ประกาศ แล้ววิเคราะห์จากแผงงาน`,
      `no built-in ITA framework for ${year.value} (=ITA.* functions cover ${years}); for a new year, insert ` +
        `the framework sheet from the ITA pane, correct it to what the NACC publishes, and analyse from the pane`
    );
  }
  return framework;
}

/** The ten indicator scores of a 1×10 or 10×1 range, in order. */
function indicatorArgument(indicators: unknown[][], framework: Framework): Map<number, Exact> {
  const cells = Array.isArray(indicators) ? indicators.flat() : [indicators];
  const expected = framework.indicators.length;
  const isLine =
    Array.isArray(indicators) &&
    (indicators.length === 1 || indicators.every((row) => Array.isArray(row) && row.length === 1));
  if (cells.length !== expected || !isLine) {
    fail(
      "value",
      `ต้องเลือกคะแนน ${expected} ตัวชี้วัดเรียงเป็นแถวเดียวหรือคอลัมน์เดียว (ได้ ${cells.length} ช่อง)`,
      `select the ${expected} indicator scores as one row or one column (got ${cells.length} cells)`
    );
  }
  const scores = new Map<number, Exact>();
  framework.indicators.forEach((indicator, index) => {
    scores.set(
      indicator.number,
      scoreArgument(cells[index], `ตัวชี้วัดที่ ${indicator.number}`, `indicator ${indicator.number}`)
    );
  });
  return scores;
}

function toolArgument(value: unknown): ToolId {
  const text = typeof value === "string" ? value.trim().toUpperCase() : "";
  const tool = TOOL_IDS.find((id) => id === text);
  if (!tool)
    fail(
      "value",
      `เครื่องมือต้องเป็น IIT, EIT หรือ OIT (ได้ ${quoteValue(value)})`,
      `the tool must be IIT, EIT or OIT (got ${quoteValue(value)})`
    );
  return tool;
}

/**
 * ITA rating of a total (AA…F to 2565, ผ่านดีเยี่ยม…ต้องปรับปรุงโดยด่วน from 2566) / ระดับผลการประเมิน ITA ของคะแนนรวม
 * @customfunction GRADE
 * @param score Total score, 0–100 / คะแนนรวม
 * @param [fiscalYear] Buddhist-era fiscal year, e.g. 2565; default the latest / ปีงบประมาณ (พ.ศ.)
 * @param [iit] IIT tool score / คะแนน IIT
 * @param [eit] EIT tool score / คะแนน EIT
 * @param [oit] OIT tool score / คะแนน OIT
 * @returns The rating / ระดับผลการประเมิน
 * @remarks A total or tool score of 0 is #N/A, as it may be an empty cell (type a real 0 as '0). An empty
 * tool-score cell is null on the web (left out: give all three or none). An empty fiscal-year cell is the
 * latest year on the web (null) and #N/A where it arrives as 0.
 */
export function grade(score: any, fiscalYear?: any, iit?: any, eit?: any, oit?: any): string {
  const framework = frameworkArgument(fiscalYear);
  const fast = gradeOfTypedFigures(framework, score, iit, eit, oit);
  if (fast !== undefined) return fast;
  const total = scoreArgument(score, "คะแนนรวม", "total");
  const given = [iit, eit, oit].filter((value) => value !== null && value !== undefined);
  if (given.length !== 0 && given.length !== 3) {
    fail(
      "value",
      "ต้องระบุคะแนน IIT, EIT และ OIT ครบทั้งสามหรือไม่ระบุเลย",
      "give all three tool scores (IIT, EIT, OIT) or none"
    );
  }
  const tools: ToolScores | undefined =
    given.length === 3
      ? {
          IIT: scoreArgument(iit, "IIT", "IIT"),
          EIT: scoreArgument(eit, "EIT", "EIT"),
          OIT: scoreArgument(oit, "OIT", "OIT"),
        }
      : undefined;
  const row = ratingFor(framework.rating, total, tools);
  if (!row) {
    fail(
      "notAvailable",
      `ปี ${framework.fiscalYear} คะแนนรวมตั้งแต่ 85 ต้องระบุคะแนน IIT, EIT, OIT จึงจัดระดับได้`,
      `from ${framework.fiscalYear}'s rules a total of 85 or more needs the IIT, EIT and OIT scores`
    );
  }
  return row.rating;
}

/**
 * A typed score above 0 and up to 100 with at most two decimals, in hundredths; anything else (0, which may
 * be an empty cell, included) takes the checked path.
 */
function typedHundredths(value: unknown): number | undefined {
  if (typeof value !== "number") return undefined;
  const hundredths = hundredthsOf(value);
  return hundredths !== undefined && hundredths > 0 && hundredths <= 10000 ? hundredths : undefined;
}

/**
 * The rating of figures typed with at most two decimals (what the NACC publishes), without exact
 * arithmetic: such a figure is already its printed value. `undefined` sends every other case (text,
 * more decimals, blanks, bad values, a missing tool score) down the checked path with its messages.
 */
function gradeOfTypedFigures(
  framework: Framework,
  score: unknown,
  iit: unknown,
  eit: unknown,
  oit: unknown
): string | undefined {
  const total = typedHundredths(score);
  if (total === undefined) return undefined;
  const noTools = [iit, eit, oit].every((value) => value === null || value === undefined);
  const tools = noTools
    ? undefined
    : { IIT: typedHundredths(iit), EIT: typedHundredths(eit), OIT: typedHundredths(oit) };
  if (tools && (tools.IIT === undefined || tools.EIT === undefined || tools.OIT === undefined))
    return undefined;
  const row = ratingForHundredths(framework.rating, total, tools as Record<ToolId, number> | undefined);
  return row?.rating;
}

/**
 * TRUE when a total passes the ITA: 85.00 or more as printed / ผ่านเกณฑ์ ITA หรือไม่ (๘๕ คะแนนขึ้นไป)
 * @customfunction PASS
 * @param score Total score, 0–100 / คะแนนรวม
 * @returns TRUE if it passes / ผ่านเกณฑ์หรือไม่
 * @remarks A total of 0 is #N/A, as it may be an empty cell: never FALSE for a total not filled in.
 */
export function pass(score: any): boolean {
  return isPassing(frameworkArgument(null), scoreArgument(score, "คะแนนรวม", "total"));
}

/**
 * Weighted ITA total of the tool scores (IIT 30 %, EIT 30 %, OIT 40 %) / คะแนนรวมถ่วงน้ำหนักจากคะแนนสามเครื่องมือ
 * @customfunction TOTAL
 * @param iit IIT tool score / คะแนน IIT
 * @param eit EIT tool score / คะแนน EIT
 * @param oit OIT tool score / คะแนน OIT
 * @param [fiscalYear] Buddhist-era fiscal year; default the latest / ปีงบประมาณ (พ.ศ.)
 * @returns The total / คะแนนรวม
 * @remarks A tool score of 0 is #N/A, as it may be an empty cell that would lower the total; an empty cell
 * passed as null is #VALUE! (blank).
 */
export function total(iit: any, eit: any, oit: any, fiscalYear?: any): number {
  const framework = frameworkArgument(fiscalYear);
  const tools: ToolScores = {
    IIT: scoreArgument(iit, "IIT", "IIT"),
    EIT: scoreArgument(eit, "EIT", "EIT"),
    OIT: scoreArgument(oit, "OIT", "OIT"),
  };
  return exactToNumber(weightedTotal(framework, tools));
}

/**
 * ITA total from the ten indicator scores (a row or a column) / คะแนนรวม ITA จากคะแนน ๑๐ ตัวชี้วัด
 * @customfunction SCORE
 * @param indicators The ten indicator scores in order 1–10 / คะแนนตัวชี้วัดที่ ๑–๑๐
 * @param [fiscalYear] Buddhist-era fiscal year; default the latest / ปีงบประมาณ (พ.ศ.)
 * @returns The total / คะแนนรวม
 * @remarks An indicator score of 0 is #N/A, as it may be an empty cell that would lower the total (type a
 * real 0 as '0); an empty cell passed as null or "" is #VALUE! naming the indicator.
 */
export function score(indicators: any[][], fiscalYear?: any): number {
  const framework = frameworkArgument(fiscalYear);
  const scores = indicatorArgument(indicators, framework);
  return exactToNumber(weightedTotal(framework, toolScores(framework, scores)));
}

/**
 * Score of one tool (IIT, EIT or OIT) from the ten indicator scores / คะแนนรายเครื่องมือจากคะแนน ๑๐ ตัวชี้วัด
 * @customfunction TOOL
 * @param indicators The ten indicator scores in order 1–10 / คะแนนตัวชี้วัดที่ ๑–๑๐
 * @param tool "IIT", "EIT" or "OIT" / เครื่องมือ
 * @param [fiscalYear] Buddhist-era fiscal year; default the latest / ปีงบประมาณ (พ.ศ.)
 * @returns The tool score / คะแนนของเครื่องมือ
 * @remarks Empty cells and 0 as in ITA.SCORE.
 */
export function toolScore(indicators: any[][], tool: string, fiscalYear?: any): number {
  const framework = frameworkArgument(fiscalYear);
  const id = toolArgument(tool);
  return exactToNumber(toolScores(framework, indicatorArgument(indicators, framework))[id]);
}

/**
 * Change of a score against the previous year, exact in decimals / การเปลี่ยนแปลงของคะแนนเทียบกับปีก่อน
 * @customfunction DELTA
 * @param current This year's score / คะแนนปีนี้
 * @param previous The previous year's score / คะแนนปีก่อน
 * @returns The change, negative when the score fell / ผลต่าง
 * @remarks A score of 0 is #N/A, as it may be an empty cell: an empty previous year never shows the whole
 * score as a rise.
 */
export function delta(current: any, previous: any): number {
  const now = scoreArgument(current, "คะแนนปีนี้", "current score");
  const before = scoreArgument(previous, "คะแนนปีก่อน", "previous score");
  return exactToNumber(indicatorDelta(now, before));
}

/**
 * Rank of a score, highest first; equal scores keep their order in the range / อันดับของคะแนน (คะแนนเท่ากันเรียงตามลำดับในช่วง)
 * @customfunction RANK
 * @param score A cell of the range / คะแนนที่ต้องการอันดับ (เซลล์ในช่วง)
 * @param scores The scores to rank among / ช่วงคะแนน
 * @param invocation Where the arguments come from (supplied by Excel)
 * @requiresParameterAddresses
 * @returns {number[][]} The rank, 1 for the highest / อันดับ
 * @remarks The result is a 1×1 matrix because Excel passes `parameterAddresses` only to a function with a
 * matrix result (Microsoft Learn, custom functions JSON metadata, options.requiresParameterAddresses), and
 * only from CustomFunctionsRuntime 1.3: without the addresses a tie cannot be placed and is #N/A. A score of
 * 0 in the cell or the range is #N/A, as it may be an empty cell.
 */
export function rank(score: any, scores: any[][], invocation: CustomFunctions.Invocation): number[][] {
  const value = scoreArgument(score, "คะแนน", "score");
  const cells = Array.isArray(scores) ? scores.flat() : [scores];
  const all = cells.map((cell, index) =>
    scoreArgument(cell, `ช่องที่ ${index + 1} ของช่วง`, `cell ${index + 1} of the range`)
  );
  const [scoreAddress, rangeAddress] = invocation?.parameterAddresses ?? [];
  const cell = scoreAddress ? parseRangeReference(scoreAddress) : undefined;
  const range = rangeAddress ? parseRangeReference(rangeAddress) : undefined;
  const position = cell && range ? indexInRange(cell, range) : undefined;
  const higher = all.filter((other) => exactCompare(other, value) > 0).length;
  const equalBefore = all.filter(
    (other, index) => exactCompare(other, value) === 0 && position !== undefined && index < position
  ).length;
  const ties = all.filter((other) => exactCompare(other, value) === 0).length;
  if (position === undefined && ties > 1) {
    fail(
      "notAvailable",
      "มีคะแนนเท่ากันหลายช่อง โปรดอ้างอิงเซลล์คะแนนที่อยู่ในช่วงเพื่อจัดอันดับตามลำดับ",
      "several scores are equal: refer to the score's own cell inside the range to rank ties in order"
    );
  }
  return [[higher + equalBefore + 1]];
}

/**
 * A number or text in Thai digits (91.96 → ๙๑.๙๖) / แปลงตัวเลขเป็นเลขไทย
 * @customfunction THAIDIGITS
 * @param value A number or text / ตัวเลขหรือข้อความ
 * @param [decimals] Decimal places for a number, rounded half-up / จำนวนตำแหน่งทศนิยม
 * @returns Text in Thai digits / ข้อความเลขไทย
 * @remarks 0 is a value here, not a missing score: an empty cell is ๐ where Excel passes it as 0 and
 * #VALUE! where it passes null; empty decimals are 0 places where passed as 0, all decimals where null.
 */
export function thaiDigits(value: any, decimals?: any): string {
  const basic = basicValueOf(value);
  if (typeof basic === "string") return toThaiDigits(basic);
  const number = parseNumber(basic);
  if (!number.ok) failWith(number.problem, "ค่า", "value");
  if (decimals === null || decimals === undefined) return toThaiDigits(String(basic));
  const places = parseNumber(basicValueOf(decimals));
  const count = places.ok ? Number(roundHalfUpToString(places.value, 6)) : Number.NaN;
  if (!Number.isInteger(count) || count < 0 || count > 15) {
    fail("value", "จำนวนตำแหน่งทศนิยมต้องเป็นจำนวนเต็ม 0–15", "decimals must be a whole number from 0 to 15");
  }
  return toThaiDigits(roundHalfUpToString(number.value, count));
}

/**
 * The number in a text with Thai digits, thousands separators or % ("๘๕.๐๘" → 85.08) / แปลงข้อความเลขไทยเป็นตัวเลข
 * @customfunction NUMBER
 * @param text Text such as "๘๕.๐๘" / ข้อความตัวเลข
 * @returns The number / ตัวเลข
 * @remarks An empty cell is 0 where Excel passes it as 0 and #VALUE! where it passes null.
 */
export function numberFromText(text: any): number {
  const parsed = parseNumber(basicValueOf(text));
  if (!parsed.ok) failWith(parsed.problem, "ข้อความ", "text");
  const number = exactToNumber(parsed.value);
  // A run of 309 digits or more is Infinity as a JavaScript number; Excel's own limit is lower still.
  if (!(Math.abs(number) <= EXCEL_LARGEST_NUMBER)) {
    fail(
      "value",
      `ข้อความ: ${quoteValue(text)} เป็นตัวเลขที่ใหญ่เกินกว่าที่ Excel เก็บได้`,
      `text: ${quoteValue(text)} is a number too large for Excel`
    );
  }
  return number;
}

/** The largest number a cell holds (Excel's specifications and limits: 9.99999999999999E+307). */
const EXCEL_LARGEST_NUMBER = 9.99999999999999e307;

/**
 * Name of an ITA indicator (1–10) in Thai or English / ชื่อตัวชี้วัด ITA ภาษาไทยหรืออังกฤษ
 * @customfunction INDICATOR
 * @param number Indicator number 1–10 / หมายเลขตัวชี้วัด
 * @param [fiscalYear] Buddhist-era fiscal year; default the latest / ปีงบประมาณ (พ.ศ.)
 * @param [language] "th" (default) or "en" / ภาษา
 * @returns The indicator's name / ชื่อตัวชี้วัด
 */
export function indicatorName(number: any, fiscalYear?: any, language?: any): string {
  const framework = frameworkArgument(fiscalYear);
  const parsed = parseNumber(basicValueOf(number));
  const wanted = parsed.ok ? exactToNumber(parsed.value) : Number.NaN;
  const found = framework.indicators.find((candidate) => candidate.number === wanted);
  if (!found) {
    fail(
      "value",
      `ไม่มีตัวชี้วัดที่ ${quoteValue(number)} (มี 1–${framework.indicators.length})`,
      `there is no indicator ${quoteValue(number)} (1–${framework.indicators.length})`
    );
  }
  const lang = typeof language === "string" ? language.trim().toLowerCase() : "th";
  if (!["th", "en", "ไทย", "อังกฤษ", ""].includes(lang)) {
    fail(
      "value",
      `ภาษาต้องเป็น "th" หรือ "en" (ได้ ${quoteValue(language)})`,
      `language must be "th" or "en" (got ${quoteValue(language)})`
    );
  }
  return lang === "en" || lang === "อังกฤษ" ? found.nameEn : found.nameTh;
}
