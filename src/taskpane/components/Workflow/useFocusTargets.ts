import { useEffect, useMemo, useRef } from "react";
import type { PaneFocus } from "../../hooks/usePaneState";

type FocusTarget = PaneFocus["target"];

const FOCUS_TARGETS: readonly FocusTarget[] = ["start", "found", "source", "results", "report", "trouble"];

/**
 * Moves focus where the pane asks (`state.focus`), also when the element is not on the page yet: the
 * results and the report's outcome sit in panels whose code may still be loading when Analyze ends, so the
 * request waits and is carried out the moment that element mounts.
 *
 * @returns one stable callback ref per target, to give to the element that takes focus.
 */
export function useFocusTargets(
  focus: PaneFocus | undefined
): Readonly<Record<FocusTarget, (element: HTMLElement | null) => void>> {
  const elements = useRef<Partial<Record<FocusTarget, HTMLElement>>>({});
  const waiting = useRef<FocusTarget | undefined>(undefined);

  const refs = useMemo(() => {
    const refFor = (target: FocusTarget) => (element: HTMLElement | null) => {
      if (element === null) {
        delete elements.current[target];
        return;
      }
      elements.current[target] = element;
      if (waiting.current === target) {
        waiting.current = undefined;
        element.focus();
      }
    };
    return Object.fromEntries(FOCUS_TARGETS.map((target) => [target, refFor(target)])) as Record<
      FocusTarget,
      (element: HTMLElement | null) => void
    >;
  }, []);

  useEffect(() => {
    if (focus === undefined) return;
    const element = elements.current[focus.target];
    waiting.current = element === undefined ? focus.target : undefined;
    element?.focus();
  }, [focus]);

  return refs;
}
