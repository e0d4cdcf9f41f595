import { BUILT_IN_FRAMEWORKS } from "../../src/core/frameworks/registry";
import { LATEST_FISCAL_YEAR, SUPPORTED_FISCAL_YEARS } from "../../src/core/frameworks/years";

describe("the list of supported years (years.ts) and the built-in frameworks", () => {
  it("names exactly the years of the registry's frameworks, oldest first", () => {
    expect(SUPPORTED_FISCAL_YEARS).toEqual(BUILT_IN_FRAMEWORKS.map((framework) => framework.fiscalYear));
    expect([...SUPPORTED_FISCAL_YEARS].sort((a, b) => a - b)).toEqual(SUPPORTED_FISCAL_YEARS);
  });

  it("takes the newest built-in framework as the latest year", () => {
    expect(LATEST_FISCAL_YEAR).toBe(
      Math.max(...BUILT_IN_FRAMEWORKS.map((framework) => framework.fiscalYear))
    );
  });
});
