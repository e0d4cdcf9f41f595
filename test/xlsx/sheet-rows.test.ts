/**
 * The batch's own sheet reader gives the values ExcelJS's reader gives, for every kind of cell a table of
 * agencies may hold, in workbooks written with shared strings (as Excel writes them) and without.
 */
import ExcelJS from "exceljs";
import { cellValue } from "../../src/cli/workbook-file";
import { worksheetPaths } from "../../src/xlsx/package-completion";
import { sharedStringsOf, sheetRows } from "../../src/xlsx/sheet-rows";
import { ZipParts } from "../../src/xlsx/zip-parts";

const ROWS: ExcelJS.CellValue[][] = [
  ["หน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัดที่ 1", "หมายเหตุ"],
  ['เทศบาลตำบล <ก> & "ข"', 2568, 91.25, { richText: [{ text: "ตัวหนา" }, { text: " ธรรมดา" }] }],
  ["อบต. 'สาม'", 2568, { formula: "90+1.5", result: 91.5 }, true],
  ["  เว้นวรรค  ", 2567, { error: "#N/A" }, { formula: '"ข้อความ"', result: "ข้อความ" }],
  [null, null, null, null],
  ["แถวหลังแถวว่าง", 2569, 0, 1e-7],
];

async function bytesOf(useSharedStrings: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("ว่าง");
  const sheet = workbook.addWorksheet("หน่วยงาน");
  ROWS.forEach((values, i) => {
    values.forEach((value, j) => {
      if (value !== null) sheet.getCell(i + 3, j + 2).value = value;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer({ useSharedStrings } as ExcelJS.XlsxWriteOptions));
}

async function asExcelJsReadsIt(bytes: Buffer): Promise<{ number: number; cells: unknown[] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer
  );
  const rows: { number: number; cells: unknown[] }[] = [];
  workbook.getWorksheet("หน่วยงาน")?.eachRow((row, number) => {
    const cells: unknown[] = [];
    row.eachCell((cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    rows.push({ number, cells: Array.from(cells, (value) => value ?? "") });
  });
  return rows;
}

describe("sheetRows", () => {
  it.each([true, false])("reads what ExcelJS reads (shared strings: %s)", async (useSharedStrings) => {
    const bytes = await bytesOf(useSharedStrings);
    const parts = new ZipParts(bytes);
    const paths = await worksheetPaths(parts);
    expect(paths).toHaveLength(2);
    const shared = sharedStringsOf(parts.read("xl/sharedStrings.xml"));
    const rows = sheetRows(parts.read(paths[1] ?? "") ?? "", shared);
    expect(rows).toEqual(await asExcelJsReadsIt(bytes));
    expect(rows[0]?.number).toBe(3);
    expect(rows[1]?.cells).toEqual(["", 'เทศบาลตำบล <ก> & "ข"', 2568, 91.25, "ตัวหนา ธรรมดา"]);
    expect(sheetRows(parts.read(paths[0] ?? "") ?? "", shared)).toEqual([]);
  });

  it("decodes character references (LibreOffice's line breaks) and reads attributes however they are quoted", () => {
    const shared = sharedStringsOf(
      "<sst><si><t>เทศบาล&#10;หนึ่ง</t></si><si><t>&#x0E01;&amp;&#3586;</t></si></sst>"
    );
    expect(shared).toEqual(["เทศบาล\nหนึ่ง", "ก&ข"]);
    const xml =
      "<sheetData><row r='2'><c r='A2' t='s'><v>1</v></c><c\n r=\"C2\"\n t=\"s\"><v>0</v></c>" +
      '<c r="D2" t="str"><v>ก&#10;ข</v></c></row></sheetData>';
    expect(sheetRows(xml, shared)).toEqual([{ number: 2, cells: ["ก&ข", "", "เทศบาล\nหนึ่ง", "ก\nข"] }]);
  });

  it("places cells and rows without a reference after the previous ones, and joins rich shared strings", () => {
    const shared = sharedStringsOf(
      '<sst><si><t>ก</t></si><si><r><t xml:space="preserve">ข </t></r><r><t>ค</t></r><rPh><t>x</t></rPh></si><si/></sst>'
    );
    expect(shared).toEqual(["ก", "ข ค", ""]);
    const xml =
      '<sheetData><row><c t="s"><v>1</v></c><c><v>2.5</v></c></row><row r="4"><c r="C4" t="inlineStr"><is><t>ง&amp;จ</t></is></c><c t="b"><v>0</v></c></row></sheetData>';
    expect(sheetRows(xml, shared)).toEqual([
      { number: 1, cells: ["ข ค", 2.5] },
      { number: 4, cells: ["", "", "ง&จ", false] },
    ]);
  });
});
