import { FluentProvider } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { itaTheme } from "../theme";

/** Renders a pane component inside the pane's Fluent theme, as index.tsx does. */
export function renderInPane(element: ReactElement): RenderResult {
  return render(<FluentProvider theme={itaTheme}>{element}</FluentProvider>);
}
