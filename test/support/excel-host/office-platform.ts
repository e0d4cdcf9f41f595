/** What `Office.context` reports: the themes, the platforms and their requirement sets, the printed PDF. */

import type { HostOfficeTheme, HostOfficeThemeId, HostPlatform } from "./host-types";

/**
 * The colours each theme reports. Microsoft documents none: Colorful, Dark Gray and White are those Office
 * reported in OfficeDev/office-ui-fabric-core#732; Black's are illustrative (a near-black body).
 */
export const OFFICE_THEMES: Readonly<Record<HostOfficeThemeId, HostOfficeTheme>> = {
  Colorful: {
    themeId: "Colorful",
    isDarkTheme: false,
    bodyBackgroundColor: "#E6E6E6",
    bodyForegroundColor: "#444444",
    controlBackgroundColor: "#FDFDFD",
    controlForegroundColor: "#444444",
  },
  White: {
    themeId: "White",
    isDarkTheme: false,
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#444444",
    controlBackgroundColor: "#FDFDFD",
    controlForegroundColor: "#444444",
  },
  DarkGray: {
    themeId: "DarkGray",
    isDarkTheme: true,
    bodyBackgroundColor: "#6A6A6A",
    bodyForegroundColor: "#F0F0F0",
    controlBackgroundColor: "#D4D4D4",
    controlForegroundColor: "#262626",
  },
  Black: {
    themeId: "Black",
    isDarkTheme: true,
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#FFFFFF",
  },
};

export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export const platformTypes: { readonly [P in HostPlatform]: P } = {
  PC: "PC",
  Mac: "Mac",
  OfficeOnline: "OfficeOnline",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
};

/** Common requirement sets by platform (Office Common API requirement sets: PdfFile is Excel on Windows, web, Mac). */
export const platformApiSets: { readonly [P in HostPlatform]: Readonly<Record<string, string>> } = {
  PC: { PdfFile: "1.1" },
  Mac: { PdfFile: "1.1" },
  OfficeOnline: { PdfFile: "1.1" },
  iOS: {},
  Android: {},
  Universal: {},
};

/** `getFileAsync` slices are at most 4 MB, the default size too (Office.Document.getFileAsync). */
export const MAX_SLICE_BYTES = 4 * 1024 * 1024;
/** "No more than two documents are allowed to be in memory" (Office.Document.getFileAsync). */
export const MAX_OPEN_FILES = 2;

/**
 * The host's print of the workbook: a PDF header, the number of sheets, padding to some 150 KB so that
 * 64 KB slices come in several parts, and the end-of-file marker. ASCII only, so no TextEncoder is needed.
 */
export function printedPdf(sheetCount: number): Uint8Array {
  const head = `%PDF-1.7\n% ExcelHost print of ${sheetCount} sheet(s)\n`;
  const line = `%${"-".repeat(78)}\n`;
  const text = head + line.repeat(Math.ceil(150_000 / line.length)) + "%%EOF\n";
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}
