/**
 * The package ExcelJS's in-memory writer produced, completed with charts and print names
 * (package-completion.ts) through JSZip, which ExcelJS itself uses and which runs in the browser too.
 * Only the parts changed are compressed again; JSZip keeps the others' compressed bytes.
 */
import JSZip from "jszip";
import type { Digits, SheetLayout } from "../core/report/layout";
import { addChartsAndPrintNames } from "./package-completion";

/**
 * Adds the charts and print names of `layouts` (in sheet order) to the package ExcelJS wrote; the charts'
 * numbers in `digits`.
 *
 * @returns The complete .xlsx, compressed.
 */
export async function completePackage(
  excelJsBytes: Uint8Array | ArrayBuffer,
  layouts: readonly SheetLayout[],
  digits: Digits = "arabic"
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(excelJsBytes);
  await addChartsAndPrintNames(
    {
      has: (path) => zip.file(path) !== null,
      read: (path) => zip.file(path)?.async("string"),
      write: (path, text) => {
        zip.file(path, text);
      },
    },
    layouts,
    digits
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
