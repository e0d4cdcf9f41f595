// How the pane's texts quote a sheet or file name and run a list of them, in Thai and in English; shared
// by the areas whose statuses name sheets and files (report, advanced settings).

export function quoted(name: string): string {
  return `“${name}”`;
}

/** Thai lists run with spaces and join the last item with "และ". */
export function listInThai(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(" ")} และ ${items[items.length - 1] ?? ""}`;
}

export function listInEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}
