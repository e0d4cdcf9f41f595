/** Bad inputs of the cli surface in a JSON input file: its syntax, scores, years and item codes. */
import { SEED_2564, SEED_2565 } from "../support/seed";
import type { BadInputCase } from "./catalogue";
import { scoresObject, seedJson } from "./cli-inputs";
import { report } from "./cli-run";

const DUPLICATE_KEY_JSON = [
  "{",
  '  "fiscalYear": 2565,',
  '  "scores": {',
  '    "1": 91.21, "2": 85.08, "3": 87.53,',
  '    "4": 84.47,',
  '    "4": 84.47,',
  '    "6": 94.31, "7": 89.3, "8": 86.33, "9": 95, "10": 100',
  "  }",
  "}",
].join("\n");

export const cliJsonCases: readonly BadInputCase[] = [
  {
    id: "cli-json-duplicate-key",
    surface: "cli",
    kind: {
      th: "คีย์ซ้ำในไฟล์ JSON (พิมพ์ตัวชี้วัดที่ 4 สองครั้ง แทนตัวชี้วัดที่ 5)",
      en: "a key given twice in a JSON file (indicator 4 typed twice instead of 5)",
    },
    example: '"scores": { …, "4": 84.47, "4": 84.47, … }',
    outcome: "refused",
    expected: {
      location: "dup.json: $.scores.4",
      th: 'คีย์ "4" ปรากฏซ้ำในออบเจกต์เดียวกัน (บรรทัดที่ 6) ซึ่ง JSON จะเก็บไว้เพียงค่าสุดท้าย จึงไม่อาจทราบว่าค่าใดถูกต้อง โปรดคงไว้เพียงค่าเดียว',
      en: 'the key "4" is given twice in the same object (line 6): JSON would keep only the last value, so which one is meant is unknown; keep one',
    },
    run: report("dup.json", DUPLICATE_KEY_JSON),
  },
  {
    id: "cli-json-comment",
    surface: "cli",
    kind: { th: "ไฟล์ JSON มีหมายเหตุแบบ // หรือ /* */", en: "a JSON file with // or /* */ comments" },
    example: '{\n  // ปีงบประมาณ\n  "fiscalYear": 2565, … }',
    outcome: "refused",
    expected: {
      location: "comments.json:2:3",
      th: 'ไฟล์ JSON มีหมายเหตุ (// หรือ /* */) ซึ่งรูปแบบ JSON ไม่อนุญาต โปรดลบหมายเหตุออก หรือย้ายข้อความไปไว้ในคีย์ "note"',
      en: 'comments (// or /* */) are not allowed in JSON: remove the comment, or put its text in the "note" key',
    },
    run: report("comments.json", seedJson().replace("{\n", "{\n  // ปีงบประมาณ 2565\n")),
  },
  {
    id: "cli-json-nan",
    surface: "cli",
    kind: { th: "ใส่ NaN แทนคะแนนในไฟล์ JSON", en: "NaN written for a score in a JSON file" },
    example: '"scores": { "1": NaN, … }',
    outcome: "refused",
    expected: {
      location: "nan.json:4:10",
      th: "NaN ไม่ใช่ค่าที่รูปแบบ JSON รองรับ โปรดใส่คะแนนเป็นตัวเลข 0–100",
      en: "NaN is not a JSON value: write the score as a number from 0 to 100",
    },
    run: report("nan.json", seedJson().replace('"1": 91.21', '"1": NaN')),
  },
  {
    id: "cli-json-nan-string",
    surface: "cli",
    kind: { th: 'ใส่ข้อความ "NaN" แทนคะแนน', en: 'the text "NaN" for a score' },
    example: '"scores": { "1": "NaN", … }',
    outcome: "refused",
    expected: {
      location: "nan-text.json: $.scores.1",
      th: '"NaN" ไม่ใช่คะแนน',
      en: '"NaN" is not a score',
    },
    run: report("nan-text.json", seedJson().replace('"1": 91.21', '"1": "NaN"')),
  },
  {
    id: "cli-json-nine-scores",
    surface: "cli",
    kind: { th: "มีคะแนนเพียง 9 ตัวชี้วัด", en: "9 scores instead of 10" },
    example: '"scores": { "1": 91.21, …, "9": 95 }',
    outcome: "refused",
    expected: {
      location: "nine.json: $.scores.10",
      th: "ไม่มีคะแนนตัวชี้วัดที่ 10 การป้องกันการทุจริต",
      en: "indicator 10 (Prevention of corruption) has no score",
    },
    run: report("nine.json", seedJson({ scores: scoresObject(SEED_2565.slice(0, 9)) })),
  },
  {
    id: "cli-json-score-above-100",
    surface: "cli",
    kind: { th: "คะแนนเกิน 100", en: "a score above 100" },
    example: '"scores": { "7": 893, … }',
    outcome: "refused",
    expected: {
      location: "above.json: $.scores.7",
      th: "คะแนน 893 อยู่นอกช่วง 0–100",
      en: "the score 893 is outside 0–100",
    },
    run: report("above.json", seedJson().replace('"7": 89.3', '"7": 893')),
  },
  {
    id: "cli-json-negative-score",
    surface: "cli",
    kind: {
      th: "คะแนนติดลบ (คัดลอกช่องการเปลี่ยนแปลงมาแทนคะแนน)",
      en: "a negative score (the change copied for the score)",
    },
    example: '"scores": { "9": -2.5, … }',
    outcome: "refused",
    expected: {
      location: "negative.json: $.scores.9",
      th: "คะแนน -2.5 อยู่นอกช่วง 0–100",
      en: "the score -2.5 is outside 0–100",
    },
    run: report("negative.json", seedJson().replace('"9": 95', '"9": -2.5')),
  },
  {
    id: "cli-json-future-year",
    surface: "cli",
    kind: { th: "ปีงบประมาณที่ยังไม่มีกรอบการประเมิน", en: "a fiscal year without a framework yet" },
    example: '"fiscalYear": 2570',
    outcome: "refused",
    expected: {
      location: "future.json: $.fiscalYear",
      th: "ยังไม่มีกรอบการประเมินของปีงบประมาณ 2570 (ปีที่รองรับ: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
      en: "there is no ITA framework for fiscal year 2570 (supported: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569)",
    },
    run: report("future.json", seedJson({ fiscalYear: 2570 })),
  },
  {
    id: "cli-json-common-era-year",
    surface: "cli",
    kind: { th: "ปีงบประมาณเป็นปีคริสต์ศักราช", en: "the fiscal year in the Common Era" },
    example: '"fiscalYear": 2022',
    outcome: "refused",
    expected: {
      location: "ce.json: $.fiscalYear",
      th: "2022 เป็นปีคริสต์ศักราช โปรดใช้ปีพุทธศักราช 2565",
      en: "2022 is a Common-Era year; use the Buddhist-era year 2565",
    },
    run: report("ce.json", seedJson({ fiscalYear: 2022 })),
  },
  {
    id: "cli-json-previous-not-earlier",
    surface: "cli",
    kind: { th: "ปีก่อนหน้าไม่ได้มาก่อนปีที่ประเมิน", en: "the previous year is not before the assessed year" },
    example: '"fiscalYear": 2565, "previous": { "fiscalYear": 2565, … }',
    outcome: "refused",
    expected: {
      location: "previous.json: $.previous.fiscalYear",
      th: "ปี 2565 ต้องมาก่อนปี 2565",
      en: "the year 2565 must be earlier than 2565",
    },
    run: report(
      "previous.json",
      seedJson({ previous: { fiscalYear: 2565, scores: scoresObject(SEED_2564) } })
    ),
  },
  {
    id: "cli-json-unknown-item",
    surface: "cli",
    kind: { th: "รหัสข้อคำถามที่ไม่มีในปีนั้น", en: "an item code the year does not have" },
    example: '"items": { "i31": 80 }',
    outcome: "refused",
    expected: {
      location: "item.json: $.items.i31",
      th: "ไม่มีข้อ i31 ในการประเมินปีงบประมาณ 2565",
      en: "there is no item i31 in fiscal year 2565",
    },
    run: report("item.json", seedJson({ items: { i31: 80 } })),
  },
  {
    id: "cli-json-digit-for-letter",
    surface: "cli",
    kind: {
      th: "รหัสข้อพิมพ์เลข 1 แทนตัว I (แบบในรายงานตัวอย่าง)",
      en: "an item code with the digit 1 for the letter I (as in the seed)",
    },
    example: '"items": { "1๒๘": 80.1 }',
    outcome: "refused",
    expected: {
      location: 'digit.json: $.items["1๒๘"]',
      th: '"1๒๘" ขึ้นต้นด้วยเลข 1 แทนตัวอักษร I หมายถึง i28 หรือไม่',
      en: '"1๒๘" starts with the digit 1, not the letter I: did you mean i28?',
    },
    run: report("digit.json", seedJson({ items: { "1๒๘": 80.1 } })),
  },
  {
    id: "cli-json-oit-not-pass-fail",
    surface: "cli",
    kind: { th: "ผลข้อ OIT ไม่ใช่ผ่าน/ไม่ผ่าน", en: "an OIT item that is not pass/fail" },
    example: '"items": { "o11": 50 }',
    outcome: "refused",
    expected: {
      location: "oit.json: $.items.o11",
      th: "50 ไม่ใช่ผลการตรวจ OIT (ใช้ ผ่าน/ไม่ผ่าน, มี/ไม่มี หรือ 100/0)",
      en: "50 is not an OIT result (use pass/fail or 100/0)",
    },
    run: report("oit.json", seedJson({ items: { o11: 50 } })),
  },
];
