// The task pane's Thai and English texts, one file per area of the pane; this file puts the areas
// together into the one PaneStrings every component reads, so components import only "../../strings".
import { advancedSettingsStrings, type AdvancedSettingsStrings } from "./advancedSettings";
import { analysisResultsStrings, type AnalysisResultsStrings } from "./analysisResults";
import { foundScoresStrings, type FoundScoresStrings } from "./foundScores";
import type { PaneLanguage } from "./language";
import { manyAgenciesStrings, type ManyAgenciesStrings } from "./manyAgencies";
import { paneHeaderStrings, type PaneHeaderStrings } from "./paneHeader";
import { reportStrings, type ReportStrings } from "./report";
import { scoreInputStrings, type ScoreInputStrings } from "./scoreInput";
import { startFormStrings, type StartFormStrings } from "./startForm";
import { workStatusStrings, type WorkStatusStrings } from "./workStatus";

export { paneLanguageFor, type PaneLanguage } from "./language";
export { paneTitle } from "./paneHeader";

/** Every text of the pane in one language, whatever area it belongs to. */
export interface PaneStrings
  extends
    PaneHeaderStrings,
    StartFormStrings,
    ScoreInputStrings,
    FoundScoresStrings,
    WorkStatusStrings,
    AnalysisResultsStrings,
    ReportStrings,
    ManyAgenciesStrings,
    AdvancedSettingsStrings {}

function paneStringsIn(language: PaneLanguage): PaneStrings {
  return {
    ...paneHeaderStrings[language],
    ...startFormStrings[language],
    ...scoreInputStrings[language],
    ...foundScoresStrings[language],
    ...workStatusStrings[language],
    ...analysisResultsStrings[language],
    ...reportStrings[language],
    ...manyAgenciesStrings[language],
    ...advancedSettingsStrings[language],
  };
}

export const paneStrings: Readonly<Record<PaneLanguage, PaneStrings>> = {
  th: paneStringsIn("th"),
  en: paneStringsIn("en"),
};

/** The texts a component shows: always Thai, English too when the pane speaks English. */
export interface PaneTexts {
  readonly th: PaneStrings;
  readonly en?: PaneStrings;
}

export function paneTextsFor(language: PaneLanguage): PaneTexts {
  return language === "en" ? { th: paneStrings.th, en: paneStrings.en } : { th: paneStrings.th };
}
