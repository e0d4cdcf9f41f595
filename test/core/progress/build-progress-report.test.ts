/**
 * The implementation report, golden: the seed's measures for 2566 with a set of statuses, as of the
 * six-month round and of the year end. The compact text of each model is held in a jest snapshot,
 * reviewed when it changes; the figures, the round, the served OIT item and the order of the measures are
 * checked outright.
 */
import {
  asOfProblem,
  buildProgressReport,
  frameworkFor,
  frameworkLookup,
  layoutReportSheet,
  progressFigures,
  progressRound,
  relabelFramework,
  ReportBlock,
  ReportModel,
  Tracking,
  trackingFromRows,
} from "../../../src/core";
import { filledSeedGrid, serial, SHEET, typeInto } from "../tracking/helpers";
import { tableLines } from "../../support/report-lines";

const APRIL_30 = { day: 30, month: 4, buddhistYear: 2566 };
const SEPTEMBER_30 = { day: 30, month: 9, buddhistYear: 2566 };

function tracking(rows = filledSeedGrid()): Tracking {
  const read = trackingFromRows(SHEET, rows);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.value;
}

/** One line per block or table row, as build-report.test.ts writes it. */
function compact(model: ReportModel): string[] {
  return model.sheets.flatMap((sheet) => [
    `== ${sheet.name} ==`,
    `header: ${sheet.headerCenter}`,
    ...sheet.blocks.flatMap((block: ReportBlock) => {
      switch (block.kind) {
        case "table":
          return tableLines(block);
        case "chart":
          return [
            `[chart] ${block.title}: ${block.categories.map((c, i) => `${c}=${block.series[0]?.values[i]}`).join(", ")}`,
          ];
        case "contents":
          return block.entries.map((entry) => `contents: ${entry.text}`);
        default:
          return [`${block.kind}: ${block.text}`];
      }
    }),
  ]);
}

describe("the round and the as-of date", () => {
  it("is the six-month round up to 30 เมษายน, the year's after", () => {
    expect(progressRound(APRIL_30, 2566)).toBe("six-month");
    expect(progressRound({ day: 1, month: 5, buddhistYear: 2566 }, 2566)).toBe("year-end");
    expect(progressRound({ day: 15, month: 10, buddhistYear: 2565 }, 2566)).toBe("six-month");
  });

  it("cannot be before the fiscal year of the measures", () => {
    expect(asOfProblem({ day: 30, month: 9, buddhistYear: 2565 }, 2566)?.code).toBe("as-of-before-year");
    expect(asOfProblem({ day: 1, month: 10, buddhistYear: 2565 }, 2566)).toBeUndefined();
  });
});

describe("the figures of the seed's tracking sheet as of 30 เมษายน 2566", () => {
  const figures = progressFigures(tracking(), APRIL_30);

  it("counts the measures by status, per tool and in all", () => {
    expect(figures.all.total).toBe(8);
    expect(figures.all.byStatus).toEqual({ "not-started": 2, "in-progress": 3, done: 2, cancelled: 1 });
    expect(figures.byTool.IIT.byStatus).toEqual({
      "not-started": 1,
      "in-progress": 1,
      done: 2,
      cancelled: 0,
    });
    expect(figures.byTool.EIT.total).toBe(2);
  });

  it("lists the overdue: past the deadline, neither done nor cancelled, with the days late", () => {
    expect(figures.overdue.map((late) => [late.row.number, late.daysLate])).toEqual([
      ["3.1", 30],
      ["3.2", 30],
    ]);
  });
});

describe("the implementation report of the seed's measures", () => {
  const six = buildProgressReport(tracking(), { asOf: APRIL_30, digits: "arabic" });
  const sixText = compact(six).join("\n");

  it("says the round and the as-of date in its title, and names the OIT item it serves", () => {
    const [title, agency, place, served] = six.sheets[0]?.blocks ?? [];
    expect(title).toEqual({
      kind: "title",
      text:
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\nประจำปีงบประมาณ พ.ศ. 2566\n" +
        "รอบ 6 เดือน (ข้อมูล ณ วันที่ 30 เมษายน 2566)",
    });
    expect(agency).toMatchObject({ text: "เทศบาลตำบลด่านเกวียน", align: "center" });
    expect(place).toMatchObject({ text: "อำเภอโชคชัย จังหวัดนครราชสีมา" });
    expect(served).toMatchObject({
      text: "เอกสารนี้เป็นหลักฐานประกอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 ข้อ O43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    });
  });

  it("lists the overdue measures first, with their deadlines, then the others by tool", () => {
    const table = six.sheets[0]?.blocks.find((block) => block.kind === "table" && block.header[0] === "ที่");
    if (table?.kind !== "table") throw new Error("no detail table");
    expect(table.rows.map((row) => String(row.cells[0]).split(" (")[0])).toEqual([
      "มาตรการที่เลยกำหนดแล้วเสร็จและยังไม่แล้วเสร็จ",
      "3.1",
      "3.2",
      "ด้าน IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "ด้าน EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
      "2.1",
      "2.2",
    ]);
    expect(table.rows[1]?.cells[2]).toBe("กำลังดำเนินการ\nร้อยละ 30\nกำหนด 31 มี.ค. 2566\nเลยกำหนด 30 วัน");
  });

  it("closes with a paragraph written from its figures", () => {
    expect(sixText).toContain(
      "ณ วันที่ 30 เมษายน 2566 เทศบาลตำบลด่านเกวียนดำเนินการตามมาตรการแล้วเสร็จ 2 จาก 8 มาตรการ คิดเป็นร้อยละ 25.00"
    );
    expect(sixText).toContain("ได้แก่ มาตรการที่ 3.1 และ 3.2 ขอให้กองยุทธศาสตร์และงบประมาณเร่งรัดการดำเนินการ");
    expect(sixText).toContain("รายงานผลรอบ 12 เดือน (ข้อมูล ณ วันที่ 30 กันยายน 2566) ภายในเดือนตุลาคม 2566");
  });

  it("holds its compact text", () => {
    expect(compact(six)).toMatchSnapshot();
  });

  it("at the year end, is the 12-month round and looks to the next year's measures", () => {
    let rows = filledSeedGrid();
    for (const number of ["1.2", "1.4", "2.1", "3.1", "3.2"]) {
      rows = typeInto(rows, number, {
        status: "ดำเนินการแล้วเสร็จ",
        progress: 100,
        doneOn: serial(2566, 9, 15),
      });
    }
    const year = buildProgressReport(tracking(rows), { asOf: SEPTEMBER_30, digits: "arabic" });
    const text = compact(year).join("\n");
    expect(text).toContain("รอบ 12 เดือน ประจำปี (ข้อมูล ณ วันที่ 30 กันยายน 2566)");
    expect(text).toContain("และไม่มีมาตรการใดที่เลยกำหนดแล้วเสร็จโดยยังดำเนินการไม่แล้วเสร็จ");
    expect(text).toContain(
      "การจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567 ต่อไป"
    );
    expect(compact(year)).toMatchSnapshot();
  });

  it("writes Thai digits in its text, item codes kept, and lays out like every report sheet", () => {
    const thai = buildProgressReport(tracking(), { asOf: APRIL_30, digits: "thai" });
    const text = compact(thai).join("\n");
    expect(text).toContain("รอบ ๖ เดือน (ข้อมูล ณ วันที่ ๓๐ เมษายน ๒๕๖๖)");
    expect(text).toContain("ข้อ O43");
    expect(compact(thai).slice(1).join("\n")).not.toMatch(/[0-9]{4}/);
    const layout = layoutReportSheet(thai.sheets[0] ?? (undefined as never));
    expect(layout.page).toMatchObject({ paper: "A4", orientation: "portrait" });
    expect(layout.fontName).toBe("TH Sarabun New");
    expect(layout.charts).toHaveLength(1);
    expect(layout.charts[0]?.categories).toEqual([
      "ยังไม่เริ่ม",
      "กำลังดำเนินการ",
      "ดำเนินการแล้วเสร็จ",
      "ยกเลิก/ปรับแผน",
    ]);
    expect(layout.charts[0]?.series[0]?.values).toEqual([2, 3, 2, 1]);
  });

  it("names the item of the measures' year, and none where that year's mapping is unknown", () => {
    const t = tracking();
    const in2569 = buildProgressReport(
      { ...t, fiscalYear: 2569 },
      { asOf: { day: 31, month: 3, buddhistYear: 2569 }, digits: "arabic" }
    );
    expect(compact(in2569).join("\n")).toContain(
      "ข้อ O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    );
    const in2570 = buildProgressReport(
      { ...t, fiscalYear: 2570 },
      { asOf: { day: 31, month: 3, buddhistYear: 2570 }, digits: "arabic" }
    );
    expect(compact(in2570).join("\n")).not.toContain("เอกสารนี้เป็นหลักฐาน");
    const fy2570 = relabelFramework(frameworkFor(2569) ?? (undefined as never), 2570);
    const supplied = buildProgressReport(
      { ...t, fiscalYear: 2570 },
      {
        asOf: { day: 31, month: 3, buddhistYear: 2570 },
        digits: "arabic",
        frameworks: frameworkLookup([fy2570]),
      }
    );
    expect(compact(supplied).join("\n")).toContain("ประจำปีงบประมาณ พ.ศ. 2570 ข้อ O26");
  });

  it("leaves the chart out when asked", () => {
    const model = buildProgressReport(tracking(), { asOf: APRIL_30, digits: "arabic", chart: false });
    expect(model.sheets[0]?.blocks.some((block) => block.kind === "chart")).toBe(false);
  });
});
