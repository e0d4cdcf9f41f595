/**
 * The one way the add-in runs Excel work: `Excel.run`, with Office errors turned into issues the pane can
 * show (Thai and English), never an unhandled rejection.
 */
import { issueAt, problem, Problem, Validated } from "../core";

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string };
}

/** Office error codes we can explain; anything else is reported with Excel's own words. */
export function officeErrorProblem(error: unknown): Problem {
  const { code, message } = (typeof error === "object" && error !== null ? error : {}) as OfficeErrorLike;
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return problem(
        "cell-edit-mode",
        "Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc แล้วลองอีกครั้ง ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
        "Excel is editing a cell: press Enter or Esc, then try again; nothing was written"
      );
    case "AccessDenied":
      return problem(
        "access-denied",
        "แผ่นงานหรือสมุดงานถูกป้องกันหรือเปิดแบบอ่านอย่างเดียว จึงเขียนไม่ได้",
        "the sheet or workbook is protected or read-only, so nothing can be written"
      );
    case "ItemNotFound":
      return problem(
        "not-found",
        "ไม่พบแผ่นงานหรือช่วงเซลล์ที่อ้างถึง (อาจถูกลบหรือเปลี่ยนชื่อ)",
        "the sheet or range no longer exists (deleted or renamed?)"
      );
    case "RequestPayloadSizeLimitExceeded":
      return problem(
        "too-large",
        "ข้อมูลมากเกินกว่าที่ Excel รับได้ในครั้งเดียว โปรดเลือกช่วงที่เล็กลง",
        "too much data for one request to Excel: select a smaller range"
      );
    // Excel on the web only: the answer to one request may not exceed 5 MB.
    case "ResponsePayloadSizeLimitExceeded":
      return problem(
        "too-large-to-read",
        "ข้อมูลที่ต้องอ่านมากเกินกว่าที่ Excel บนเว็บส่งได้ในครั้งเดียว โปรดเลือกช่วงที่เล็กลงหรือลบคอลัมน์ที่ไม่ใช้",
        "too much data for Excel on the web to send in one answer: select a smaller range, or remove the columns not needed"
      );
    // Several ranges selected (Ctrl+click), or a chart or shape instead of cells.
    case "InvalidSelection":
      return problem(
        "invalid-selection",
        "สิ่งที่เลือกไว้ใช้ไม่ได้ (เลือกหลายช่วงพร้อมกัน หรือเลือกแผนภูมิหรือรูปภาพ) โปรดเลือกเซลล์เพียงช่วงเดียวแล้วลองอีกครั้ง ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
        "the selection cannot be used (several ranges at once, or a chart or picture): select one range of cells and try again; nothing was written"
      );
    case "InactiveWorkbook":
      return problem(
        "inactive-workbook",
        "มีสมุดงานเปิดอยู่หลายเล่มและสมุดงานนี้ไม่ได้อยู่ด้านหน้า โปรดคลิกในสมุดงานนี้แล้วลองอีกครั้ง",
        "several workbooks are open and this one is not in front: click into this workbook and try again"
      );
    default:
      return problem(
        "excel-error",
        `Excel แจ้งข้อผิดพลาด: ${code ?? ""} ${message ?? String(error)}`.trim(),
        `Excel reported an error: ${code ?? ""} ${message ?? String(error)}`.trim()
      );
  }
}

/**
 * Runs one user action in one `Excel.run`. The action returns its own validation outcome; an Office error
 * (or a bug) becomes a single issue at "Excel".
 */
export async function runExcel<T>(
  action: (context: Excel.RequestContext) => Promise<Validated<T>>
): Promise<Validated<T>> {
  try {
    return await Excel.run(action);
  } catch (error) {
    return { ok: false, issues: [issueAt("Excel", officeErrorProblem(error))], warnings: [] };
  }
}

/** Whether Excel supports an ExcelApi requirement set (e.g. "1.13"); false outside Office. */
export function supportsExcelApi(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}
