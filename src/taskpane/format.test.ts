import { cellOf, changeDirection, formatChange, formatScore, ratingTone } from "./format";

describe("formatScore", () => {
  it.each([
    [91.96, "91.96"],
    [89.3, "89.30"],
    [100, "100.00"],
    [0, "0.00"],
  ])("prints %s as %s", (score, text) => {
    expect(formatScore(score)).toBe(text);
  });
});

describe("formatChange", () => {
  it("signs increases and decreases and leaves no change unsigned", () => {
    expect(formatChange(36.5)).toBe("+36.50");
    expect(formatChange(-2.5)).toBe("-2.50");
    expect(formatChange(0)).toBe("0.00");
  });
});

describe("changeDirection", () => {
  it("reads the sign of a change", () => {
    expect(changeDirection(3.28)).toBe("up");
    expect(changeDirection(-2.5)).toBe("down");
    expect(changeDirection(0)).toBe("unchanged");
  });
});

describe("ratingTone", () => {
  it.each([
    ["AA", "success"],
    ["A", "success"],
    ["ผ่านดีเยี่ยม", "success"],
    ["ผ่านดี", "success"],
    ["ผ่าน", "success"],
    ["B", "warning"],
    ["C", "warning"],
    ["ต้องปรับปรุง", "warning"],
    ["D", "danger"],
    ["E", "danger"],
    ["F", "danger"],
    ["ต้องปรับปรุงโดยด่วน", "danger"],
  ])("shows the rating %s as %s", (rating, tone) => {
    expect(ratingTone(rating)).toBe(tone);
  });

  it("shows a rating it does not know as neutral information", () => {
    expect(ratingTone("X")).toBe("informative");
  });
});

describe("cellOf", () => {
  it("drops the sheet name, quoted or not", () => {
    expect(cellOf("'ITA 2568'!D5")).toBe("D5");
    expect(cellOf("Sheet1!C4")).toBe("C4");
    expect(cellOf("C4")).toBe("C4");
  });
});
