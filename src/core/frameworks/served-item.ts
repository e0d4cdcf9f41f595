/**
 * Which OIT item of the next assessment an agency's own ITA document serves (ITA.md §7): the analysis and
 * measures were o42 up to 2566 and O25 in 2569; the implementation report o43, then O26. The code is read
 * from the next year's framework, never assumed, so a year whose mapping is unknown yields nothing.
 */
import { oitItemOf, printedItemCode } from "./oit-items";
import { DocumentItems, Framework } from "./types";

export interface ServedItem {
  /** The assessment the document is evidence for. */
  readonly fiscalYear: number;
  /** As the NACC prints it in that year (o42, O25). */
  readonly code: string;
  /** The item's title in that year's list, or "" when the list has no title for it. */
  readonly title: string;
}

/**
 * The item of `next` (the framework of the year after the result) that `document` serves, or `undefined`
 * when that year's mapping is not known.
 *
 * @example itemServedBy("analysisAndMeasures", frameworkFor(2569)) // { fiscalYear: 2569, code: "O25", title: "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" }
 */
export function itemServedBy(
  document: keyof Omit<DocumentItems, "evidence">,
  next: Framework | undefined
): ServedItem | undefined {
  const code = next?.documentItems?.[document];
  if (!next || code === undefined) return undefined;
  return {
    fiscalYear: next.fiscalYear,
    code: printedItemCode(next, code),
    title: oitItemOf(next, code)?.nameTh ?? "",
  };
}
