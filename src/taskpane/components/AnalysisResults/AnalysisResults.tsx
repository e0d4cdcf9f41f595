import {
  Badge,
  Body1,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  useId,
} from "@fluentui/react-components";
import { forwardRef } from "react";
import { frameworkFor, TOOL_IDS, type FrameworkNotes, type ResultJson } from "../../../core";
import type { PaneAnalysis } from "../../hooks/usePaneState";
import { changeDirection, formatChange, formatScore, ratingTone } from "../../format";
import { paneTextsFor, type PaneLanguage, type PaneTexts } from "../../strings";
import { Bilingual, English } from "../Bilingual/Bilingual";
import { TableScroller } from "../TableScroller/TableScroller";
import { useAnalysisResultsStyles } from "./AnalysisResults.styles";

export interface AnalysisResultsProps {
  language: PaneLanguage;
  analysis: PaneAnalysis;
}

// ITA.md §1: an agency, and a tool, passes at 85.00 or more; the framework of the year says so as data.
const DEFAULT_PASS_MARK = 85;

/**
 * Said once, under the results: which parts of the year's framework are unconfirmed and how to correct
 * them, and which OIT item of the next assessment the report will serve (nothing when not known).
 */
function FrameworkNotice({ language, notes }: { language: PaneLanguage; notes: FrameworkNotes }) {
  const styles = useAnalysisResultsStyles();
  const { th, en } = paneTextsFor(language);
  const thParts = notes.unconfirmed.map((part) => part.th).join(", ");
  const enParts = notes.unconfirmed.map((part) => part.en).join(", ");
  const served = notes.servedItem;
  if (notes.unconfirmed.length === 0 && !served) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          <Bilingual th={th.frameworkNoticeTitle} en={en?.frameworkNoticeTitle} />
        </MessageBarTitle>
        {notes.unconfirmed.length > 0 && (
          <p className={styles.noticeLine}>
            <Bilingual
              th={th.unconfirmedNotice(notes.fiscalYear, thParts, notes.basedOn)}
              en={en?.unconfirmedNotice(notes.fiscalYear, enParts, notes.basedOn)}
            />
          </p>
        )}
        {served && (
          <p className={styles.noticeLine}>
            <Bilingual
              th={th.servedItemNotice(served.fiscalYear, served.code, served.title)}
              en={en?.servedItemNotice(served.fiscalYear, served.code, served.title)}
            />
          </p>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Step 4's results: total and rating, pass, the three tools, the ten indicators and what is weakest. */
export const AnalysisResults = forwardRef<HTMLHeadingElement, AnalysisResultsProps>(function AnalysisResults(
  { language, analysis },
  headingRef
) {
  const styles = useAnalysisResultsStyles();
  const texts = paneTextsFor(language);
  const { th, en } = texts;
  const { outcome, requestedMode } = analysis;
  const { result, weakest, outputAddress } = outcome;
  const framework = frameworkFor(result.fiscalYear);
  const passMark = framework?.passMark ?? DEFAULT_PASS_MARK;
  const headingId = useId("results-heading");
  const toolsId = useId("tools-heading");
  const indicatorsId = useId("indicators-heading");
  const weakestId = useId("weakest-heading");
  const indicatorByNumber = new Map(result.indicators.map((indicator) => [indicator.number, indicator]));

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading} ref={headingRef} tabIndex={-1}>
        <Bilingual th={th.resultsHeading(result.fiscalYear)} en={en?.resultsHeading(result.fiscalYear)} />
      </h2>
      {result.agency !== null && (
        <Body1 as="p" className={styles.line}>
          {result.agency}
        </Body1>
      )}
      <Body1 as="p" className={mergeClasses(styles.line, styles.muted)}>
        {outcome.mode === "formulas" ? (
          <Bilingual th={th.writtenAsFormulas(outputAddress)} en={en?.writtenAsFormulas(outputAddress)} />
        ) : (
          <Bilingual th={th.writtenAsValues(outputAddress)} en={en?.writtenAsValues(outputAddress)} />
        )}
      </Body1>
      <FrameworkNotice language={language} notes={outcome.framework} />
      {requestedMode === "formulas" && outcome.mode === "values" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual th={th.valuesFallbackTitle} en={en?.valuesFallbackTitle} />
            </MessageBarTitle>
            <p className={styles.noticeLine}>
              <Bilingual th={th.valuesFallback} en={en?.valuesFallback} />
            </p>
          </MessageBarBody>
        </MessageBar>
      )}

      <dl className={styles.summary}>
        <div className={styles.figure}>
          <dt className={styles.term}>
            <Bilingual th={th.totalLabel} en={en?.totalLabel} />
          </dt>
          <dd className={mergeClasses(styles.value, styles.total)}>{formatScore(result.total)}</dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.term}>
            <Bilingual th={th.ratingLabel} en={en?.ratingLabel} />
          </dt>
          <dd className={styles.value}>
            <Badge size="extra-large" appearance="filled" color={ratingTone(result.grade)}>
              {result.grade}
            </Badge>
            {en !== undefined && result.gradeEn !== result.grade && <English>{result.gradeEn}</English>}
          </dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.term}>
            <Bilingual th={th.passMark(formatScore(passMark))} en={en?.passMark(formatScore(passMark))} />
          </dt>
          <dd className={styles.value}>
            <PassBadge passed={result.passed} texts={texts} />
          </dd>
        </div>
      </dl>

      <Subtitle2 as="h3" id={toolsId} className={styles.subheading}>
        <Bilingual th={th.toolsHeading} en={en?.toolsHeading} />
      </Subtitle2>
      <ul className={styles.tools} aria-labelledby={toolsId}>
        {TOOL_IDS.map((toolId) => {
          const tool = framework?.tools.find((candidate) => candidate.id === toolId);
          const score = result.tools[toolId];
          return (
            <li key={toolId} className={styles.tool}>
              <span className={styles.toolName}>
                <strong>{toolId}</strong> {tool?.nameTh}
                {en !== undefined && tool !== undefined && <English>{tool.nameEn}</English>}
              </span>
              <span className={styles.toolScore}>
                {formatScore(score)}
                <PassBadge passed={score >= passMark} texts={texts} />
              </span>
            </li>
          );
        })}
      </ul>

      <Subtitle2 as="h3" id={indicatorsId} className={styles.subheading}>
        <Bilingual th={th.indicatorsHeading} en={en?.indicatorsHeading} />
      </Subtitle2>
      <IndicatorTable result={result} texts={texts} labelledBy={indicatorsId} />

      {weakest.length > 0 && (
        <>
          <Subtitle2 as="h3" id={weakestId} className={styles.subheading}>
            <Bilingual th={th.weakestHeading} en={en?.weakestHeading} />
          </Subtitle2>
          <Body1 as="p" className={mergeClasses(styles.line, styles.muted)}>
            <Bilingual th={th.weakestIntro} en={en?.weakestIntro} />
          </Body1>
          <ol className={styles.weakest} aria-labelledby={weakestId}>
            {weakest.map((weak) => (
              <li key={weak.number}>
                <Body1>
                  <strong>{weak.tool}</strong> · {th.indicatorNumber(weak.number)} {weak.nameTh} —{" "}
                  <strong>{formatScore(weak.score)}</strong>
                  {en !== undefined && (
                    <English>
                      {en.indicatorNumber(weak.number)} {indicatorByNumber.get(weak.number)?.nameEn}
                    </English>
                  )}
                </Body1>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
});

function PassBadge({ passed, texts }: { passed: boolean; texts: PaneTexts }) {
  const th = passed ? texts.th.passed : texts.th.notPassed;
  const en = texts.en && (passed ? texts.en.passed : texts.en.notPassed);
  return (
    <Badge appearance="tint" color={passed ? "success" : "danger"}>
      {en === undefined ? th : `${th} · ${en}`}
    </Badge>
  );
}

interface IndicatorTableProps {
  result: ResultJson;
  texts: PaneTexts;
  labelledBy: string;
}

function IndicatorTable({ result, texts, labelledBy }: IndicatorTableProps) {
  const styles = useAnalysisResultsStyles();
  const { th, en } = texts;
  const previousYear = result.previous?.fiscalYear;
  const byRank = [...result.indicators].sort((a, b) => a.rank - b.rank);

  return (
    <TableScroller labelledBy={labelledBy}>
      <table className={styles.table} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.number, styles.header)}>
              <Bilingual th={th.rankColumn} en={en?.rankColumn} />
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.header)}>
              <Bilingual th={th.indicatorColumn} en={en?.indicatorColumn} />
            </th>
            {previousYear !== undefined && (
              <th scope="col" className={mergeClasses(styles.number, styles.header)}>
                <Bilingual th={th.yearColumn(previousYear)} en={en?.yearColumn(previousYear)} />
              </th>
            )}
            <th scope="col" className={mergeClasses(styles.number, styles.header)}>
              <Bilingual th={th.yearColumn(result.fiscalYear)} en={en?.yearColumn(result.fiscalYear)} />
            </th>
            {previousYear !== undefined && (
              <th scope="col" className={mergeClasses(styles.number, styles.header)}>
                <Bilingual th={th.changeColumn} en={en?.changeColumn} />
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {byRank.map((indicator) => (
            <tr key={indicator.number}>
              <td className={styles.number}>{indicator.rank}</td>
              <td className={styles.cell}>
                <Bilingual
                  th={`${indicator.number} ${indicator.name}`}
                  en={en && indicator.nameEn}
                  layout="inline"
                />
              </td>
              {previousYear !== undefined && (
                <td className={styles.number}>
                  {indicator.previous === null ? "—" : formatScore(indicator.previous)}
                </td>
              )}
              <td className={styles.number}>{formatScore(indicator.score)}</td>
              {previousYear !== undefined && (
                <td className={mergeClasses(styles.number, styles.change)}>
                  {indicator.delta === null ? "—" : <Change delta={indicator.delta} texts={texts} />}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

const CHANGE_MARK = { up: "▲", down: "▼", unchanged: "" } as const;

function Change({ delta, texts }: { delta: number; texts: PaneTexts }) {
  const styles = useAnalysisResultsStyles();
  const direction = changeDirection(delta);
  const spoken = texts.en ? `${texts.th[direction]} (${texts.en[direction]})` : texts.th[direction];
  return (
    <span className={styles[direction]}>
      {direction !== "unchanged" && <span aria-hidden="true">{CHANGE_MARK[direction]} </span>}
      <span className={styles.figureText}>{formatChange(delta)}</span>
      <span className={styles.visuallyHidden}> {spoken}</span>
    </span>
  );
}
