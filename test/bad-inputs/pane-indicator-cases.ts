/** Bad inputs of the pane surface in the indicators and the years a table names. */
import { analyze } from "../../src/excel/analyze";
import { INDICATOR_NAMES, SEED_2564, SEED_2565 } from "../support/seed";
import type { BadInputCase } from "./catalogue";
import { refused, seen } from "./pane-run";
import { analyze2565, scoresHeaded, scoresWith, seedTable } from "./pane-sheets";

export const paneIndicatorCases: readonly BadInputCase[] = [
  // ---- indicators and years ------------------------------------------------------------------------
  refused(
    "duplicate-indicator",
    { th: "ชื่อหรือเลขตัวชี้วัดซ้ำ", en: "An indicator named twice" },
    'B7 = "ตัวชี้วัดที่ 3" (B6 too)',
    seen("Sheet1!B7", "ตัวชี้วัดที่ 3 ซ้ำ", "indicator 3 appears twice"),
    {
      setup: (host) => {
        host.setCells(
          "Sheet1!B4:C13",
          SEED_2565.map((score, i) => [`ตัวชี้วัดที่ ${i === 3 ? 3 : i + 1}`, score])
        );
        host.select("Sheet1!B4:C13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "unknown-indicator",
    {
      th: "ชื่อตัวชี้วัดที่ไม่รู้จัก (ตัวชี้วัดหนึ่งจึงขาดไป)",
      en: "An indicator name the add-in does not know (so one is missing)",
    },
    'B8 = "ตัวชี้วัดอื่น ๆ"',
    seen("Sheet1!B8", 'ไม่รู้จักตัวชี้วัด "ตัวชี้วัดอื่น ๆ"', '"ตัวชี้วัดอื่น ๆ" names no indicator'),
    {
      setup: (host) => {
        host.setCells(
          "Sheet1!B4:C13",
          SEED_2565.map((score, i) => [i === 4 ? "ตัวชี้วัดอื่น ๆ" : (INDICATOR_NAMES[i] ?? ""), score])
        );
        host.select("Sheet1!B4:C13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "years-unnamed",
    {
      th: "คะแนนสองปีโดยไม่มีหัวคอลัมน์ระบุปี",
      en: "Two years of scores without a header naming the years",
    },
    "C4:D13 selected, no header",
    seen(
      "Sheet1!C4:D13",
      "มีคะแนนสองชุดแต่ไม่รู้ว่าชุดใดเป็นของปีใด โปรดเลือกแถวหัวตารางที่ระบุปี (เช่น 2564, 2565) ด้วย",
      "two sets of scores but no way to tell the years apart: include a header row naming the years (e.g. 2564, 2565)"
    ),
    {
      setup: (host) => {
        host.setCells(
          "Sheet1!C4:D13",
          SEED_2565.map((score, i) => [SEED_2564[i] ?? 0, score])
        );
        host.select("Sheet1!C4:D13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "future-year-in-header",
    { th: "หัวคอลัมน์ระบุปีที่ยังไม่มีกรอบการประเมิน", en: "A future fiscal year in the header" },
    'C3 = "คะแนน 2570"',
    seen(
      "Sheet1!C3",
      "หัวคอลัมน์ระบุปี 2570 ซึ่งยังไม่มีกรอบการประเมิน",
      "the header says 2570, a fiscal year without an ITA framework"
    ),
    {
      setup: scoresHeaded("คะแนน 2570"),
      act: analyze2565,
    }
  ),
  refused(
    "unknown-fiscal-year",
    { th: "ปีงบประมาณที่ไม่มีกรอบการประเมิน", en: "A fiscal year without a framework" },
    "the pane's year: 2561",
    seen(
      "ปีงบประมาณ / fiscal year",
      "ยังไม่มีกรอบการประเมินของปี 2561 แทรกแผ่นงานกรอบ ITA 2561 (ปุ่มใต้ช่องปีงบประมาณ) ตรวจแก้ให้ตรงกับที่ ป.ป.ช. ประกาศ แล้วลองอีกครั้ง",
      "no ITA framework for 2561: insert the framework sheet ITA 2561 (the button under the fiscal year), correct it to what the NACC publishes, and try again"
    ),
    { setup: scoresWith(), act: () => analyze({ fiscalYear: 2561, mode: "formulas" }) }
  ),
  refused(
    "common-era-year-in-header",
    { th: "หัวคอลัมน์ระบุปีคริสต์ศักราช", en: "A Common-Era year in the header" },
    'C3 = "คะแนน 2022"',
    seen(
      "Sheet1!C3",
      "หัวคอลัมน์ระบุปี 2022 ซึ่งเป็นปีคริสต์ศักราช โปรดระบุปีพุทธศักราช 2565",
      "the header says 2022, a Common-Era year: write the Buddhist-era year 2565"
    ),
    {
      setup: scoresHeaded("คะแนน 2022"),
      act: analyze2565,
    }
  ),
  refused(
    "previous-year-not-earlier",
    {
      th: "หัวตารางระบุปีผิดลำดับ (ปีก่อนมากกว่าปีที่ประเมิน)",
      en: "Years in the wrong order (the previous year after the assessed one)",
    },
    'D3 = "คะแนนปีก่อน 2566", E3 = "คะแนน 2565"',
    seen(
      "Sheet1!D3",
      "ปีก่อนหน้า (2566) ต้องมาก่อนปีที่ประเมิน (2565)",
      "the previous year (2566) must be earlier than the assessed year (2565)"
    ),
    {
      setup: (host) => {
        seedTable(host);
        host.setCells("Sheet1!D3:E3", [["คะแนนปีก่อน 2566", "คะแนน 2565"]]);
        host.select("Sheet1!C3:E13");
      },
      act: analyze2565,
    }
  ),
];
