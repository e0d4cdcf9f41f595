/**
 * Checks that a framework can be right before anything is scored with it: a framework typed into a sheet by
 * an officer (e.g. when the NACC publishes 2569) is refused with every reason, each at its place.
 */
import { issueAt, problem, Problem, ValidationIssue } from "../issues";
import { defaultFrameworkLocation, FrameworkPart } from "./framework-part";
import { RatingBand, ratingBands, validateRatingBands } from "./rating-bands";
import { Framework, ToolId } from "./types";

export { defaultFrameworkLocation } from "./framework-part";
export type { FrameworkPart } from "./framework-part";
export { ratingBands, validateRatingBands } from "./rating-bands";
export type { RatingBand } from "./rating-bands";

const TOOL_LETTER: Readonly<Record<ToolId, string>> = { IIT: "i", EIT: "e", OIT: "o" };

function inRange(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 100;
}

/**
 * Every problem with a framework, each located by `locate` (a sheet cell when the framework came from a
 * sheet; a path such as `rating.rows[2]` by default). `bands`, when given, are the rating table as the sheet
 * printed it (with maximums); otherwise they are implied by the rating rule.
 *
 * @example validateFramework(FY2565) // []
 */
export function validateFramework(
  framework: Framework,
  locate: (what: FrameworkPart) => string = defaultFrameworkLocation,
  bands: readonly RatingBand[] = ratingBands(framework.rating)
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (part: FrameworkPart, what: Problem) => issues.push(issueAt(locate(part), what));

  if (!inRange(framework.passMark)) {
    at(
      { kind: "pass-mark" },
      problem(
        "pass-mark-outside",
        `เกณฑ์ผ่าน ${framework.passMark} ต้องอยู่ภายใน 0–100`,
        `the pass mark ${framework.passMark} must lie inside 0–100`
      )
    );
  }

  const toolCount = new Map<string, number>();
  let weightSum = 0;
  for (const tool of framework.tools) {
    const occurrence = toolCount.get(tool.id) ?? 0;
    toolCount.set(tool.id, occurrence + 1);
    if (occurrence > 0) {
      at(
        { kind: "tool", id: tool.id, occurrence },
        problem("duplicate-tool", `เครื่องมือ ${tool.id} ซ้ำ`, `the tool ${tool.id} is listed twice`)
      );
    }
    if (!inRange(tool.weightPercent)) {
      at(
        { kind: "tool", id: tool.id, occurrence, field: "weight" },
        problem(
          "weight-outside",
          `น้ำหนักของ ${tool.id} (${tool.weightPercent}) ต้องอยู่ภายใน 0–100`,
          `the weight of ${tool.id} (${tool.weightPercent}) must lie inside 0–100`
        )
      );
    }
    weightSum += tool.weightPercent;
  }
  if (Math.abs(weightSum - 100) > 1e-9) {
    const shown = Math.round(weightSum * 1e6) / 1e6;
    at(
      { kind: "tools" },
      problem(
        "weights-not-100",
        `น้ำหนักของเครื่องมือรวมกันได้ ${shown}% ต้องรวมกันได้ 100%`,
        `the tool weights add up to ${shown} %, not 100 %`
      )
    );
  }

  const toolOf = new Map<number, ToolId>();
  const indicatorCount = new Map<number, number>();
  for (const indicator of framework.indicators) {
    const occurrence = indicatorCount.get(indicator.number) ?? 0;
    indicatorCount.set(indicator.number, occurrence + 1);
    const part: FrameworkPart = { kind: "indicator", number: indicator.number, occurrence };
    if (occurrence > 0) {
      at(
        part,
        problem(
          "duplicate-indicator",
          `ตัวชี้วัดที่ ${indicator.number} ซ้ำ`,
          `indicator ${indicator.number} is listed twice`
        )
      );
    } else toolOf.set(indicator.number, indicator.tool);
    if (!toolCount.has(indicator.tool)) {
      at(
        part,
        problem(
          "unknown-tool",
          `ตัวชี้วัดที่ ${indicator.number} อยู่ในเครื่องมือ "${indicator.tool}" ซึ่งไม่มีในตารางเครื่องมือ`,
          `indicator ${indicator.number} belongs to "${indicator.tool}", which is not in the tools table`
        )
      );
    }
  }
  for (const tool of framework.tools) {
    if (!framework.indicators.some((indicator) => indicator.tool === tool.id)) {
      at(
        { kind: "tool", id: tool.id },
        problem(
          "tool-without-indicators",
          `เครื่องมือ ${tool.id} ไม่มีตัวชี้วัด`,
          `the tool ${tool.id} has no indicators`
        )
      );
    }
  }

  issues.push(...validateRatingBands(bands, locate));

  const itemCount = new Map<string, number>();
  const where = new Map<string, { readonly th: string; readonly en: string }>();
  const checkItem = (code: string, indicator: number, place: string, placeEn: string) => {
    const occurrence = itemCount.get(code) ?? 0;
    itemCount.set(code, occurrence + 1);
    const part: FrameworkPart = { kind: "item", code, occurrence };
    const first = where.get(code);
    if (first !== undefined) {
      at(
        part,
        problem(
          "duplicate-item",
          first.en === placeEn ? `ข้อ ${code} ซ้ำใน${place}` : `ข้อ ${code} อยู่ทั้งใน${first.th} และใน${place}`,
          first.en === placeEn
            ? `the item ${code} is listed twice in ${placeEn}`
            : `the item ${code} is in ${first.en} and in ${placeEn}`
        )
      );
    } else where.set(code, { th: place, en: placeEn });
    const tool = toolOf.get(indicator);
    const letter = tool ? TOOL_LETTER[tool] : undefined;
    if (letter && !new RegExp(`^${letter}\\d+$`).test(code)) {
      at(
        part,
        problem(
          "wrong-item-letter",
          `ข้อ ${code} อยู่ในตัวชี้วัดที่ ${indicator} ของ ${tool ?? ""} รหัสข้อต้องขึ้นต้นด้วย ${letter}`,
          `the item ${code} is under indicator ${indicator} of ${tool ?? ""}, so its code must start with ${letter}`
        )
      );
    }
    return part;
  };

  for (const group of framework.perceptionItems?.groups ?? []) {
    const tool = toolOf.get(group.indicator);
    group.codes.forEach((code) => {
      const part = checkItem(
        code,
        group.indicator,
        `ตัวชี้วัดที่ ${group.indicator}`,
        `indicator ${group.indicator}`
      );
      if (tool === undefined) {
        at(
          part,
          problem(
            "unknown-indicator",
            `ข้อ ${code} อยู่ในตัวชี้วัดที่ ${group.indicator} ซึ่งไม่มีในตารางตัวชี้วัด`,
            `the item ${code} is under indicator ${group.indicator}, which is not in the indicators table`
          )
        );
      } else if (tool === "OIT") {
        at(
          part,
          problem(
            "oit-item-without-sub-indicator",
            `ข้อ ${code} อยู่ในตัวชี้วัด OIT ต้องระบุตัวชี้วัดย่อย (เช่น ${group.indicator}.1)`,
            `the item ${code} is under an OIT indicator, so it needs a sub-indicator (e.g. ${group.indicator}.1)`
          )
        );
      }
    });
  }

  const subCount = new Map<string, number>();
  for (const sub of framework.oit?.subIndicators ?? []) {
    const occurrence = subCount.get(sub.id) ?? 0;
    subCount.set(sub.id, occurrence + 1);
    const part: FrameworkPart = { kind: "sub-indicator", id: sub.id, occurrence };
    const tool = toolOf.get(sub.indicator);
    if (occurrence > 0) {
      at(
        part,
        problem(
          "duplicate-sub-indicator",
          `ตัวชี้วัดย่อย ${sub.id} ซ้ำ`,
          `the sub-indicator ${sub.id} is listed twice`
        )
      );
    }
    if (tool !== "OIT") {
      at(
        part,
        problem(
          "sub-indicator-not-oit",
          `ตัวชี้วัดย่อย ${sub.id} อยู่ในตัวชี้วัดที่ ${sub.indicator} ซึ่งไม่ใช่ตัวชี้วัดของ OIT (มีตัวชี้วัดย่อยได้เฉพาะ OIT)`,
          `the sub-indicator ${sub.id} is under indicator ${sub.indicator}, which is not an OIT indicator (only OIT has sub-indicators)`
        )
      );
    }
    if (sub.items.length === 0) {
      at(
        part,
        problem("empty-sub-indicator", `ตัวชี้วัดย่อย ${sub.id} ไม่มีข้อ`, `the sub-indicator ${sub.id} has no items`)
      );
    }
    for (const item of sub.items) {
      checkItem(item.code, sub.indicator, `ตัวชี้วัดย่อย ${sub.id}`, `sub-indicator ${sub.id}`);
    }
  }

  // OIT items not placed in a sub-indicator (ITA.md §7): still one code one place, an o-code, and an
  // indicator of OIT when one is given.
  for (const item of framework.oit?.ungroupedItems ?? []) {
    const indicator = item.indicator;
    const part =
      indicator === undefined
        ? checkItem(item.code, -1, "รายการข้อ OIT", "the OIT list")
        : checkItem(item.code, indicator, `ตัวชี้วัดที่ ${indicator}`, `indicator ${indicator}`);
    if (!/^o\d+$/.test(item.code)) {
      at(
        part,
        problem(
          "wrong-item-letter",
          `ข้อ ${item.code} ไม่มีตัวชี้วัดย่อย จึงถือเป็นข้อ OIT รหัสข้อต้องขึ้นต้นด้วย o`,
          `the item ${item.code} has no sub-indicator, so it is an OIT item and its code must start with o`
        )
      );
    } else if (indicator !== undefined && toolOf.get(indicator) !== "OIT") {
      at(
        part,
        problem(
          "oit-item-not-under-oit",
          `ข้อ ${item.code} อยู่ในตัวชี้วัดที่ ${indicator} ซึ่งไม่ใช่ตัวชี้วัดของ OIT`,
          `the item ${item.code} is under indicator ${indicator}, which is not an OIT indicator`
        )
      );
    }
  }

  const oitCodes = new Set([
    ...(framework.oit?.subIndicators ?? []).flatMap((sub) => sub.items.map((item) => item.code)),
    ...(framework.oit?.ungroupedItems ?? []).map((item) => item.code),
  ]);
  for (const field of ["analysisAndMeasures", "implementationReport"] as const) {
    const code = framework.documentItems?.[field];
    if (code === undefined || oitCodes.size === 0 || oitCodes.has(code)) continue;
    at(
      { kind: "document-item", field },
      problem(
        "unknown-document-item",
        `ข้อ ${code} ไม่มีในรายการข้อ OIT ของปี ${framework.fiscalYear}`,
        `there is no item ${code} in the OIT list of ${framework.fiscalYear}`
      )
    );
  }

  const national = framework.national;
  if (national) {
    if (!(national.mean >= 0 && national.mean <= 100)) {
      at(
        { kind: "national", field: "mean" },
        problem(
          "national-mean-out-of-range",
          "คะแนนเฉลี่ยระดับประเทศต้องอยู่ระหว่าง 0 ถึง 100",
          "the national mean must be between 0 and 100"
        )
      );
    }
    if (
      national.sharePassing !== undefined &&
      !(national.sharePassing >= 0 && national.sharePassing <= 100)
    ) {
      at(
        { kind: "national", field: "sharePassing" },
        problem(
          "national-share-out-of-range",
          "ร้อยละของหน่วยงานที่ผ่านเกณฑ์ต้องอยู่ระหว่าง 0 ถึง 100",
          "the national share passing must be between 0 and 100 percent"
        )
      );
    }
    if (national.agencies !== undefined && !(Number.isInteger(national.agencies) && national.agencies > 0)) {
      at(
        { kind: "national", field: "agencies" },
        problem(
          "national-agencies-not-whole",
          "จำนวนหน่วยงานที่รับการประเมินต้องเป็นจำนวนเต็มบวก",
          "the number of agencies assessed must be a positive whole number"
        )
      );
    }
  }
  return issues;
}
