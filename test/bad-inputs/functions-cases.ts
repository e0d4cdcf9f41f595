/**
 * Bad inputs of the functions surface: see catalogue.ts. Each case calls the real =ITA.* function with the
 * arguments Excel passes for the formula shown (a cell's value, a range as rows of values, an omitted
 * argument as null), under the same CustomFunctions stand-in as test/functions. The message is the
 * CustomFunctions.Error's, which the functions write as "ไทย / English"; the error code (#VALUE! for a bad
 * argument, #N/A when no answer exists) is part of the example and checked too. A function writes nothing,
 * so `changes` is always empty.
 *
 * Decisions the cases record:
 * - An empty cell arrives as 0 on some builds of desktop Excel, in ranges and as a single argument, and as
 *   null on the web (OfficeDev/office-js#4702, #1951, #5262); nothing tells that 0 from a typed 0. So
 *   wherever a score is expected a number 0 is refused with #N/A ("0 or an empty cell?") rather than let a
 *   missing score lower a total, a rating or a change; a real 0 is typed as text ('0), which no empty cell
 *   becomes. null is refused as blank. A left-out optional argument also arrives as null (Microsoft Learn,
 *   "Custom functions parameter options") and keeps its meaning: the latest year, no tool scores.
 * - Data types (entities, formatted numbers) reach the functions as objects, since the generated
 *   functions.json allows them (allowCustomDataForDataTypeAny): a formatted number is read as its number,
 *   any other data type is refused.
 * - An error value in a cell (#N/A, #DIV/0!) never reaches the functions: functions.json is generated
 *   without `allowErrorForDataTypeAny`, so Excel answers with the cell's error itself and does not call the
 *   function (Microsoft Learn, "Handle and return errors from your custom function": a function must set
 *   that property in hand-written metadata to receive errors). What does arrive is an error's text, typed
 *   or pasted ("#N/A"), which is refused naming the error.
 * - Full-width digits (８５.０８) are refused with a request to retype, as the core parser refuses them
 *   everywhere: they come from a Chinese or Japanese input method, not from a Thai report.
 * - A date arrives as its serial number (15 มีนาคม 2566 is 45000), so it is refused as out of range.
 */
import { StubCustomFunctionError } from "../functions/custom-functions-stub";
import {
  delta,
  grade,
  indicatorName,
  numberFromText,
  pass,
  rank,
  score,
  thaiDigits,
  toolScore,
  total,
} from "../../src/functions/functions";
import { SEED_2565 } from "../support/seed";
import type { BadInputCase, Observed } from "./catalogue";

type Outcome = "#VALUE!" | "#N/A" | "result";

/** The seed's ten scores as Excel passes the column B2:B11, with some cells replaced. */
function seedColumn(replace: Record<number, unknown> = {}): unknown[][] {
  return SEED_2565.map((value, i) => [i in replace ? replace[i] : value]);
}

/** How a returned value shows in the cell. */
function shown(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * Calls the function and reports what the officer sees: refused when it threw a CustomFunctions.Error (the
 * cell shows #VALUE! or #N/A), with the error's message; else the value.
 */
function observe(formula: string, outcome: Outcome, call: () => unknown): Observed {
  let code: Outcome;
  let th: string;
  let en: string;
  try {
    const value = call();
    code = "result";
    th = `ผลลัพธ์ ${shown(value)}`;
    en = `result ${shown(value)}`;
  } catch (error) {
    if (!(error instanceof StubCustomFunctionError)) throw error;
    code = error.code as Outcome;
    const split = error.message.indexOf(" / ");
    th = split < 0 ? error.message : error.message.slice(0, split);
    en = split < 0 ? "" : error.message.slice(split + 3);
  }
  const refused = code !== "result";
  // A different kind of error (#N/A where #VALUE! was promised) fails the case with a message that says so.
  if (code !== outcome)
    return {
      refused,
      message: { location: formula, th: `${code}: ${th}`, en: `${code}: ${en}` },
      changes: [],
    };
  return { refused, message: { location: formula, th, en }, changes: [] };
}

interface FunctionCase {
  readonly id: string;
  readonly kind: { readonly th: string; readonly en: string };
  /** The cell or argument as the officer has it. */
  readonly input: string;
  /** The formula as typed. */
  readonly formula: string;
  readonly outcome: Outcome;
  readonly th: string;
  readonly en: string;
  readonly call: () => unknown;
}

function functionCase(spec: FunctionCase): BadInputCase {
  return {
    id: spec.id,
    surface: "functions",
    kind: spec.kind,
    example: spec.outcome === "result" ? spec.input : `${spec.input} → ${spec.outcome}`,
    outcome: spec.outcome === "result" ? "accepted" : "refused",
    expected: { location: spec.formula, th: spec.th, en: spec.en },
    run: async () => observe(spec.formula, spec.outcome, spec.call),
  };
}

export const functionsCases: readonly BadInputCase[] = [
  functionCase({
    id: "functions-non-numeric-text",
    kind: { th: "คะแนนเป็นข้อความที่ไม่ใช่ตัวเลข", en: "a score that is text, not a number" },
    input: 'A1 = "n/a"',
    formula: "=ITA.GRADE(A1, 2565)",
    outcome: "#VALUE!",
    th: 'คะแนนรวม: "n/a" ไม่ใช่คะแนน',
    en: 'total: "n/a" is not a score',
    call: () => grade("n/a", 2565),
  }),
  functionCase({
    id: "functions-empty-cell",
    kind: {
      th: "คะแนนว่าง: เซลล์ว่างที่ Excel บนเว็บส่งมาเป็น null หรืออาร์กิวเมนต์ที่เว้นไว้",
      en: "a blank score: an empty cell, which Excel on the web passes as null, or a left-out argument",
    },
    input: "A1 empty (null)",
    formula: "=ITA.PASS(A1)",
    outcome: "#VALUE!",
    th: "คะแนนรวม: ช่องว่าง ไม่มีคะแนน",
    en: "total: the cell is blank: no score",
    call: () => pass(null),
  }),
  functionCase({
    id: "functions-blank-in-range",
    kind: {
      th: "เซลล์ว่างภายในช่วงคะแนน ๑๐ ตัวชี้วัด ที่ Excel บนเว็บส่งมาเป็น null",
      en: "an empty cell inside the range of ten scores, which Excel on the web passes as null",
    },
    input: "B5 empty (null)",
    formula: "=ITA.SCORE(B2:B11, 2565)",
    outcome: "#VALUE!",
    th: "ตัวชี้วัดที่ 4: ช่องว่าง ไม่มีคะแนน",
    en: "indicator 4: the cell is blank: no score",
    call: () => score(seedColumn({ 3: null }), 2565),
  }),
  functionCase({
    id: "functions-blank-in-range-as-zero",
    kind: {
      th: "เซลล์ว่างภายในช่วงคะแนน ๑๐ ตัวชี้วัด ที่ Excel บนเดสก์ท็อปบางรุ่นส่งมาเป็น 0 (หรือคะแนน 0 ที่พิมพ์เป็นตัวเลข)",
      en: "an empty cell inside the range of ten scores, which some desktop builds of Excel pass as 0 (or a 0 typed as a number)",
    },
    input: "B5 empty (0)",
    formula: "=ITA.SCORE(B2:B11, 2565)",
    outcome: "#N/A",
    th: "ตัวชี้วัดที่ 4: 0 หรือช่องว่าง? Excel บางรุ่นส่งเซลล์ว่างมาเป็น 0 จึงไม่นับ 0 เป็นคะแนน หากคะแนนเป็น 0 จริงให้พิมพ์ '0",
    en: "indicator 4: 0 or an empty cell? Some versions of Excel pass an empty cell as 0, so a 0 is not taken as a score; if the score really is 0, type it as '0",
    call: () => score(seedColumn({ 3: 0 }), 2565),
  }),
  functionCase({
    id: "functions-negative",
    kind: { th: "คะแนนติดลบ", en: "a negative score" },
    input: "A1 = -5",
    formula: "=ITA.DELTA(A1, 87.93)",
    outcome: "#VALUE!",
    th: "คะแนนปีนี้: คะแนน -5 อยู่นอกช่วง 0–100",
    en: "current score: the score -5 is outside 0–100",
    call: () => delta(-5, 87.93),
  }),
  functionCase({
    id: "functions-above-100",
    kind: { th: "คะแนนเกิน 100", en: "a score above 100" },
    input: "A1 = 120",
    formula: "=ITA.GRADE(A1, 2565)",
    outcome: "#VALUE!",
    th: "คะแนนรวม: คะแนน 120 อยู่นอกช่วง 0–100",
    en: "total: the score 120 is outside 0–100",
    call: () => grade(120, 2565),
  }),
  functionCase({
    id: "functions-not-finite",
    kind: {
      th: "ค่า NaN หรือ Infinity ที่โปรแกรมอื่นส่งมา (เซลล์ของ Excel เก็บค่าเช่นนี้ไม่ได้)",
      en: "NaN or Infinity passed by code (an Excel cell cannot hold them)",
    },
    input: "iit = Infinity",
    formula: "=ITA.TOTAL(A1, 89.98, 97.5, 2565)",
    outcome: "#VALUE!",
    th: "IIT: Infinity ไม่ใช่ตัวเลขที่ใช้ได้",
    en: "IIT: Infinity is not a finite number",
    call: () => total(Number.POSITIVE_INFINITY, 89.98, 97.5, 2565),
  }),
  functionCase({
    id: "functions-error-text",
    kind: {
      th: "ข้อความค่าผิดพลาดของ Excel ที่พิมพ์หรือวางไว้ (ถ้าเซลล์มีค่าผิดพลาดจริง Excel จะแสดงค่าผิดพลาดนั้นโดยไม่เรียกฟังก์ชัน)",
      en: "an Excel error typed or pasted as text (a real error value in the cell is shown as is: Excel does not call the function)",
    },
    input: 'A1 = "#N/A"',
    formula: "=ITA.GRADE(A1)",
    outcome: "#VALUE!",
    th: "คะแนนรวม: ช่องมีค่าผิดพลาด #N/A ของ Excel",
    en: "total: the cell holds the Excel error #N/A",
    call: () => grade("#N/A", null),
  }),
  functionCase({
    id: "functions-boolean",
    kind: { th: "ค่าตรรกะ TRUE หรือ FALSE แทนคะแนน", en: "a logical TRUE or FALSE instead of a score" },
    input: "A1 = TRUE",
    formula: "=ITA.PASS(A1)",
    outcome: "#VALUE!",
    th: "คะแนนรวม: ค่าตรรกะ TRUE ไม่ใช่ตัวเลข",
    en: "total: the logical value TRUE is not a number",
    call: () => pass(true),
  }),
  functionCase({
    id: "functions-date",
    kind: {
      th: "วันที่แทนคะแนน (Excel ส่งเลขลำดับวันที่ เช่น 15 มีนาคม 2566 คือ 45000)",
      en: "a date instead of a score (Excel passes its serial number: 15 March 2023 is 45000)",
    },
    input: "A1 = 15/03/2566",
    formula: "=ITA.GRADE(A1, 2565)",
    outcome: "#VALUE!",
    th: "คะแนนรวม: คะแนน 45000 อยู่นอกช่วง 0–100",
    en: "total: the score 45000 is outside 0–100",
    call: () => grade(45000, 2565),
  }),
  functionCase({
    id: "functions-full-width-digits",
    kind: {
      th: "ตัวเลขแบบเต็มความกว้างจากแป้นพิมพ์ภาษาจีนหรือญี่ปุ่น",
      en: "full-width digits from a Chinese or Japanese input method",
    },
    input: 'A1 = "８５.０８"',
    formula: "=ITA.NUMBER(A1)",
    outcome: "#VALUE!",
    th: 'ข้อความ: "８５.０８" ใช้ตัวเลขแบบเต็มความกว้าง (０–９) โปรดพิมพ์ใหม่ด้วยเลขไทยหรือเลขอารบิก',
    en: 'text: "８５.０８" uses full-width digits (０–９); retype it with Thai or Arabic digits',
    call: () => numberFromText("８５.０８"),
  }),
  functionCase({
    id: "functions-range-too-short",
    kind: { th: "ช่วงคะแนนมีไม่ครบ ๑๐ ช่อง", en: "a range of fewer than ten scores" },
    input: "B2:B10 (9 cells)",
    formula: "=ITA.SCORE(B2:B10, 2565)",
    outcome: "#VALUE!",
    th: "ต้องเลือกคะแนน 10 ตัวชี้วัดเรียงเป็นแถวเดียวหรือคอลัมน์เดียว (ได้ 9 ช่อง)",
    en: "select the 10 indicator scores as one row or one column (got 9 cells)",
    call: () => score(seedColumn().slice(0, 9), 2565),
  }),
  functionCase({
    id: "functions-range-block",
    kind: {
      th: "ช่วงคะแนนเป็นตารางหลายแถวหลายคอลัมน์แทนแถวเดียวหรือคอลัมน์เดียว",
      en: "a block of several rows and columns instead of one row or column",
    },
    input: "B2:F3 (2 × 5)",
    formula: '=ITA.TOOL(B2:F3, "IIT", 2565)',
    outcome: "#VALUE!",
    th: "ต้องเลือกคะแนน 10 ตัวชี้วัดเรียงเป็นแถวเดียวหรือคอลัมน์เดียว (ได้ 10 ช่อง)",
    en: "select the 10 indicator scores as one row or one column (got 10 cells)",
    call: () => toolScore([SEED_2565.slice(0, 5), SEED_2565.slice(5)], "IIT", 2565),
  }),
  functionCase({
    id: "functions-unknown-year",
    kind: { th: "ปีงบประมาณที่ยังไม่มีกรอบการประเมิน", en: "a fiscal year without an ITA framework yet" },
    input: "fiscalYear = 2570",
    formula: "=ITA.GRADE(90, 2570)",
    outcome: "#N/A",
    th:
      "ไม่มีกรอบการประเมินในตัวของปี 2570 (ฟังก์ชัน =ITA.* รองรับปี 2562–2569) " +
      "สำหรับปีใหม่ให้แทรกแผ่นงานกรอบการประเมินจากแผงงาน ITA ตรวจแก้ให้ตรงกับที่ ป.ป.ช. ประกาศ แล้ววิเคราะห์จากแผงงาน",
    en:
      "no built-in ITA framework for 2570 (=ITA.* functions cover 2562–2569); for a new year, insert " +
      "the framework sheet from the ITA pane, correct it to what the NACC publishes, and analyse from the pane",
    call: () => grade(90, 2570),
  }),
  functionCase({
    id: "functions-common-era-year",
    kind: { th: "ปีคริสต์ศักราชแทนปีพุทธศักราช", en: "a Common-Era year instead of a Buddhist-era one" },
    input: "fiscalYear = 2022",
    formula: "=ITA.GRADE(90, 2022)",
    outcome: "#VALUE!",
    th: "ปีงบประมาณ: 2022 เป็นปีคริสต์ศักราช โปรดใช้ปีพุทธศักราช 2565",
    en: "fiscal year: 2022 is a Common-Era year; use the Buddhist-era year 2565",
    call: () => grade(90, 2022),
  }),
  functionCase({
    id: "functions-unknown-tool",
    kind: { th: "ชื่อเครื่องมือที่ไม่ใช่ IIT, EIT หรือ OIT", en: "a tool name other than IIT, EIT or OIT" },
    input: 'tool = "ABC"',
    formula: '=ITA.TOOL(B2:B11, "ABC", 2565)',
    outcome: "#VALUE!",
    th: 'เครื่องมือต้องเป็น IIT, EIT หรือ OIT (ได้ "ABC")',
    en: 'the tool must be IIT, EIT or OIT (got "ABC")',
    call: () => toolScore(seedColumn(), "ABC", 2565),
  }),
  functionCase({
    id: "functions-rating-needs-tools",
    kind: {
      th: "ขอระดับผลการประเมินตั้งแต่ปี 2566 ของคะแนนรวม 85 ขึ้นไปโดยไม่ระบุคะแนนรายเครื่องมือ",
      en: "a rating from 2566 for a total of 85 or more without the tool scores",
    },
    input: "91.96, 2566",
    formula: "=ITA.GRADE(91.96, 2566)",
    outcome: "#N/A",
    th: "ปี 2566 คะแนนรวมตั้งแต่ 85 ต้องระบุคะแนน IIT, EIT, OIT จึงจัดระดับได้",
    en: "from 2566's rules a total of 85 or more needs the IIT, EIT and OIT scores",
    call: () => grade(91.96, 2566),
  }),
  functionCase({
    id: "functions-some-tools",
    kind: { th: "ระบุคะแนนรายเครื่องมือไม่ครบทั้งสามเครื่องมือ", en: "one or two tool scores instead of all three" },
    input: "iit = 90, eit and oit omitted",
    formula: "=ITA.GRADE(90, 2566, 90)",
    outcome: "#VALUE!",
    th: "ต้องระบุคะแนน IIT, EIT และ OIT ครบทั้งสามหรือไม่ระบุเลย",
    en: "give all three tool scores (IIT, EIT, OIT) or none",
    call: () => grade(90, 2566, 90),
  }),
  functionCase({
    id: "functions-rank-typed-tie",
    kind: {
      th: "จัดอันดับคะแนนที่เท่ากับคะแนนอื่นโดยพิมพ์ตัวเลขแทนการอ้างอิงเซลล์ในช่วง",
      en: "ranking a tied score typed as a number instead of its own cell in the range",
    },
    input: "84.47 (indicators 4 and 5)",
    formula: "=ITA.RANK(84.47, B2:B11)",
    outcome: "#N/A",
    th: "มีคะแนนเท่ากันหลายช่อง โปรดอ้างอิงเซลล์คะแนนที่อยู่ในช่วงเพื่อจัดอันดับตามลำดับ",
    en: "several scores are equal: refer to the score's own cell inside the range to rank ties in order",
    call: () =>
      rank(84.47, seedColumn(), {
        parameterAddresses: ["", "Sheet1!B2:B11"],
      } as unknown as CustomFunctions.Invocation),
  }),
  functionCase({
    id: "functions-unknown-indicator",
    kind: { th: "หมายเลขตัวชี้วัดที่ไม่มีอยู่", en: "an indicator number that does not exist" },
    input: "number = 11",
    formula: "=ITA.INDICATOR(11)",
    outcome: "#VALUE!",
    th: "ไม่มีตัวชี้วัดที่ 11 (มี 1–10)",
    en: "there is no indicator 11 (1–10)",
    call: () => indicatorName(11),
  }),
  functionCase({
    id: "functions-bad-decimals",
    kind: { th: "จำนวนตำแหน่งทศนิยมที่ไม่ใช่จำนวนเต็ม", en: "a number of decimals that is not a whole number" },
    input: "decimals = 2.5",
    formula: "=ITA.THAIDIGITS(97.5, 2.5)",
    outcome: "#VALUE!",
    th: "จำนวนตำแหน่งทศนิยมต้องเป็นจำนวนเต็ม 0–15",
    en: "decimals must be a whole number from 0 to 15",
    call: () => thaiDigits(97.5, 2.5),
  }),
  functionCase({
    id: "functions-zero-score",
    kind: {
      th: "คะแนน 0 หรือเซลล์ว่างที่ Excel บนเดสก์ท็อปบางรุ่นส่งมาเป็น 0 (แยกจากกันไม่ได้)",
      en: "a score of 0, or an empty cell that some desktop builds of Excel pass as 0 (the two cannot be told apart)",
    },
    input: "A1 = 0 or empty",
    formula: "=ITA.GRADE(A1, 2565)",
    outcome: "#N/A",
    th: "คะแนนรวม: 0 หรือช่องว่าง? Excel บางรุ่นส่งเซลล์ว่างมาเป็น 0 จึงไม่นับ 0 เป็นคะแนน หากคะแนนเป็น 0 จริงให้พิมพ์ '0",
    en: "total: 0 or an empty cell? Some versions of Excel pass an empty cell as 0, so a 0 is not taken as a score; if the score really is 0, type it as '0",
    call: () => grade(0, 2565),
  }),
  functionCase({
    id: "functions-zero-as-text",
    kind: {
      th: "คะแนน 0 จริงที่พิมพ์เป็นข้อความ ('0) ซึ่งเซลล์ว่างไม่มีทางเป็นได้",
      en: "a real score of 0 typed as text ('0), which no empty cell becomes",
    },
    input: "A1 = '0",
    formula: "=ITA.GRADE(A1, 2565)",
    outcome: "result",
    th: "ผลลัพธ์ F",
    en: "result F",
    call: () => grade("0", 2565),
  }),
  functionCase({
    id: "functions-empty-year-as-zero",
    kind: {
      th: "เซลล์ปีงบประมาณว่างที่ Excel บนเดสก์ท็อปบางรุ่นส่งมาเป็น 0 (บนเว็บส่งเป็น null จึงใช้ปีล่าสุดเหมือนเว้นอาร์กิวเมนต์)",
      en: "an empty fiscal-year cell that some desktop builds of Excel pass as 0 (on the web it is null, so the latest year, as if left out)",
    },
    input: "H1 empty (0)",
    formula: "=ITA.GRADE(72, H1)",
    outcome: "#N/A",
    th: "ปีงบประมาณ: 0 หรือช่องว่าง? Excel บางรุ่นส่งเซลล์ว่างมาเป็น 0 โปรดระบุปีงบประมาณ (พ.ศ.) หรือเว้นอาร์กิวเมนต์นี้เพื่อใช้ปีล่าสุด",
    en: "fiscal year: 0 or an empty cell? Some versions of Excel pass an empty cell as 0; give the Buddhist-era year, or leave the argument out for the latest year",
    call: () => grade(72, 0),
  }),
  functionCase({
    id: "functions-data-type",
    kind: {
      th: "ชนิดข้อมูลของ Excel (ระเบียนที่ลิงก์หรือการ์ด) แทนคะแนน ซึ่งส่งมาเป็นออบเจ็กต์",
      en: "an Excel data type (a linked record or a card) instead of a score, which arrives as an object",
    },
    input: 'A1 = entity "เทศบาลตำบลด่านเกวียน"',
    formula: "=ITA.GRADE(A1, 2565)",
    outcome: "#VALUE!",
    th: "คะแนนรวม: ช่องเก็บชนิดข้อมูลของ Excel (เช่น ระเบียนที่ลิงก์หรือการ์ด) ไม่ใช่ตัวเลข",
    en: "total: the cell holds an Excel data type (such as a linked record or a card), not a number",
    call: () =>
      grade(
        {
          type: "Entity",
          basicType: "Error",
          basicValue: "#VALUE!",
          text: "เทศบาลตำบลด่านเกวียน",
          properties: {},
        },
        2565
      ),
  }),
  functionCase({
    id: "functions-formatted-number",
    kind: {
      th: "ตัวเลขที่จัดรูปแบบเป็นชนิดข้อมูลของ Excel ซึ่งส่งมาเป็นออบเจ็กต์",
      en: "a formatted number data type, which arrives as an object",
    },
    input: 'A1 = formatted number 91.96 ("0.00")',
    formula: "=ITA.GRADE(A1, 2565)",
    outcome: "result",
    th: "ผลลัพธ์ A",
    en: "result A",
    call: () => grade({ type: "Double", basicType: "Double", basicValue: 91.96, numberFormat: "0.00" }, 2565),
  }),
  functionCase({
    id: "functions-thai-digits",
    kind: { th: "คะแนนและปีเป็นเลขไทย", en: "a score and year in Thai digits" },
    input: 'A1 = "๙๑.๙๖", "๒๕๖๕"',
    formula: '=ITA.GRADE(A1, "๒๕๖๕")',
    outcome: "result",
    th: "ผลลัพธ์ A",
    en: "result A",
    call: () => grade("๙๑.๙๖", "๒๕๖๕"),
  }),
  functionCase({
    id: "functions-mixed-digits",
    kind: { th: "เลขไทยปนเลขอารบิกในค่าเดียว", en: "Thai and Arabic digits mixed in one value" },
    input: 'A1 = "8๕.๐8"',
    formula: "=ITA.NUMBER(A1)",
    outcome: "result",
    th: "ผลลัพธ์ 85.08",
    en: "result 85.08",
    call: () => numberFromText("8๕.๐8"),
  }),
  functionCase({
    id: "functions-thousands",
    kind: { th: "ตัวเลขมีเครื่องหมายคั่นหลักพัน", en: "a number with thousands separators" },
    input: 'A1 = "1,234.5"',
    formula: "=ITA.NUMBER(A1)",
    outcome: "result",
    th: "ผลลัพธ์ 1234.5",
    en: "result 1234.5",
    call: () => numberFromText("1,234.5"),
  }),
  functionCase({
    id: "functions-percent",
    kind: { th: "คะแนนมีเครื่องหมายร้อยละต่อท้าย", en: "a score with a trailing percent sign" },
    input: 'A1 = "85%"',
    formula: "=ITA.PASS(A1)",
    outcome: "result",
    th: "ผลลัพธ์ TRUE",
    en: "result TRUE",
    call: () => pass("85%"),
  }),
  functionCase({
    id: "functions-invisible-marks",
    kind: {
      th: "คะแนนที่คัดลอกจากเว็บหรือ PDF มีอักขระที่มองไม่เห็นติดมา (เช่น เครื่องหมายทิศทางข้อความ U+200E)",
      en: "a score copied from a web page or PDF with invisible characters around it (such as the direction mark U+200E)",
    },
    input: 'A1 = "\\u200E91.21\\u200F"',
    formula: "=ITA.NUMBER(A1)",
    outcome: "result",
    th: "ผลลัพธ์ 91.21",
    en: "result 91.21",
    call: () => numberFromText("\u200e91.21\u200f"),
  }),
];
