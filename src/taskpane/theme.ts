import { webLightTheme, type Theme } from "@fluentui/react-components";

/** Thai first: the fonts Thai government offices have installed, then Windows' and every OS's Thai fallbacks. */
export const thaiFontFamily = "'TH Sarabun New', 'Sarabun', 'Leelawadee UI', 'Tahoma', sans-serif";

/** Fluent's own stack, for the English lines. */
export const latinFontFamily = webLightTheme.fontFamilyBase;

/** Fluent UI's web light theme with Thai text fonts. */
export const itaTheme: Theme = { ...webLightTheme, fontFamilyBase: thaiFontFamily };
