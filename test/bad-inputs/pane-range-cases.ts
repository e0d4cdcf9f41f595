/** Bad inputs of the pane surface in the range: its size, shape, hidden or merged cells, the output block. */
import { SEED_2565 } from "../support/seed";
import type { BadInputCase } from "./catalogue";
import { refused, seen } from "./pane-run";
import { analyze2565, scoresWith, seedTable } from "./pane-sheets";

export const paneRangeCases: readonly BadInputCase[] = [
  // ---- the range -----------------------------------------------------------------------------------
  refused(
    "wrong-size",
    { th: "เลือกช่วงผิดขนาด (9 ช่อง)", en: "A range of the wrong size (9 cells)" },
    "C4:C12 selected",
    seen(
      "Sheet1!C4:C12",
      "ช่วงที่เลือกมี 9 แถว × 1 คอลัมน์ ต้องเลือกคะแนน 10 ตัวชี้วัดเป็นคอลัมน์หรือแถว (10 ช่อง หรือ 11 ช่องรวมหัวตาราง) รวมชื่อตัวชี้วัดและคะแนนปีก่อน ๆ ได้ไม่เกิน 6 คอลัมน์",
      "the selection is 9 rows × 1 columns: select the 10 indicator scores as a column or a row (10 cells, or 11 with a header), with at most 6 columns including names and earlier years' scores"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.select("Sheet1!C4:C12");
      },
      act: analyze2565,
    }
  ),
  refused(
    "wrong-shape",
    { th: "เลือกช่วงผิดรูป (2 แถว × 5 คอลัมน์)", en: "A range of the wrong shape (2 rows × 5 columns)" },
    "C4:G5 selected, ten scores",
    seen(
      "Sheet1!C4:G5",
      "ช่วงที่เลือกมี 2 แถว × 5 คอลัมน์ ต้องเลือกคะแนน 10 ตัวชี้วัดเป็นคอลัมน์หรือแถว (10 ช่อง หรือ 11 ช่องรวมหัวตาราง) รวมชื่อตัวชี้วัดและคะแนนปีก่อน ๆ ได้ไม่เกิน 6 คอลัมน์",
      "the selection is 2 rows × 5 columns: select the 10 indicator scores as a column or a row (10 cells, or 11 with a header), with at most 6 columns including names and earlier years' scores"
    ),
    {
      setup: (host) => {
        host.setCells("Sheet1!C4:G5", [SEED_2565.slice(0, 5), SEED_2565.slice(5)]);
        host.select("Sheet1!C4:G5");
      },
      act: analyze2565,
    }
  ),
  refused(
    "whole-column",
    { th: "เลือกทั้งคอลัมน์", en: "A whole column selected" },
    "C:C selected",
    seen(
      "Sheet1!C:C",
      "เลือกไว้ทั้งคอลัมน์ โปรดเลือกเฉพาะช่องคะแนน 10 ตัวชี้วัด (รวมหัวตาราง ชื่อตัวชี้วัด และคะแนนปีก่อน ๆ ได้)",
      "whole columns are selected: select only the cells of the 10 indicator scores (with their header, names and earlier years' scores, if you like)"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.select("Sheet1!C:C");
      },
      act: analyze2565,
    }
  ),
  refused(
    "whole-sheet",
    { th: "เลือกทั้งแผ่นงาน", en: "The whole sheet selected" },
    "Ctrl+A: 1:1048576 selected",
    seen(
      "Sheet1!1:1048576",
      "เลือกไว้ทั้งแผ่นงาน โปรดเลือกเฉพาะคะแนน 10 ตัวชี้วัด (รวมหัวตาราง ชื่อตัวชี้วัด และคะแนนปีก่อน ๆ ได้)",
      "the whole sheet is selected: select only the 10 indicator scores (with their header, names and earlier years' scores, if you like)"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.select("Sheet1!1:1048576");
      },
      act: analyze2565,
    }
  ),
  refused(
    "merged-cells",
    { th: "มีเซลล์ที่ผสานไว้ในช่วง", en: "Merged cells in the range" },
    "C5:D5 merged",
    seen(
      "Sheet1!C5:D5",
      "มีเซลล์ที่ผสานไว้ในช่วงข้อมูลหรือช่วงที่จะเขียนผล โปรดยกเลิกการผสานเซลล์ก่อน",
      "merged cells in the input or where the results go: unmerge them first"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.merge("Sheet1!C5:D5");
      },
      act: analyze2565,
    }
  ),
  refused(
    "hidden-rows",
    { th: "มีแถวที่ซ่อนไว้ในช่วง", en: "Hidden rows inside the range" },
    "row 7 hidden",
    seen(
      "Sheet1!7:7",
      "แถว 7 ในช่วงที่เลือกถูกซ่อนไว้ ท่านจึงมองไม่เห็นทุกค่าที่จะนำมาวิเคราะห์ โปรดยกเลิกการซ่อนแถวและตรวจสอบค่าก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "row 7 of the selection is hidden, so not every value that would be analysed is in view: unhide it and check the values first; nothing was written"
    ),
    {
      setup: (host) => {
        scoresWith()(host);
        host.setHidden("Sheet1!7:7");
      },
      act: analyze2565,
    }
  ),
  refused(
    "filtered-rows",
    { th: "ช่วงที่ถูกกรอง (ตัวกรองซ่อนบางแถว)", en: "A filtered range (rows hidden by a filter)" },
    "AutoFilter on C3:E13, 2565 ≥ 85",
    seen(
      "Sheet1!7:8",
      "แถว 7, 8 ในช่วงที่เลือกถูกซ่อนโดยตัวกรอง (AutoFilter) ท่านจึงมองไม่เห็นทุกค่าที่จะนำมาวิเคราะห์ โปรดล้างตัวกรองก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "rows 7, 8 of the selection are hidden by a filter, so not every value that would be analysed is in view: clear the filter first; nothing was written"
    ),
    {
      setup: (host) => {
        seedTable(host);
        host.applyAutoFilter("Sheet1!C3:E13", 2, { filterOn: "Custom", criterion1: ">=85" });
        host.select("Sheet1!C3:E13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "hidden-column",
    { th: "มีคอลัมน์ที่ซ่อนไว้ในช่วง", en: "A hidden column inside the range" },
    "column D (2564) hidden",
    seen(
      "Sheet1!D:D",
      "คอลัมน์ D ในช่วงที่เลือกถูกซ่อนไว้ ท่านจึงมองไม่เห็นทุกค่าที่จะนำมาวิเคราะห์ โปรดยกเลิกการซ่อนคอลัมน์และตรวจสอบค่าก่อน ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "column D of the selection is hidden, so not every value that would be analysed is in view: unhide it and check the values first; nothing was written"
    ),
    {
      setup: (host) => {
        seedTable(host);
        host.setHidden("Sheet1!D:D");
        host.select("Sheet1!C3:E13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "input-includes-output",
    {
      th: "ช่วงที่เลือกซ้อนทับผลที่ Analyze เขียนไว้",
      en: "The selection overlaps the output Analyze wrote",
    },
    "C3:F13 selected after Analyze wrote F3:I13",
    seen(
      "Sheet1!C3:F13",
      "ช่วงที่เลือกรวมผลการวิเคราะห์ที่ส่วนเสริมเขียนไว้ (Sheet1!F3:I13) โปรดเลือกเฉพาะคะแนน ชื่อตัวชี้วัด และหัวตาราง ระบบยังไม่ได้เขียนข้อมูลใด ๆ",
      "the selection takes in the results the add-in wrote earlier (Sheet1!F3:I13): select only the scores, their names and header; nothing was written"
    ),
    {
      setup: async (host) => {
        seedTable(host);
        host.select("Sheet1!C3:E13");
        if (!(await analyze2565()).ok) throw new Error("the first Analyze failed");
        host.select("Sheet1!C3:F13");
      },
      act: analyze2565,
    }
  ),
  refused(
    "output-not-empty",
    {
      th: "ช่องที่จะเขียนผลมีข้อมูลของเจ้าหน้าที่อยู่",
      en: "The output block would overwrite the officer's data",
    },
    'E6 = "หมายเหตุ" beside the scores',
    seen(
      "Sheet1!D4:F13",
      "ช่องที่จะเขียนผลมีข้อมูลอยู่แล้ว (Sheet1!E6) ระบบเขียนเฉพาะช่องว่างหรือผลที่ส่วนเสริมเขียนไว้เดิม จึงยังไม่ได้เขียนข้อมูลใด ๆ",
      "the cells for the results are not empty (Sheet1!E6); the add-in writes only into empty cells or its own earlier output, so nothing was written"
    ),
    { setup: scoresWith({ "Sheet1!E6": "หมายเหตุ" }), act: analyze2565 }
  ),
];
