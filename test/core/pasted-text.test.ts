import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  exactToNumber,
  findScores,
  FoundScores,
  gridFromPastedText,
  pastedTextGrid,
  pastedTextLocation,
  pastedTextLocator,
} from "../../src/core";
import { frameworkFor } from "./helpers";
import { SEED_2564, SEED_2565 } from "../support/seed";

const fy2565 = frameworkFor(2565);

/** A fixture: the seed's text as an officer pastes it into a .txt file. */
const pasted = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "pasted", name), "utf8");

function scan(text: string): FoundScores {
  const result = findScores("pasted.txt", { row: 0, column: 0 }, gridFromPastedText(text), fy2565);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.messageEn).join("\n"));
  return result.value;
}

function byYear(found: FoundScores, year: number): (number | undefined)[] {
  return fy2565.indicators.map((indicator) => {
    const value = found.found
      .find((entry) => entry.indicator === indicator.number)
      ?.values.find((candidate) => candidate.year === year);
    return value ? exactToNumber(value.score) : undefined;
  });
}

describe("gridFromPastedText splits lines as a spreadsheet holds them", () => {
  it("splits tab-separated lines on the tabs, keeping empty cells between them", () => {
    expect(gridFromPastedText("ตัวชี้วัด\tคะแนน ๒๕๖๕\n\tการใช้อำนาจ\t\t๘๗.๕๓")).toEqual([
      ["ตัวชี้วัด", "คะแนน ๒๕๖๕"],
      ["", "การใช้อำนาจ", "", "๘๗.๕๓"],
    ]);
  });

  it("splits markdown rows on their pipes, drops the outer pipes and the separator rows", () => {
    expect(
      gridFromPastedText("| อันดับ | ตัวชี้วัด | คะแนน ๒๕๖๕ |\n|--------|:---:|---:|\n| ๖ | การใช้อำนาจ | ๘๗.๕๓ |")
    ).toEqual([
      ["อันดับ", "ตัวชี้วัด", "คะแนน ๒๕๖๕"],
      ["๖", "การใช้อำนาจ", "๘๗.๕๓"],
    ]);
  });

  it("keeps an escaped pipe and an empty last cell of a markdown row", () => {
    expect(gridFromPastedText("| a \\| b | |")).toEqual([["a | b", ""]]);
  });

  it("splits other lines where two or more spaces stand, and keeps Thai text's single spaces", () => {
    expect(gridFromPastedText("  ตัวชี้วัดที่ ๓ การใช้อำนาจ    ๘๗.๕๓  ")).toEqual([
      ["ตัวชี้วัดที่ ๓ การใช้อำนาจ", "๘๗.๕๓"],
    ]);
    expect(gridFromPastedText("มีค่าคะแนนเท่ากับ ๘๖.๕๕ คะแนน โดยประกอบด้วย ๕ ตัวชี้วัด ดังนี้")).toEqual([
      ["มีค่าคะแนนเท่ากับ ๘๖.๕๕ คะแนน โดยประกอบด้วย ๕ ตัวชี้วัด ดังนี้"],
    ]);
  });

  it("keeps blank lines as empty rows, between tables, but not after the last line", () => {
    expect(gridFromPastedText("\uFEFFa\r\n\r\nb  c\r\n\r\n")).toEqual([["a"], [], ["b", "c"]]);
  });
});

describe("pastedTextGrid remembers the line of each row", () => {
  it("numbers rows by their lines, skipping the dropped separator row", () => {
    expect(pastedTextGrid("| a | b |\n|---|---|\n| c | d |").lines).toEqual([1, 3]);
  });

  it("turns findScores' cells into lines and cells of the file", () => {
    const grid = pastedTextGrid("| a | b |\n|---|---|\n| c | d |");
    const locate = pastedTextLocator("scores.txt", "pasted", grid);
    expect(locate("pasted!B2")).toBe("scores.txt, บรรทัด 3 ช่องที่ 2 (line 3, cell 2)");
    expect(locate("pasted")).toBe("scores.txt");
    expect(locate("$.scores.1")).toBe("$.scores.1");
    expect(pastedTextLocation("a.txt", 12, 5)).toBe("a.txt, บรรทัด 12 ช่องที่ 5 (line 12, cell 5)");
  });
});

describe("the seed's comparison table pasted as text gives the seed's scores", () => {
  it.each([
    ["with markdown pipes", "comparison-markdown.txt"],
    ["tab-separated", "comparison-tabs.txt"],
    ["in columns aligned with spaces", "comparison-spaced.txt"],
  ])("reads 2564 and 2565 of all ten indicators, %s, and all ten changes agree", (_, fixture) => {
    const found = scan(pasted(fixture));
    expect(found.years).toEqual([2564, 2565]);
    expect(byYear(found, 2565)).toEqual(SEED_2565);
    expect(byYear(found, 2564)).toEqual(SEED_2564);
    const changes = found.checks.filter((check) => check.kind === "change");
    expect(changes).toHaveLength(10);
    expect(changes.every((check) => check.agrees)).toBe(true);
    expect(found.mismatches).toEqual([]);
    expect(found.unmatched).toEqual([]);
  });

  it("reads the per-tool tables of section ๕ between their sentences, as the framework's year", () => {
    const found = scan(pasted("per-tool.txt"));
    expect(found.years).toEqual([2565]);
    expect(byYear(found, 2565)).toEqual(SEED_2565);
    expect(found.found.every((entry) => entry.values.every((value) => value.assumedYear))).toBe(true);
  });
});
