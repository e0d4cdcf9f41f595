import { WORKFLOW_PANELS } from "../components/Workflow/panels";

/**
 * Loads every lazily fetched panel, so that a test renders the pane as it is once its chunks are in (each
 * panel then renders at once, as in the browser after its first use). The loading and failure states have
 * their own tests (LazyPanel.test.tsx).
 */
export async function preloadPanels(): Promise<void> {
  await Promise.all(WORKFLOW_PANELS.map((panel) => panel.preload()));
}
