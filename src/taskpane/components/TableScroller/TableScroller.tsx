import { mergeClasses } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { useTableScrollerStyles } from "./TableScroller.styles";

export interface TableScrollerProps {
  /** The id of the table's heading or caption: the scroll region is named like its table. */
  labelledBy: string;
  children: ReactNode;
}

/**
 * A data table's own scroll box. However far the pane is zoomed (a 320 px pane at 200 % is 160 CSS px) or
 * its text spaced, a table wider than the pane scrolls here and the page never scrolls sideways (WCAG
 * 1.4.10, 1.4.12). While the table overflows, the box is a focusable region named like the table, so the
 * keyboard can scroll it too (WCAG 2.1.1); otherwise it is no tab stop at all.
 */
export function TableScroller({ labelledBy, children }: TableScrollerProps) {
  const styles = useTableScrollerStyles();
  const box = useRef<HTMLDivElement>(null);
  const overflowing = useOverflowing(box);

  return (
    <div
      ref={box}
      className={mergeClasses(styles.root, overflowing && styles.focusable)}
      {...(overflowing ? { role: "region", "aria-labelledby": labelledBy, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}

/** Whether the box's content is wider than the box, followed as either changes size. */
function useOverflowing(box: RefObject<HTMLElement>): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (element === null || typeof ResizeObserver === "undefined") return undefined;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    measure();
    return () => observer.disconnect();
  }, [box]);
  return overflowing;
}
