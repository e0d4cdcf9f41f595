import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useSelectionPreviewStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  subheading: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
  },
  line: {
    margin: 0,
    overflowWrap: "anywhere",
  },
  emphasis: {
    fontWeight: tokens.fontWeightSemibold,
  },
  table: {
    // Columns size to their content so the indicator names, not the numbers, take the wrapping.
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  cell: {
    // "break-word", not "anywhere": it wraps a long word only when it must, so the column keeps room for
    // whole Thai words instead of shrinking to a letter.
    overflowWrap: "break-word",
    textAlign: "start",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "normal",
    overflowWrap: "break-word",
  },
  number: {
    textAlign: "end",
    whiteSpace: "nowrap",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  invalid: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "normal",
  },
});
