import type { ReactNode } from "react";
import { useBilingualStyles } from "./Bilingual.styles";

export interface BilingualProps {
  th: string;
  /** The English line, shown under the Thai one; omitted for a Thai Office. */
  en?: string;
  /** "inline": the Thai text flows with its surroundings; "stacked": each language on its own line. */
  layout?: "inline" | "stacked";
}

/** A text in Thai, then in English when the pane speaks both. */
export function Bilingual({ th, en, layout = "stacked" }: BilingualProps) {
  const styles = useBilingualStyles();
  if (en === undefined) return <>{th}</>;
  return (
    <>
      {layout === "stacked" ? <span className={styles.thai}>{th}</span> : th}
      <English>{en}</English>
    </>
  );
}

/** The English line under a Thai text whose Thai part is already on the page. */
export function English({ children }: { children: ReactNode }) {
  const styles = useBilingualStyles();
  return (
    <span lang="en" className={styles.english}>
      {children}
    </span>
  );
}
