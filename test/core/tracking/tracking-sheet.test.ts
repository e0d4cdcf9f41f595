/**
 * The tracking sheet as data: the seed's measures for 2566 as the measures sheet numbers them, their
 * deadlines as dates, the officer's columns with their validation, the summary's native formulas, the
 * overdue rule and the hidden identity.
 */
import {
  buildReport,
  dateFromSerial,
  deadlineDate,
  identityText,
  locateTrackingSheet,
  measureKey,
  parseMeasureKey,
  TRACKING_COLUMN_INDEX,
  TRACKING_HEADERS,
  TRACKING_MARKER,
  trackingSheetLayout,
  TrackingSheetLayout,
} from "../../../src/core";
import { gridOf, seedPlan, seedResult } from "./helpers";

const cellAt = (layout: TrackingSheetLayout, a1: string) => {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!match) throw new Error(a1);
  const column = [...(match[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  return layout.cells.find((cell) => cell.row === row && cell.column === column);
};

describe("the measures a tracking sheet follows", () => {
  const plan = seedPlan();

  it("are the measures sheet's, numbered as it numbers them, for the next fiscal year", () => {
    const model = buildReport(seedResult(), { digits: "arabic", chart: false });
    const table = model.sheets[1]?.blocks.find((block) => block.kind === "table");
    if (table?.kind !== "table") throw new Error("no measures table");
    const printed = table.rows.filter((row) => row.kind !== "group").map((row) => String(row.cells[1]));
    expect(plan.fiscalYear).toBe(2566);
    expect(plan.measures.map((measure) => `${measure.number} ${measure.action}`)).toEqual(printed);
    expect(plan.measures.map((measure) => measure.tool)).toEqual([
      "IIT",
      "IIT",
      "IIT",
      "IIT",
      "EIT",
      "EIT",
      "OIT",
      "OIT",
    ]);
  });

  it("name their issue short, with the items it names", () => {
    expect(plan.measures[0]?.issue).toBe("ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (ข้อ i29 i28 i30)");
    expect(plan.measures[2]?.issue).toBe("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ");
  });

  it("are due on the last day of the period their deadline names", () => {
    expect(deadlineDate("six-month", 2566)).toEqual({ day: 31, month: 3, buddhistYear: 2566 });
    for (const pattern of ["year-end", "six-month-and-year-end", "quarterly"] as const) {
      expect(deadlineDate(pattern, 2566)).toEqual({ day: 30, month: 9, buddhistYear: 2566 });
    }
    expect(plan.measures.map((measure) => `${measure.deadline.day}/${measure.deadline.month}`)).toEqual([
      "30/9",
      "30/9",
      "31/3",
      "30/9",
      "30/9",
      "30/9",
      "31/3",
      "31/3",
    ]);
  });

  it("carry keys that ignore spacing and digits, and read back", () => {
    expect(measureKey("1.1", "รายงาน ๒ ครั้ง")).toBe(measureKey("1.1", "รายงาน  2 ครั้ง"));
    expect(measureKey("1.1", "รายงาน 2 ครั้ง")).not.toBe(measureKey("1.1", "รายงาน 3 ครั้ง"));
    const key = plan.measures[4]?.key ?? "";
    expect(parseMeasureKey(key)).toEqual({ number: "2.1", hash: key.slice(4) });
    expect(parseMeasureKey("2.1")).toBeUndefined();
    expect(parseMeasureKey(42)).toBeUndefined();
  });
});

describe("the tracking sheet's layout", () => {
  const plan = seedPlan();
  const layout = trackingSheetLayout(plan, { digits: "thai" });
  const at = TRACKING_COLUMN_INDEX;

  it("is named for the year of the measures, with its title, agency and header", () => {
    expect(layout.name).toBe("ติดตามมาตรการ ITA 2566");
    expect(cellAt(layout, "A1")?.value).toBe(
      "ติดตามผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"
    );
    expect(cellAt(layout, "A2")?.value).toBe("เทศบาลตำบลด่านเกวียน อำเภอโชคชัย จังหวัดนครราชสีมา");
    const header = layout.cells.filter((cell) => cell.row === 3).map((cell) => cell.value);
    expect(header).toEqual(Object.values(TRACKING_HEADERS));
    expect(layout.frozenRows).toBe(4);
  });

  it("writes one row per measure: number in the sheet's digits, tool, issue, measure, unit and the deadline as a date", () => {
    expect(cellAt(layout, "A5")?.value).toBe("๑.๑");
    expect(cellAt(layout, "B5")?.value).toBe("IIT");
    expect(cellAt(layout, "D7")?.value).toBe(plan.measures[2]?.action);
    expect(cellAt(layout, "E7")?.value).toBe("กองคลัง");
    const deadline = cellAt(layout, "F7");
    expect(typeof deadline?.value).toBe("number");
    expect(dateFromSerial(Number(deadline?.value))).toEqual({ day: 31, month: 3, buddhistYear: 2566 });
    expect(deadline?.numberFormat).toBe("[$-D07041E]d mmmm yyyy");
    expect(cellAt(layout, "G5")?.value).toBe("ยังไม่เริ่ม");
    expect(
      trackingSheetLayout(plan, { digits: "arabic" }).cells.find(
        (cell) => cell.row === 4 && cell.column === at.deadline
      )?.numberFormat
    ).toBe("[$-107041E]d mmmm yyyy");
  });

  it("hides the identity and each row's measure key in column M", () => {
    expect(layout.hiddenColumns).toEqual([at.key]);
    const identity = String(cellAt(layout, "M1")?.value);
    expect(identity.startsWith(TRACKING_MARKER)).toBe(true);
    expect(JSON.parse(identity)).toMatchObject({
      itaTracking: 1,
      agency: { agency: "เทศบาลตำบลด่านเกวียน", district: "อำเภอโชคชัย", province: "จังหวัดนครราชสีมา" },
      fiscalYear: 2566,
      sheetName: "ติดตามมาตรการ ITA 2566",
      measures: plan.measures.map((measure) => measure.key),
    });
    expect(cellAt(layout, "M4")?.value).toBe("รหัสมาตรการ");
    expect(plan.measures.map((_, i) => cellAt(layout, `M${5 + i}`)?.value)).toEqual(
      plan.measures.map((m) => m.key)
    );
    expect(identityText({ agency: {}, fiscalYear: 2570, sheetName: "x", measures: [], labels: [] })).toBe(
      '{"itaTracking":1,"agency":{},"fiscalYear":2570,"sheetName":"x","measures":[],"labels":[]}'
    );
    const located = locateTrackingSheet(gridOf(layout));
    expect(located).toMatchObject({ identityRow: 0, keyColumn: at.key, headerRow: 3, measuresEnd: 13 });
  });

  it("validates every officer column over the measure rows", () => {
    const rules = Object.fromEntries(
      layout.validations.map((validation) => [
        validation.range.column,
        { ...validation.rule, range: validation.range },
      ])
    );
    const rows = { row: 4, rowCount: 8, columnCount: 1 };
    expect(rules[at.status]).toEqual({
      kind: "list",
      values: ["ยังไม่เริ่ม", "กำลังดำเนินการ", "ดำเนินการแล้วเสร็จ", "ยกเลิก/ปรับแผน"],
      range: { ...rows, column: at.status },
    });
    expect(rules[at.progress]).toEqual({
      kind: "decimal",
      min: 0,
      max: 100,
      range: { ...rows, column: at.progress },
    });
    expect(rules[at.doneOn]).toEqual({
      kind: "date",
      from: { day: 1, month: 10, buddhistYear: 2565 },
      to: { day: 30, month: 9, buddhistYear: 2566 },
      range: { ...rows, column: at.doneOn },
    });
    for (const column of [at.evidence, at.obstacles, at.note]) {
      expect(rules[column]).toEqual({ kind: "textLength", max: 2000, range: { ...rows, column } });
    }
    for (const validation of layout.validations) {
      expect(validation.prompt.title.length).toBeLessThanOrEqual(32);
      expect(validation.error.title.length).toBeLessThanOrEqual(32);
      expect(validation.prompt.message.length).toBeLessThanOrEqual(255);
      expect(validation.error.message.length).toBeLessThanOrEqual(255);
    }
  });

  it("marks overdue rows: past the deadline and neither done nor cancelled", () => {
    expect(layout.conditionalFormats).toEqual([
      {
        range: { row: 4, column: 0, rowCount: 8, columnCount: 12 },
        formula: '=AND($F5<>"",$F5<TODAY(),$G5<>"ดำเนินการแล้วเสร็จ",$G5<>"ยกเลิก/ปรับแผน")',
        fill: "#F8D7DA",
        fontColor: "#9C0006",
      },
    ]);
  });

  it("sums up with native formulas: counts by tool and status, share done, overdue", () => {
    const formula = (a1: string) => cellAt(layout, a1)?.formula;
    expect(cellAt(layout, "A14")?.value).toMatch(/^สรุปผลการดำเนินการ/);
    expect(["F15", "G15", "H15", "I15"].map((a1) => cellAt(layout, a1)?.value)).toEqual([
      "IIT",
      "EIT",
      "OIT",
      "รวม",
    ]);
    expect(formula("F16")).toBe('=COUNTIF($B$5:$B$12,"IIT")');
    expect(formula("I16")).toBe("=SUM(F16:H16)");
    expect(formula("G17")).toBe(
      '=COUNTIFS($B$5:$B$12,"EIT",$G$5:$G$12,"ยังไม่เริ่ม")+COUNTIFS($B$5:$B$12,"EIT",$G$5:$G$12,"")'
    );
    expect(formula("H19")).toBe('=COUNTIFS($B$5:$B$12,"OIT",$G$5:$G$12,"ดำเนินการแล้วเสร็จ")');
    expect(formula("F21")).toBe("=IF(F16=0,0,F19/F16)");
    expect(formula("I21")).toBe("=IF(I16=0,0,I19/I16)");
    expect(cellAt(layout, "I21")?.numberFormat).toBe("[$-D00041E]0.00%");
    expect(formula("F22")).toBe(
      '=COUNTIFS($B$5:$B$12,"IIT",$F$5:$F$12,"<"&TODAY(),$G$5:$G$12,"<>ดำเนินการแล้วเสร็จ",$G$5:$G$12,"<>ยกเลิก/ปรับแผน")'
    );
    expect(layout.summary.rows.map((row) => row.label)).toEqual([
      "จำนวนมาตรการ",
      "ยังไม่เริ่ม",
      "กำลังดำเนินการ",
      "ดำเนินการแล้วเสร็จ",
      "ยกเลิก/ปรับแผน",
      "ร้อยละที่ดำเนินการแล้วเสร็จ",
      "เลยกำหนด",
    ]);
  });

  it("formats text columns as text, so a value starting with = stays text", () => {
    const hash = plan.measures[0]?.key.split("#")[1] ?? "";
    const typed = trackingSheetLayout(plan, {
      digits: "thai",
      entries: new Map([
        [
          hash,
          {
            status: "กำลังดำเนินการ",
            progress: 20,
            doneOn: "",
            evidence: "=HYPERLINK(1)",
            obstacles: "",
            note: "",
          },
        ],
      ]),
    });
    const evidence = typed.cells.find((cell) => cell.row === 4 && cell.column === at.evidence);
    expect(evidence).toMatchObject({ value: "=HYPERLINK(1)", numberFormat: "@" });
    expect(evidence?.formula).toBeUndefined();
  });

  it("prints landscape, one page wide, with the agency in the header and page numbers", () => {
    expect(layout.page).toMatchObject({
      orientation: "landscape",
      fitToPagesWide: 1,
      footerPageNumbers: true,
    });
    expect(layout.page.headerCenter).toContain("เทศบาลตำบลด่านเกวียน");
  });
});
