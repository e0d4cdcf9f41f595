import { useCallback, useState } from "react";
import type { AgenciesOutcome, ExcelActions } from "../../../excel/actions";
import type { ValidationIssue } from "../../../core";

/**
 * Where the "many agencies" action stands: idle, writing (with progress: the number of agencies is
 * unknown until the table is read), done, or refused.
 */
export type AgenciesState =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly progress?: { readonly done: number; readonly total: number } }
  | { readonly kind: "done"; readonly outcome: AgenciesOutcome }
  | { readonly kind: "refused"; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: "failed"; readonly reason: string };

/** Runs analyzeAgencies on the selection and follows its progress. */
export function useAgenciesBatch(actions: Pick<ExcelActions, "analyzeAgencies">) {
  const [state, setState] = useState<AgenciesState>({ kind: "idle" });
  const start = useCallback(() => {
    setState({ kind: "working" });
    actions
      .analyzeAgencies({
        onProgress: (done, total) => setState({ kind: "working", progress: { done, total } }),
      })
      .then(
        (outcome) =>
          setState(
            outcome.ok
              ? { kind: "done", outcome: outcome.value }
              : { kind: "refused", issues: outcome.issues }
          ),
        (error: unknown) =>
          setState({ kind: "failed", reason: error instanceof Error ? error.message : String(error) })
      );
  }, [actions]);
  return [state, start] as const;
}
