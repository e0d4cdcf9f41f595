import { makeStyles, tokens } from "@fluentui/react-components";
import { latinFontFamily } from "../../theme";

export const useBilingualStyles = makeStyles({
  english: {
    display: "block",
    fontFamily: latinFontFamily,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  thai: {
    display: "block",
  },
});
