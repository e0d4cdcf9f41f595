import { AriaLiveAnnouncer, FluentProvider } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { paneThemes, type PaneThemeName } from "../theme";

/** Renders a pane component inside the pane's Fluent theme and live announcer, as index.tsx does. */
export function renderInPane(element: ReactElement, theme: PaneThemeName = "light"): RenderResult {
  return render(
    <FluentProvider theme={paneThemes[theme]}>
      <AriaLiveAnnouncer>{element}</AriaLiveAnnouncer>
    </FluentProvider>
  );
}

/**
 * What Fluent's live announcer says, in order: `document.ariaNotify` stands in for the browser's (jsdom
 * has neither it nor `innerText`, which the announcer's own live region needs). Call before rendering.
 */
export function listenToAnnouncements(): { readonly messages: string[]; stop(): void } {
  const messages: string[] = [];
  const target = document as Document & { ariaNotify?: (message: string) => void };
  target.ariaNotify = (message: string) => void messages.push(message);
  return {
    messages,
    stop: () => delete target.ariaNotify,
  };
}
