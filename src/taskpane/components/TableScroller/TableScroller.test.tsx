/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { renderInPane } from "../../testing/renderInPane";
import { TableScroller } from "./TableScroller";

/** jsdom lays nothing out: the box's widths and ResizeObserver are played by the test. */
function layOut(box: { scrollWidth: number; clientWidth: number }) {
  const observers: (() => void)[] = [];
  const original = globalThis.ResizeObserver;
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: () => void) {
      observers.push(() => this.callback());
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  jest.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockImplementation(() => box.scrollWidth);
  jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(() => box.clientWidth);
  return {
    resize(next: { scrollWidth: number; clientWidth: number }) {
      Object.assign(box, next);
      act(() => observers.forEach((notify) => notify()));
    },
    restore() {
      globalThis.ResizeObserver = original;
      jest.restoreAllMocks();
    },
  };
}

function renderTable() {
  renderInPane(
    <>
      <h3 id="scores">คะแนนรายตัวชี้วัด</h3>
      <TableScroller labelledBy="scores">
        <table aria-labelledby="scores">
          <tbody>
            <tr>
              <td>91.96</td>
            </tr>
          </tbody>
        </table>
      </TableScroller>
    </>
  );
}

describe("TableScroller", () => {
  it("is no tab stop and no landmark while its table fits", () => {
    const layout = layOut({ scrollWidth: 288, clientWidth: 288 });
    try {
      renderTable();
      expect(screen.queryByRole("region")).toBeNull();
      expect(screen.getByRole("table", { name: "คะแนนรายตัวชี้วัด" })).toBeTruthy();
    } finally {
      layout.restore();
    }
  });

  it("becomes a focusable region named like its table once the table is wider than the pane (200 % zoom)", () => {
    const layout = layOut({ scrollWidth: 288, clientWidth: 288 });
    try {
      renderTable();
      layout.resize({ scrollWidth: 304, clientWidth: 128 });
      const region = screen.getByRole("region", { name: "คะแนนรายตัวชี้วัด" });
      expect(region.tabIndex).toBe(0);
      layout.resize({ scrollWidth: 288, clientWidth: 288 });
      expect(screen.queryByRole("region")).toBeNull();
    } finally {
      layout.restore();
    }
  });
});
