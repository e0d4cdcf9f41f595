import { makeStyles, tokens } from "@fluentui/react-components";

export const useTableScrollerStyles = makeStyles({
  root: {
    maxWidth: "100%",
    overflowX: "auto",
    // The containing block of the table's visually hidden texts (position: absolute): without it they sit
    // outside the scroll box, at the table's far edge, and widen the page.
    position: "relative",
  },
  focusable: {
    // Inside the box: the scroll box would clip an outline drawn outside it.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
});
