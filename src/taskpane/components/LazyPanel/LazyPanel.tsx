import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import {
  createElement,
  forwardRef,
  useEffect,
  useState,
  type ComponentType,
  type ReactNode,
  type Ref,
} from "react";
import type { PaneLanguage } from "../../strings";
import { Bilingual } from "../Bilingual/Bilingual";
import { useLazyPanelStyles } from "./LazyPanel.styles";

/** What a panel shows while its code loads, or when it could not be loaded. */
export interface PanelLoadStrings {
  loading: string;
  failedTitle: string;
  failedBody: string;
  retry: string;
}

export const panelLoadStrings: Readonly<Record<PaneLanguage, PanelLoadStrings>> = {
  th: {
    loading: "กำลังโหลดส่วนนี้ของแผงงาน…",
    failedTitle: "โหลดส่วนนี้ของแผงงานไม่สำเร็จ",
    failedBody:
      "โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วกดปุ่มลองอีกครั้ง หากยังไม่ได้ ให้ปิดแผงงานแล้วเปิดใหม่ (ส่วนเสริมอาจเพิ่งได้รับการปรับรุ่น) ข้อมูลในสมุดงานไม่ได้รับผลกระทบ",
    retry: "ลองอีกครั้ง",
  },
  en: {
    loading: "Loading this part of the pane…",
    failedTitle: "This part of the pane could not be loaded",
    failedBody:
      "Check the internet connection, then choose Try again. If it still fails, close the pane and open it again (the add-in may just have been updated). The workbook was not changed.",
    retry: "Try again",
  },
};

/** A panel whose code is fetched on first use; `preload` fetches it before it is shown. */
export type LazyPanel<T> = T & {
  /** Starts loading the panel's code (once); resolves when it is ready, rejects when the load failed. */
  preload(): Promise<void>;
};

type AnyProps = Readonly<Record<string, unknown>>;

/**
 * A panel that is not part of the start view: its code comes in its own chunk, fetched the first time the
 * panel is rendered (or `preload`ed), so the pane's first render does not wait for it. Once loaded, every
 * later render is synchronous; until then the panel says it is loading (a labelled spinner), and if the
 * chunk cannot be fetched (offline, a proxy) it says so in Thai and English with a button to try again,
 * never a blank space. Unlike `React.lazy`, a failed load can be retried: webpack forgets a chunk whose
 * script failed, so calling `load` again fetches it again.
 *
 * @example
 * const ReportPanel = lazyPanel(() => import("../ReportPanel/ReportPanel").then((m) => m.ReportPanel));
 */
export function lazyPanel<T extends (props: never) => ReactNode>(load: () => Promise<T>): LazyPanel<T> {
  let loaded: ComponentType<AnyProps> | undefined;
  let pending: Promise<void> | undefined;
  // The shown instances still waiting for the code, told when it arrives: one that had given up (its
  // failure message up) shows the panel as soon as a retry elsewhere, or a preload, brought the code in.
  const waiting = new Set<() => void>();

  const preload = (): Promise<void> => {
    if (loaded !== undefined) return Promise.resolve();
    pending ??= load().then(
      (component) => {
        // Only the props' type is forgotten here: the panel is rendered with the props it was given.
        loaded = component as unknown as ComponentType<AnyProps>;
        for (const show of waiting) show();
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      }
    );
    return pending;
  };

  const Panel = forwardRef<unknown, AnyProps>(function LazyPanel(props, ref) {
    const [attempt, setAttempt] = useState<"loading" | "failed">("loading");
    const [, setLoaded] = useState(false);
    // Every panel of the pane takes the pane's language; Thai when a panel had none.
    const language: PaneLanguage = props["language"] === "en" ? "en" : "th";

    // Whether this render showed the panel itself. Until it does, the first effect fetches the code (again
    // when the officer retries after a failure), and the second shows the panel once the code is in, by
    // whatever route it came: this fetch, a retry in another place, a preload.
    const showing = loaded !== undefined;
    useEffect(() => {
      if (showing || attempt === "failed") return;
      let current = true;
      preload().then(
        () => current && setLoaded(true),
        () => current && setAttempt("failed")
      );
      return () => {
        current = false;
      };
    }, [attempt, showing]);

    useEffect(() => {
      if (showing) return;
      const show = () => setLoaded(true);
      // The code may have come in between this render and this effect (effects wait for the paint):
      // nothing would tell us again, so look now.
      if (loaded !== undefined) show();
      else waiting.add(show);
      return () => {
        waiting.delete(show);
      };
    }, [showing]);

    if (loaded !== undefined) return createElement(loaded, { ...props, ref: ref as Ref<unknown> });
    return attempt === "failed" ? (
      <PanelLoadFailure language={language} onRetry={() => setAttempt("loading")} />
    ) : (
      <PanelLoading language={language} />
    );
  });

  // The wrapper takes exactly the wrapped panel's props and ref, which TypeScript cannot see through
  // forwardRef's generic; hence one cast here rather than one at every use.
  return Object.assign(Panel, { preload }) as unknown as LazyPanel<T>;
}

/** A labelled spinner: a screen reader hears what is loading, not a bare "busy". */
export function PanelLoading({ language }: { language: PaneLanguage }) {
  const styles = useLazyPanelStyles();
  const th = panelLoadStrings.th;
  const en = language === "en" ? panelLoadStrings.en : undefined;
  return (
    <Spinner
      className={styles.loading}
      size="tiny"
      labelPosition="after"
      label={<Bilingual th={th.loading} en={en?.loading} layout="inline" />}
    />
  );
}

/** The panel's code could not be fetched: why, in the pane's languages, and a way to try again. */
export function PanelLoadFailure({ language, onRetry }: { language: PaneLanguage; onRetry(): void }) {
  const styles = useLazyPanelStyles();
  const th = panelLoadStrings.th;
  const en = language === "en" ? panelLoadStrings.en : undefined;
  return (
    // Fluent's MessageBar announces an error assertively on its own; focus stays where the officer left it.
    <MessageBar intent="error" layout="multiline" className={styles.failure}>
      <MessageBarBody>
        <MessageBarTitle>
          <Bilingual th={th.failedTitle} en={en?.failedTitle} />
        </MessageBarTitle>
        <p className={styles.line}>
          <Bilingual th={th.failedBody} en={en?.failedBody} />
        </p>
        <Button className={styles.retry} onClick={onRetry}>
          <Bilingual th={th.retry} en={en?.retry} layout="inline" />
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
