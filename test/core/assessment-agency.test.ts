import { validateAssessment, ValidationIssue } from "../../src/core";
import seed from "../fixtures/dan-kwian-2565.json";

const scores = {
  "1": 91.21,
  "2": 85.08,
  "3": 87.53,
  "4": 84.47,
  "5": 84.47,
  "6": 94.31,
  "7": 89.3,
  "8": 86.33,
  "9": 95,
  "10": 100,
};
const where = (issues: readonly ValidationIssue[]) =>
  issues.map((issue) => `${issue.location} ${issue.code}`);

describe("validateAssessment keeps who and where the agency is", () => {
  it("keeps the seed's district and province and knows a municipality from its name", () => {
    const result = validateAssessment(seed);
    if (!result.ok) throw new Error(where(result.issues).join("\n"));
    expect(result.value).toMatchObject({
      agency: "เทศบาลตำบลด่านเกวียน",
      district: "อำเภอโชคชัย",
      province: "จังหวัดนครราชสีมา",
      kindId: "municipality",
    });
    expect(result.value.type).toBeUndefined();
  });

  it("takes the kind from type over the name, and keeps the type as written, spaces tidied", () => {
    const result = validateAssessment({
      agency: "เทศบาลตำบลด่านเกวียน",
      type: "  องค์การบริหารส่วนตำบล ",
      fiscalYear: 2565,
      scores,
    });
    expect(result.ok && [result.value.type, result.value.kindId]).toEqual(["องค์การบริหารส่วนตำบล", "sao"]);
  });

  it("leaves the kind out when neither the type nor the name tells it", () => {
    const result = validateAssessment({ agency: "สำนักงานการตรวจเงินแผ่นดิน", fiscalYear: 2565, scores });
    expect(result.ok && result.value.kindId).toBeUndefined();
    const blank = validateAssessment({ type: " ", district: "", fiscalYear: 2565, scores });
    expect(blank.ok && [blank.value.type, blank.value.district, blank.value.kindId]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("warns of a type it does not know, and falls back on the name", () => {
    const result = validateAssessment({ agency: "อบต.หนองบัว", type: "หมู่บ้าน", fiscalYear: 2565, scores });
    if (!result.ok) throw new Error("refused");
    expect(where(result.warnings)).toEqual(["$.type unknown-agency-type"]);
    expect(result.value.kindId).toBe("sao");
  });

  it("refuses a type, district or province that is not text, each at its path", () => {
    const result = validateAssessment({
      type: 3,
      district: ["โชคชัย"],
      province: { name: "x" },
      fiscalYear: 2565,
      scores,
    });
    expect(result.ok ? [] : where(result.issues)).toEqual([
      "$.type not-text",
      "$.district not-text",
      "$.province not-text",
    ]);
  });
});
