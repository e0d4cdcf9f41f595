// The languages the pane speaks and how the Office display language chooses one; every area's texts
// are keyed by these.

/** Languages the task pane speaks: Thai first, English as a second line for non-Thai Office. */
export type PaneLanguage = "th" | "en";

/**
 * The pane language for an Office display language tag.
 *
 * @example
 * paneLanguageFor("th-TH") // "th"
 * paneLanguageFor("en-GB") // "en"
 * paneLanguageFor(undefined) // "th"
 */
export function paneLanguageFor(displayLanguage: string | undefined): PaneLanguage {
  if (displayLanguage === undefined || displayLanguage === "") return "th";
  return displayLanguage.toLowerCase().startsWith("th") ? "th" : "en";
}
