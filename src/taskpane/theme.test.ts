import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { paneThemeNameFor, paneThemes, thaiFontFamily } from "./theme";

describe("paneThemeNameFor", () => {
  it("follows Office's own word on a dark theme when it gives one", () => {
    expect(paneThemeNameFor({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe("dark");
    expect(paneThemeNameFor({ isDarkTheme: false, bodyBackgroundColor: "#262626" })).toBe("light");
  });

  it.each([
    ["Black", "#262626", "dark"],
    ["Dark Gray", "#6A6A6A", "dark"],
    ["Colorful", "#E6E6E6", "light"],
    ["White", "#FFFFFF", "light"],
  ])(
    "reads Office's %s theme (body %s) as %s from its colour where Office leaves out isDarkTheme",
    (_, body, name) => {
      expect(paneThemeNameFor({ bodyBackgroundColor: body })).toBe(name);
    }
  );

  it("stays light when Office gives no theme or a colour it cannot read", () => {
    expect(paneThemeNameFor(undefined)).toBe("light");
    expect(paneThemeNameFor({})).toBe("light");
    expect(paneThemeNameFor({ bodyBackgroundColor: "black" })).toBe("light");
  });
});

describe("paneThemes", () => {
  it("are Fluent's web light and dark themes, with the Thai fonts", () => {
    expect(paneThemes.light.colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
    expect(paneThemes.dark.colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
    expect(paneThemes.dark.fontFamilyBase).toBe(thaiFontFamily);
  });
});
