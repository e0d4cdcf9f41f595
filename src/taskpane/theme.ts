import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Thai first: the fonts Thai government offices have installed, then Windows' and every OS's Thai fallbacks. */
export const thaiFontFamily = "'TH Sarabun New', 'Sarabun', 'Leelawadee UI', 'Tahoma', sans-serif";

/** Fluent's own stack, for the English lines. */
export const latinFontFamily = webLightTheme.fontFamilyBase;

/** Fluent UI's web light theme with Thai text fonts. */
export const itaTheme: Theme = { ...webLightTheme, fontFamilyBase: thaiFontFamily };

/** Fluent UI's web dark theme with Thai text fonts, for Office's Dark Gray and Black themes. */
export const itaDarkTheme: Theme = { ...webDarkTheme, fontFamilyBase: thaiFontFamily };

/** The pane's two looks. */
export type PaneThemeName = "light" | "dark";

export const paneThemes: Readonly<Record<PaneThemeName, Theme>> = { light: itaTheme, dark: itaDarkTheme };

/**
 * What the pane reads of Office's theme (`Office.context.officeTheme`, or a plain object in tests). Office
 * may leave out `isDarkTheme` (older builds, Excel on the web), or the whole theme.
 */
export interface OfficeThemeColours {
  readonly isDarkTheme?: boolean;
  /** A hexadecimal colour triplet, "#262626". */
  readonly bodyBackgroundColor?: string;
}

/** Below this relative luminance the body is dark: Office's Dark Gray (#6A6A6A, 0.14) is, white (1.0) is not. */
const DARK_BODY_LUMINANCE = 0.2;

/**
 * The pane's look for Office's theme: dark for Dark Gray and Black, light for Colorful, White and when
 * Office says nothing. `isDarkTheme` decides when Office gives it; otherwise the body colour does.
 *
 * @example
 * paneThemeNameFor({ isDarkTheme: true }) // "dark"
 * paneThemeNameFor({ bodyBackgroundColor: "#262626" }) // "dark"
 * paneThemeNameFor(undefined) // "light"
 */
export function paneThemeNameFor(officeTheme: OfficeThemeColours | undefined): PaneThemeName {
  if (officeTheme === undefined || officeTheme === null) return "light";
  if (typeof officeTheme.isDarkTheme === "boolean") return officeTheme.isDarkTheme ? "dark" : "light";
  const luminance = relativeLuminance(officeTheme.bodyBackgroundColor);
  return luminance !== undefined && luminance < DARK_BODY_LUMINANCE ? "dark" : "light";
}

/** WCAG 2.1's relative luminance of "#RRGGBB" (or "RRGGBB"); undefined for anything else. */
function relativeLuminance(colour: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour?.trim() ?? "");
  if (match === null) return undefined;
  const [red, green, blue] = match.slice(1, 4).map((hex) => {
    const channel = parseInt(hex, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}
