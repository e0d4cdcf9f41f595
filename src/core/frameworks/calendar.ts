/**
 * The yearly calendar of the ITA (ITA.md §5): fiscal year N runs 1 ตุลาคม N-1 to 30 กันยายน N; the
 * assessment of year N, OIT checks included, runs from January to June of N; results come out in August.
 * Measures written for N+1 must have reported at least once before the OIT window of N+1 closes, since
 * the report on carrying them out is itself an OIT item (o43; O26 in 2569).
 */

/** Months (1–12) of the calendar year N in which the assessment of fiscal year N runs [working rule]. */
export const ASSESSMENT_WINDOW = { fromMonth: 1, toMonth: 6 } as const;
