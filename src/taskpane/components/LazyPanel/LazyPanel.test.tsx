/** @jest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { forwardRef } from "react";
import { createRoot } from "react-dom/client";
import type { PaneLanguage } from "../../strings";
import { renderInPane } from "../../testing/renderInPane";
import { lazyPanel, panelLoadStrings } from "./LazyPanel";

interface GreetingProps {
  language: PaneLanguage;
  name: string;
}

const Greeting = forwardRef<HTMLHeadingElement, GreetingProps>(function Greeting({ name }, ref) {
  return (
    <h2 ref={ref} tabIndex={-1}>
      สวัสดี {name}
    </h2>
  );
});

/** A chunk that arrives when the test says so, or fails. */
function controlledChunk() {
  const attempts: { resolve(): void; reject(error: Error): void }[] = [];
  const load = () =>
    new Promise<typeof Greeting>((resolve, reject) => {
      attempts.push({ resolve: () => resolve(Greeting), reject });
    });
  return { load, attempts };
}

describe("lazyPanel", () => {
  it("says what is loading, as a labelled progress indicator, until the panel's code is in", async () => {
    const chunk = controlledChunk();
    const Panel = lazyPanel(chunk.load);
    renderInPane(<Panel language="th" name="อบต." />);

    expect(screen.getByRole("progressbar", { name: panelLoadStrings.th.loading })).toBeTruthy();
    await act(async () => chunk.attempts[0]?.resolve());
    expect(screen.getByRole("heading", { name: "สวัสดี อบต." })).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows the panel when its code arrives after the spinner was drawn but before the pane's effects ran", async () => {
    const chunk = controlledChunk();
    const Panel = lazyPanel(chunk.load);
    const ready = Panel.preload();
    const container = document.createElement("div");
    document.body.append(container);
    const root = createRoot(container);
    // Outside act(), as in the browser: React paints the spinner and runs its effects later, in a task of
    // its own; the chunk's promise settles first, in a microtask.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const previous = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      // The chunk arrives the moment the spinner is in the page, before React's effects have run.
      let arrived = false;
      const observer = new MutationObserver(() => {
        if (!arrived && container.textContent?.includes(panelLoadStrings.th.loading)) {
          arrived = true;
          chunk.attempts[0]?.resolve();
        }
      });
      observer.observe(container, { childList: true, subtree: true, characterData: true });
      root.render(<Panel language="th" name="อบต." />);
      await ready;
      observer.disconnect();
      expect(arrived).toBe(true);
      await waitFor(() => expect(container.textContent).toContain("สวัสดี อบต."), { timeout: 2000 });
    } finally {
      root.unmount();
      container.remove();
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = previous;
    }
  });

  it("renders at once, with its ref, once the code was loaded", async () => {
    const chunk = controlledChunk();
    const Panel = lazyPanel(chunk.load);
    const ready = Panel.preload();
    chunk.attempts[0]?.resolve();
    await ready;
    const ref = { current: null as HTMLHeadingElement | null };
    renderInPane(<Panel ref={ref} language="th" name="เทศบาล" />);

    expect(screen.getByRole("heading", { name: "สวัสดี เทศบาล" })).toBe(ref.current);
    expect(chunk.attempts).toHaveLength(1);
  });

  it("fetches the code once however many times the panel is shown", async () => {
    const chunk = controlledChunk();
    const Panel = lazyPanel(chunk.load);
    renderInPane(
      <>
        <Panel language="th" name="หนึ่ง" />
        <Panel language="th" name="สอง" />
      </>
    );
    await act(async () => chunk.attempts[0]?.resolve());

    expect(chunk.attempts).toHaveLength(1);
    expect(screen.getAllByRole("heading")).toHaveLength(2);
  });

  it("says in Thai and English that the code could not be fetched, and fetches it again on retry", async () => {
    const user = userEvent.setup();
    const chunk = controlledChunk();
    const Panel = lazyPanel(chunk.load);
    renderInPane(<Panel language="en" name="Agency" />);

    await act(async () => chunk.attempts[0]?.reject(new Error("Loading chunk 12 failed.")));
    expect(screen.getByText(panelLoadStrings.th.failedTitle)).toBeTruthy();
    expect(screen.getByText(panelLoadStrings.en.failedTitle)).toBeTruthy();
    expect(screen.getByText(panelLoadStrings.en.failedBody)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: new RegExp(panelLoadStrings.th.retry) }));
    expect(chunk.attempts).toHaveLength(2);
    expect(screen.getByRole("progressbar", { name: new RegExp(panelLoadStrings.th.loading) })).toBeTruthy();

    await act(async () => chunk.attempts[1]?.resolve());
    expect(screen.getByRole("heading", { name: "สวัสดี Agency" })).toBeTruthy();
  });

  it("shows the panel in every place it failed once a retry in one of them brought the code in", async () => {
    const user = userEvent.setup();
    const chunk = controlledChunk();
    const Panel = lazyPanel(chunk.load);
    renderInPane(
      <>
        <Panel language="th" name="หนึ่ง" />
        <Panel language="th" name="สอง" />
      </>
    );
    await act(async () => chunk.attempts[0]?.reject(new Error("offline")));
    const retries = screen.getAllByRole("button", { name: new RegExp(panelLoadStrings.th.retry) });
    expect(retries).toHaveLength(2);

    await user.click(retries[0] as HTMLElement);
    await act(async () => chunk.attempts[1]?.resolve());
    expect(screen.getAllByRole("heading").map((heading) => heading.textContent)).toEqual([
      "สวัสดี หนึ่ง",
      "สวัสดี สอง",
    ]);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("replaces its failure message with the panel when a preload brings the code in later", async () => {
    const chunk = controlledChunk();
    const Panel = lazyPanel(chunk.load);
    renderInPane(<Panel language="th" name="อำเภอ" />);
    await act(async () => chunk.attempts[0]?.reject(new Error("offline")));
    expect(screen.getByText(panelLoadStrings.th.failedTitle)).toBeTruthy();

    const ready = Panel.preload();
    await act(async () => {
      chunk.attempts[1]?.resolve();
      await ready;
    });
    expect(screen.getByRole("heading", { name: "สวัสดี อำเภอ" })).toBeTruthy();
  });

  it("lets preload fail without showing anything, and tries again when the panel is shown", async () => {
    const chunk = controlledChunk();
    const Panel = lazyPanel(chunk.load);
    const failed = Panel.preload();
    chunk.attempts[0]?.reject(new Error("offline"));
    await expect(failed).rejects.toThrow("offline");

    renderInPane(<Panel language="th" name="อำเภอ" />);
    expect(chunk.attempts).toHaveLength(2);
    await act(async () => chunk.attempts[1]?.resolve());
    expect(screen.getByRole("heading", { name: "สวัสดี อำเภอ" })).toBeTruthy();
  });
});
