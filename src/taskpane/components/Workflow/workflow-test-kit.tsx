// What the Workflow test files share: the pane rendered with fake Excel actions, the buttons the officer
// starts from, and a promise a test settles by hand to look at the pane while Excel is still working.
// The fakes themselves and the seeds come from ../../testing.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { FakeExcelActions } from "../../testing/fakeExcelActions";
import { renderInPane } from "../../testing/renderInPane";
import type { PaneLanguage } from "../../strings";
import { Workflow } from "./Workflow";

/** Renders the Workflow in the pane's theme and returns the user who clicks through it. */
export function renderWorkflow(actions: FakeExcelActions, language: PaneLanguage = "th") {
  const user = userEvent.setup();
  renderInPane(<Workflow language={language} actions={actions} />);
  return user;
}

export const insertButton = () => screen.getByRole("button", { name: /แทรกแผ่นงานกรอกคะแนน/ });
export const selectionButton = () => screen.getByRole("button", { name: /ใช้ช่วงที่เลือก/ });
export const analyzeButton = () => screen.getByRole("button", { name: /วิเคราะห์และเขียนผล/ });

/** Inserts the input sheet and analyzes it as it stands, the shortest way to an analysis. */
export async function analyzeInsertedSheet(actions: FakeExcelActions, language: PaneLanguage = "th") {
  const user = renderWorkflow(actions, language);
  await user.click(insertButton());
  await user.click(await screen.findByRole("button", { name: /วิเคราะห์และเขียนผล/ }));
  return user;
}

/** A promise with its resolve let out, so a test decides when Excel has finished. */
export function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
