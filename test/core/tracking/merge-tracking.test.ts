/**
 * Regenerating the tracking sheet never loses what the officer typed: entries follow their measure (by
 * its action, whatever its new number), new measures get blank rows, and a dropped measure with entries
 * is kept below the summary, carried through the next regeneration too.
 */
import {
  hasOfficerContent,
  measureKey,
  mergeTracking,
  previousTrackingFromRows,
  TRACKING_COLUMN_INDEX,
  TrackingPlan,
  trackingFromRows,
  trackingSheetLayout,
} from "../../../src/core";
import { filledSeedGrid, gridOf, seedGrid, seedPlan, SHEET } from "./helpers";

const at = TRACKING_COLUMN_INDEX;

/** The plan with its measures reordered and one dropped, one added: as after a catalogue edit. */
function editedPlan(): TrackingPlan {
  const plan = seedPlan();
  const [first, second, ...rest] = plan.measures;
  if (!first || !second) throw new Error("seed plan too short");
  const kept = rest.filter((measure) => measure.number !== "2.2");
  const added = { ...second, action: "มาตรการใหม่จากแคตตาล็อกที่แก้ไข" };
  const renumbered = [second, first, ...kept, added].map((measure, i) => {
    const number = `${Math.floor(i / 4) + 1}.${(i % 4) + 1}`;
    return { ...measure, number, key: measureKey(number, measure.action) };
  });
  return { ...plan, measures: renumbered };
}

describe("reading a previous sheet as typed", () => {
  it("returns every keyed row with the officer's cells, judging nothing", () => {
    const rows = filledSeedGrid();
    (rows[4] as unknown[])[at.progress] = "ครึ่งหนึ่ง";
    const previous = previousTrackingFromRows(rows);
    expect(previous?.fiscalYear).toBe(2566);
    expect(previous?.agency?.agency).toBe("เทศบาลตำบลด่านเกวียน");
    expect(previous?.rows).toHaveLength(8);
    expect(previous?.rows[0]?.entry.progress).toBe("ครึ่งหนึ่ง");
    expect(previous?.rows[0]?.retired).toBe(false);
  });

  it("is undefined for a sheet that is no tracking sheet", () => {
    expect(previousTrackingFromRows([["ตัวชี้วัด", "คะแนน"]])).toBeUndefined();
  });

  it("tells an entry with content from a blank one", () => {
    const blank = { status: "ยังไม่เริ่ม", progress: "", doneOn: "", evidence: "", obstacles: "", note: "" };
    expect(hasOfficerContent(blank)).toBe(false);
    expect(hasOfficerContent({ ...blank, status: "" })).toBe(false);
    expect(hasOfficerContent({ ...blank, note: "x" })).toBe(true);
    expect(hasOfficerContent({ ...blank, status: "กำลังดำเนินการ" })).toBe(true);
  });
});

describe("merging a previous sheet into a new plan", () => {
  const previous = previousTrackingFromRows(filledSeedGrid());

  it("keeps each entry with its measure, whatever its new number", () => {
    const plan = editedPlan();
    const merge = mergeTracking(previous, plan);
    const layout = trackingSheetLayout(plan, {
      digits: "arabic",
      entries: merge.entries,
      retired: merge.retired,
    });
    const rows = gridOf(layout);
    // 1.2's entry ("in progress, 50") is now on the first row, 1.1's on the second.
    expect(rows[4]?.[at.status]).toBe("กำลังดำเนินการ");
    expect(rows[4]?.[at.progress]).toBe(50);
    expect(rows[5]?.[at.status]).toBe("ดำเนินการแล้วเสร็จ");
    expect(rows[5]?.[at.evidence]).toMatch(/^ทะเบียนข้อตรวจพบ/);
    expect(merge.kept).toHaveLength(7);
    expect(merge.added.map((measure) => measure.action)).toEqual(["มาตรการใหม่จากแคตตาล็อกที่แก้ไข"]);
    expect(merge.removed.map((measure) => measure.number)).toEqual(["2.2"]);
  });

  it("keeps a dropped measure's entry below the summary, outside the measures read for the report", () => {
    const plan = editedPlan();
    const merge = mergeTracking(previous, plan);
    expect(merge.retired.map((kept) => [kept.measure.number, kept.entry.note])).toEqual([
      ["2.2", "รวมกับมาตรการ 2.1"],
    ]);
    const rows = gridOf(
      trackingSheetLayout(plan, { digits: "arabic", entries: merge.entries, retired: merge.retired })
    );
    const title = rows.findIndex((row) => String(row[0] ?? "").startsWith("บันทึกเดิมของมาตรการที่ไม่อยู่ในแผนฉบับนี้"));
    expect(title).toBeGreaterThan(12);
    expect(rows[title + 2]?.[at.number]).toBe("(เดิม 2.2)");
    expect(rows[title + 2]?.[at.note]).toBe("รวมกับมาตรการ 2.1");
    const read = trackingFromRows(SHEET, rows);
    expect(read.ok && read.value.rows.map((row) => row.number)).toEqual(
      plan.measures.map((measure) => measure.number)
    );

    // Regenerated again with the original plan, the kept entry returns to its measure.
    const back = mergeTracking(previousTrackingFromRows(rows), seedPlan());
    expect(back.retired).toEqual([]);
    expect(back.removed.map((measure) => measure.action)).toEqual(["มาตรการใหม่จากแคตตาล็อกที่แก้ไข"]);
    const restored = gridOf(trackingSheetLayout(seedPlan(), { digits: "arabic", entries: back.entries }));
    expect(restored).toEqual(
      gridOf(
        trackingSheetLayout(seedPlan(), {
          digits: "arabic",
          entries: mergeTracking(previous, seedPlan()).entries,
        })
      )
    );
  });

  it("drops a measure nobody wrote about without keeping a row for it", () => {
    const plan = seedPlan();
    const merge = mergeTracking(previousTrackingFromRows(seedGrid()), {
      ...plan,
      measures: plan.measures.slice(1),
    });
    expect(merge.removed.map((measure) => measure.number)).toEqual(["1.1"]);
    expect(merge.retired).toEqual([]);
  });

  it("regenerating the same plan gives the same sheet, entries and all", () => {
    const rows = filledSeedGrid();
    const merge = mergeTracking(previousTrackingFromRows(rows), seedPlan());
    const again = gridOf(trackingSheetLayout(seedPlan(), { digits: "arabic", entries: merge.entries }));
    expect(again).toEqual(rows);
    expect(merge.added).toEqual([]);
    expect(merge.removed).toEqual([]);
  });

  it("starts from blank rows without a previous sheet", () => {
    const merge = mergeTracking(undefined, seedPlan());
    expect(merge.added).toHaveLength(8);
    expect(merge.entries.size).toBe(0);
  });
});
