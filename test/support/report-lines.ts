/**
 * A report table as the report tests read it, one line per row: the header after "| ", group rows after
 * "# ", merged-away cells as "^", line breaks as " / ". Shared by the report's and the implementation
 * report's golden tests, whose snapshots are written in it.
 */
import type { ReportBlock } from "../../src/core/report/model";

export function tableLines(block: Extract<ReportBlock, { kind: "table" }>): string[] {
  return [
    `| ${block.header.join(" | ")}`,
    ...block.rows.map(
      (row) =>
        `${row.kind === "group" ? "# " : "| "}${row.cells
          .map((cell) =>
            cell === null ? "^" : typeof cell === "string" ? cell.replace(/\n/g, " / ") : `${cell.number}`
          )
          .join(" | ")}`
    ),
  ];
}
