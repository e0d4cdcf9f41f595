/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import type { PaneFocus } from "../../hooks/usePaneState";
import { useFocusTargets } from "./useFocusTargets";

function Pane({ focus, showResults }: { focus?: PaneFocus; showResults: boolean }) {
  const focusTarget = useFocusTargets(focus);
  return (
    <>
      <h2 ref={focusTarget.start} tabIndex={-1}>
        ข้อมูลการประเมิน
      </h2>
      {showResults && (
        <h2 ref={focusTarget.results} tabIndex={-1}>
          ผลการวิเคราะห์
        </h2>
      )}
    </>
  );
}

describe("useFocusTargets", () => {
  it("moves focus to the element asked for", () => {
    const { rerender } = render(<Pane showResults={true} />);
    rerender(<Pane showResults={true} focus={{ target: "results", serial: 1 }} />);
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "ผลการวิเคราะห์" }));
  });

  it("waits for an element that is not on the page yet, and focuses it when it mounts", () => {
    const { rerender } = render(<Pane showResults={false} focus={{ target: "results", serial: 1 }} />);
    expect(document.activeElement).toBe(document.body);
    rerender(<Pane showResults={true} focus={{ target: "results", serial: 1 }} />);
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "ผลการวิเคราะห์" }));
  });

  it("drops a waiting request when a later one is carried out", () => {
    const { rerender } = render(<Pane showResults={false} focus={{ target: "results", serial: 1 }} />);
    rerender(<Pane showResults={false} focus={{ target: "start", serial: 2 }} />);
    rerender(<Pane showResults={true} focus={{ target: "start", serial: 2 }} />);
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "ข้อมูลการประเมิน" }));
  });
});
