/** Bad inputs of the pane surface in what a score cell holds. */
import { analyze } from "../../src/excel/analyze";
import { SEED_2565 } from "../support/seed";
import type { BadInputCase } from "./catalogue";
import { accepted, refused, seen } from "./pane-run";
import { analyze2565, scoresHeaded, scoresWith } from "./pane-sheets";

export const paneScoreCases: readonly BadInputCase[] = [
  // ---- what a score cell holds --------------------------------------------------------------------
  refused(
    "non-numeric-text",
    { th: "ข้อความที่ไม่ใช่ตัวเลขในช่องคะแนน", en: "Text that is not a number in a score cell" },
    'C5 = "n/a"',
    seen("Sheet1!C5", '"n/a" ไม่ใช่คะแนน', '"n/a" is not a score'),
    { setup: scoresWith({ "Sheet1!C5": "n/a" }), act: analyze2565 }
  ),
  refused(
    "blank-cell",
    { th: "ช่องคะแนนว่าง", en: "An empty score cell" },
    "C8 empty",
    seen("Sheet1!C8", "ช่องว่าง ไม่มีคะแนน", "the cell is blank: no score"),
    { setup: scoresWith({ "Sheet1!C8": "" }), act: analyze2565 }
  ),
  accepted(
    "zero-score",
    { th: "คะแนน 0 (อาจตั้งใจเว้นว่าง)", en: "A score of 0 (perhaps meant as blank)" },
    "C8 = 0",
    seen(
      "Sheet1!C8",
      "คะแนนเป็น 0 ซึ่งเป็นคะแนนที่ใช้ได้ แต่หากตั้งใจเว้นว่างไว้หรือเป็นสูตรที่อ้างถึงช่องว่าง โปรดตรวจสอบ",
      "the score is 0, a valid score; check that the cell was not meant to be blank (a formula that points at an empty cell shows 0)"
    ),
    { setup: scoresWith({ "Sheet1!C8": 0 }), act: analyze2565 }
  ),
  accepted(
    "all-scores-zero",
    {
      th: "คะแนนเป็น 0 ทุกตัวชี้วัด (สูตรอ้างถึงแผ่นงานที่ยังไม่ได้กรอก)",
      en: "Every score is 0 (formulas that point at a sheet not filled in yet)",
    },
    "C4:C13 = =Sheet2!B4 … =Sheet2!B13, all empty",
    seen(
      "Sheet1!C4:C13",
      "คะแนนปี 2565 เป็น 0 ทุกตัวชี้วัด หากยังไม่ได้กรอกคะแนนหรือสูตรอ้างถึงช่องว่าง โปรดกรอกคะแนนจริงก่อน ระบบวิเคราะห์ตามค่าที่อ่านได้",
      "every score of 2565 is 0: if the scores are not filled in yet, or the formulas point at empty cells, fill them in; the add-in analysed the values as read"
    ),
    {
      setup: (host) => {
        host.addSheet("Sheet2");
        host.setCells(
          "Sheet1!C4:C13",
          SEED_2565.map((_, i) => [`=Sheet2!B${i + 4}`])
        );
        host.select("Sheet1!C4:C13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "negative-score",
    { th: "คะแนนติดลบ", en: "A negative score" },
    "C6 = -5",
    seen("Sheet1!C6", "คะแนน -5 อยู่นอกช่วง 0–100", "the score -5 is outside 0–100"),
    { setup: scoresWith({ "Sheet1!C6": -5 }), act: analyze2565 }
  ),
  refused(
    "score-above-100",
    { th: "คะแนนเกิน 100", en: "A score above 100" },
    "C6 = 101",
    seen("Sheet1!C6", "คะแนน 101 อยู่นอกช่วง 0–100", "the score 101 is outside 0–100"),
    { setup: scoresWith({ "Sheet1!C6": 101 }), act: analyze2565 }
  ),
  refused(
    "error-na",
    { th: "ช่องที่มีค่าผิดพลาด #N/A", en: "An error cell: #N/A" },
    "C12 = =NA()",
    seen("Sheet1!C12", "ช่องมีค่าผิดพลาด #N/A ของ Excel", "the cell holds the Excel error #N/A"),
    { setup: scoresWith({ "Sheet1!C12": "=NA()" }), act: analyze2565 }
  ),
  refused(
    "error-div0",
    { th: "ช่องที่มีค่าผิดพลาด #DIV/0!", en: "An error cell: #DIV/0!" },
    "C9 = =1/0",
    seen("Sheet1!C9", "ช่องมีค่าผิดพลาด #DIV/0! ของ Excel", "the cell holds the Excel error #DIV/0!"),
    { setup: scoresWith({ "Sheet1!C9": "=1/0" }), act: analyze2565 }
  ),
  refused(
    "error-ref",
    {
      th: "ช่องที่มีค่าผิดพลาด #REF! (สูตรอ้างถึงเซลล์ที่ถูกลบ)",
      en: "An error cell: #REF! (a formula whose cells were deleted)",
    },
    "C10 = #REF!",
    seen("Sheet1!C10", "ช่องมีค่าผิดพลาด #REF! ของ Excel", "the cell holds the Excel error #REF!"),
    { setup: scoresWith({ "Sheet1!C10": "#REF!" }), act: analyze2565 }
  ),
  refused(
    "boolean",
    { th: "ค่าตรรกะ TRUE/FALSE ในช่องคะแนน", en: "A logical value (TRUE/FALSE) in a score cell" },
    "C7 = TRUE",
    seen("Sheet1!C7", "ค่าตรรกะ TRUE ไม่ใช่ตัวเลข", "the logical value TRUE is not a number"),
    { setup: scoresWith({ "Sheet1!C7": true }), act: analyze2565 }
  ),
  refused(
    "date-formatted",
    {
      th: "ช่องคะแนนที่จัดรูปแบบเป็นวันที่ (แสดง 25/3/1900)",
      en: "A score cell formatted as a date (it shows 25/3/1900)",
    },
    "C5 = 85.08, format d/m/yyyy",
    seen(
      "Sheet1!C5",
      "ช่องนี้จัดรูปแบบเป็นวันที่ จึงแสดงวันที่แทนคะแนน โปรดเปลี่ยนรูปแบบเซลล์เป็นตัวเลขแล้วตรวจสอบคะแนน",
      "the cell is formatted as a date, so it shows a date, not a score: format it as a number and check the score"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.setNumberFormat("Sheet1!C5", "d/m/yyyy");
      },
      act: analyze2565,
    }
  ),
  refused(
    "percent-formatted",
    {
      th: "ช่องคะแนนที่จัดรูปแบบเป็นร้อยละ (แสดง 85.08% แต่เก็บ 0.8508)",
      en: "A score cell formatted as a percentage (shows 85.08%, holds 0.8508)",
    },
    'C5 = "85.08%" typed',
    seen(
      "Sheet1!C5",
      "ช่องนี้จัดรูปแบบเป็นร้อยละ ค่าที่เก็บจริงคือ 0.8508 ไม่ใช่คะแนน 0–100 ที่แสดง โปรดเปลี่ยนรูปแบบเซลล์เป็นตัวเลขแล้วพิมพ์คะแนนโดยไม่มีเครื่องหมาย %",
      "the cell is formatted as a percentage: it holds 0.8508, not the 0–100 score it shows; format it as a number and type the score without %"
    ),
    {
      // Excel stores a typed "85.08%" as 0.8508 formatted 0.00%; the host does not parse "%" input itself.
      setup: (host) => {
        scoresWith({ "Sheet1!C5": 0.8508 })(host);
        host.setNumberFormat("Sheet1!C5", "0.00%");
      },
      act: analyze2565,
    }
  ),
  accepted(
    "thai-digits",
    { th: "คะแนนเป็นเลขไทย", en: "Scores in Thai digits" },
    'C5 = "๘๕.๐๘"',
    seen(
      "Sheet1!C4:C13",
      "คะแนนบางช่องเป็นข้อความ (เช่น เลขไทย) สูตร Excel คำนวณข้อความไม่ได้ จึงเขียนผลเป็นค่าแทน",
      "some scores are text (e.g. Thai digits), which Excel formulas cannot compute, so the results were written as values"
    ),
    { setup: scoresWith({ "Sheet1!C5": "๘๕.๐๘" }), act: analyze2565 }
  ),
  accepted(
    "mixed-digits",
    { th: "คะแนนที่ปนเลขไทยกับเลขอารบิก", en: "Thai and Arabic digits mixed in one score" },
    'C4 = "9๑.2๑"',
    seen(
      "Sheet1!C4:C13",
      "คะแนนบางช่องเป็นข้อความ (เช่น เลขไทย) สูตร Excel คำนวณข้อความไม่ได้ จึงเขียนผลเป็นค่าแทน",
      "some scores are text (e.g. Thai digits), which Excel formulas cannot compute, so the results were written as values"
    ),
    { setup: scoresWith({ "Sheet1!C4": "9๑.2๑" }), act: analyze2565 }
  ),
  refused(
    "full-width-digits",
    { th: "ตัวเลขแบบเต็มความกว้าง (０–９ ของแป้นพิมพ์จีน/ญี่ปุ่น)", en: "Full-width digits (０–９)" },
    'C5 = "８５.０８"',
    seen(
      "Sheet1!C5",
      '"８５.０８" ใช้ตัวเลขแบบเต็มความกว้าง (０–９) โปรดพิมพ์ใหม่ด้วยเลขไทยหรือเลขอารบิก',
      '"８５.０８" uses full-width digits (０–９); retype it with Thai or Arabic digits'
    ),
    { setup: scoresWith({ "Sheet1!C5": "８５.０８" }), act: analyze2565 }
  ),
  accepted(
    "thousands-separator",
    {
      th: "ปีในหัวคอลัมน์มีเครื่องหมายคั่นหลักพัน",
      en: "A year in the header with a thousands separator",
    },
    'C3 = "คะแนน ๒,๕๖๕" (pane set to 2568)',
    seen(
      "Sheet1!C3",
      "หัวคอลัมน์ระบุปี 2565 จึงวิเคราะห์ตามกรอบการประเมินปี 2565 (แผงงานเลือกปี 2568 ไว้)",
      "the header says 2565, so the scores are analysed as fiscal year 2565 (the pane was set to 2568)"
    ),
    {
      setup: scoresHeaded("คะแนน ๒,๕๖๕"),
      act: () => analyze({ fiscalYear: 2568, mode: "formulas" }),
    }
  ),
];
