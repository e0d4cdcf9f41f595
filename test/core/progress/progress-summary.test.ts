/**
 * Many agencies in one table for a supervisor: each agency's measures by status, share done and overdue,
 * with the totals recomputed from the counts.
 */
import { progressFigures, progressSummaryModel, trackingFromRows } from "../../../src/core";
import { filledSeedGrid, seedGrid, SHEET, typeInto } from "../tracking/helpers";

const APRIL_30 = { day: 30, month: 4, buddhistYear: 2566 };

function figuresOf(rows: unknown[][]) {
  const read = trackingFromRows(SHEET, rows);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return progressFigures(read.value, APRIL_30);
}

describe("the summary of many agencies", () => {
  const all = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3.1", "3.2"].reduce(
    (rows, number) => typeInto(rows, number, { status: "ดำเนินการแล้วเสร็จ" }),
    seedGrid()
  );
  const model = progressSummaryModel(
    [
      { name: "เทศบาลตำบลด่านเกวียน", figures: figuresOf(filledSeedGrid()) },
      { name: "เทศบาลตำบลโชคชัย", figures: figuresOf(all) },
    ],
    { asOf: APRIL_30, digits: "arabic" }
  );
  const blocks = model.sheets[0]?.blocks ?? [];

  it("has a row per agency in the order given, and a total", () => {
    const table = blocks.find((block) => block.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.header).toEqual([
      "หน่วยงาน",
      "มาตรการ",
      "ยังไม่เริ่ม",
      "กำลังดำเนินการ",
      "ดำเนินการแล้วเสร็จ",
      "ยกเลิก/ปรับแผน",
      "ร้อยละแล้วเสร็จ",
      "เลยกำหนด",
    ]);
    const values = table.rows.map((row) =>
      row.cells.map((cell) => (cell === null ? null : typeof cell === "string" ? cell : cell.number))
    );
    expect(values).toEqual([
      ["เทศบาลตำบลด่านเกวียน", 8, 2, 3, 2, 1, 0.25, 2],
      ["เทศบาลตำบลโชคชัย", 8, 0, 0, 8, 0, 1, 0],
      ["รวม", 16, 2, 3, 10, 1, 0.625, 2],
    ]);
    expect(table.rows[2]?.kind).toBe("total");
  });

  it("says the totals in a sentence under its title", () => {
    expect(blocks[0]).toMatchObject({
      kind: "title",
      text: "สรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\nประจำปีงบประมาณ พ.ศ. 2566\nข้อมูล ณ วันที่ 30 เมษายน 2566",
    });
    expect(blocks[1]).toMatchObject({
      text:
        "หน่วยงาน 2 แห่ง มีมาตรการรวม 16 มาตรการ ดำเนินการแล้วเสร็จ 10 มาตรการ คิดเป็นร้อยละ 62.50 " +
        "มีมาตรการที่เลยกำหนดแล้วเสร็จและยังไม่แล้วเสร็จ 2 มาตรการ ใน 1 หน่วยงาน",
    });
  });

  it("names each agency's year when the years differ, and writes Thai digits when asked", () => {
    const figures = figuresOf(filledSeedGrid());
    const mixed = progressSummaryModel(
      [
        { name: "ก", figures },
        { name: "ข", figures: { ...figures, fiscalYear: 2567 } },
      ],
      { asOf: APRIL_30, digits: "thai" }
    );
    const table = mixed.sheets[0]?.blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows.map((row) => row.cells[0])).toEqual([
      "ก (๒๕๖๖)",
      "ข (๒๕๖๗)",
      "รวม",
    ]);
    expect(mixed.sheets[0]?.blocks[0]).toMatchObject({ text: expect.stringContaining("พ.ศ. ๒๕๖๖ และ ๒๕๖๗") });
  });
});
