import { performance } from "node:perf_hooks";
import { renderWorkbook } from "../src/xlsx/render-workbook";
import { completePackage } from "../src/xlsx/complete-package";
import ExcelJS from "exceljs";
const N = 8317;
(async () => {
  for (const variant of ["border", "none", "none", "border"]) {
  const cells: any[] = [];
  for (let r = 0; r < N; r++) for (let c = 0; c < 13; c++) cells.push({ row: r + 1, column: c, value: c < 4 ? `text${r}` : r + c / 100, numberStyle: c >= 4 ? "score" : undefined, style: variant === "border" ? { border: true } : undefined });
  const layout: any = { id: "x", name: "x", columnWidths: Array(13).fill(10), cells, merges: [], charts: [], fontName: "TH Sarabun New", page: { paper: "A4", orientation: "landscape", margins: { top: 2, bottom: 2, left: 2, right: 2 }, fitToPagesWide: 1, headerCenter: "x", footerPageNumbers: true, printArea: { row: 0, column: 0, rowCount: N, columnCount: 13 } } };
  let t = performance.now();
  const bytes = await renderWorkbook([layout], { digits: "arabic" });
  console.log(variant, "render", performance.now() - t, bytes.length);
  t = performance.now();
  await completePackage(bytes, [layout]);
  console.log("completePackage alone", performance.now() - t);
  }
  for (let k = 0; k < 2; k++) {
  let t = performance.now();
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet("x");
  for (let r = 0; r < N; r++) ws.addRow(Array.from({ length: 13 }, (_, c) => c < 4 ? `text${r}` : r + c / 100));
  const b2 = await wb.xlsx.writeBuffer();
  console.log("bare", performance.now() - t, b2.byteLength);
  }
})();
