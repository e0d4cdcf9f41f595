/** Excel refuses a page header or footer longer than this, its "&" codes counted. */
export const MAX_HEADER_FOOTER_LENGTH = 255;

/**
 * Text for a page header or footer: "&" starts a code there, so a literal ampersand is written "&&". Text
 * too long for the room left (a long agency name) is shortened with "…": refused by Excel, it would fail
 * the whole request after the sheets were added (in the add-in), or make Excel repair the file (.xlsx).
 *
 * @param room characters available, after the codes the caller puts around the text (font, alignment)
 * @example
 * headerFooterText("กองคลัง & พัสดุ"); // "กองคลัง && พัสดุ"
 */
export function headerFooterText(text: string, room: number = MAX_HEADER_FOOTER_LENGTH): string {
  const escaped = text.replace(/&/g, "&&");
  if (escaped.length <= room) return escaped;
  let kept = "";
  // By code point and by whole "&&", so the cut never splits a surrogate pair or leaves a lone "&" code.
  for (const character of text) {
    const written = character === "&" ? "&&" : character;
    if (kept.length + written.length > room - 1) break;
    kept += written;
  }
  return `${kept}…`;
}
