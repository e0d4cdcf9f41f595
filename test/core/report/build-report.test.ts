/**
 * Golden tests of the report model: the seed case must say what the seed's sections ๓–๗ say (without its
 * errors), and three more cases (no previous year, every tool failing, a 2566 word rating) keep their
 * shape. The compact text form of each model is held in a jest snapshot, reviewed when it changes.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  buildReport,
  exactFromNumber,
  type Framework,
  frameworkFor,
  frameworkLookup,
  relabelFramework,
  ReportBlock,
  ReportModel,
  scoreAssessment,
  validateAssessment,
} from "../../../src/core";
import { tableLines } from "../../support/report-lines";

function modelFor(input: unknown, digits: "thai" | "arabic" = "arabic", chart = true): ReportModel {
  const validated = validateAssessment(input);
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  return buildReport(scoreAssessment(validated.value), { digits, chart });
}

const seedInput = () =>
  JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "dan-kwian-2565.json"), "utf8"));

/** One line per block or table row: what a reader sees, in order. */
function compact(model: ReportModel): string[] {
  return model.sheets.flatMap((sheet) => [
    `== ${sheet.name} ==`,
    ...sheet.blocks.flatMap((block: ReportBlock) => {
      switch (block.kind) {
        case "table":
          return tableLines(block);
        case "chart":
          return [
            `[chart] ${block.title}: ${block.series.map((s) => `${s.name}=${s.values.join(",")}`).join("; ")}`,
          ];
        case "contents":
          return block.entries.map((entry) => `contents: ${entry.text} → ${entry.target}`);
        default:
          return [`${block.kind}: ${block.text}`];
      }
    }),
  ]);
}

function tableAfter(sheetIndex: number, model: ReportModel, headingIncludes: string) {
  const blocks = model.sheets[sheetIndex]?.blocks ?? [];
  const start = blocks.findIndex((block) => block.kind === "heading" && block.text.includes(headingIncludes));
  return blocks.slice(start + 1).find((block) => block.kind === "table");
}

describe("the seed case (เทศบาลตำบลด่านเกวียน 2565)", () => {
  const model = modelFor(seedInput());
  const lines = compact(model);
  const text = lines.join("\n");

  it("ranks and changes the indicators as the seed's section ๓ does", () => {
    const table = tableAfter(0, model, "ผลการประเมินคุณธรรม");
    if (table?.kind !== "table") throw new Error("no ranking table");
    const ranking = table.rows.map((row) => {
      const [rank, name, , , delta] = row.cells;
      return `${String(rank)} ${String(name).split(".")[0]} ${delta && typeof delta === "object" ? delta.number : ""}`;
    });
    expect(ranking).toEqual([
      "1 10 18.75",
      "2 9 -2.5",
      "3 6 36.5",
      "4 1 3.28",
      "5 7 21.7",
      "6 3 5.45",
      "7 8 25.82",
      "8 2 6.89",
      "9 4 8.2",
      "10 5 11.36",
    ]);
  });

  it("uses the correct rating bands, not the seed's typo", () => {
    expect(text).toContain("| AA | 95.00 – 100.00");
    expect(text).toContain("| A | 85.00 – 94.99");
    expect(text).toContain("| E | 50.00 – 54.99");
    expect(text).toContain("| F | 0.00 – 49.99");
  });

  it("says the total, the rating and the change against 2564", () => {
    expect(text).toContain(
      "paragraph: เทศบาลตำบลด่านเกวียนได้คะแนนรวม 91.96 คะแนน อยู่ในระดับ A ซึ่งผ่านเกณฑ์การประเมิน (85 คะแนนขึ้นไป) " +
        "และเพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2564 (78.20 คะแนน ระดับ B) 13.76 คะแนน"
    );
  });

  it("passes all three tools, each with a sentence that fits (all improved)", () => {
    expect(text).toContain("heading: 5.1 แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)");
    expect(text).toContain("heading: 5.3 แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)");
    expect(text).toContain(
      "paragraph: แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ 86.55 คะแนน ผ่านเกณฑ์ (85 คะแนนขึ้นไป) " +
        "และเพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2564 7.03 คะแนน"
    );
    // 97.50 − 89.38 as printed, not the exact 8.13 (review M4).
    expect(text).toMatch(
      /\(OIT\) ได้ 97\.50 คะแนน ผ่านเกณฑ์ \(85 คะแนนขึ้นไป\) และเพิ่มขึ้นจากปีงบประมาณ พ\.ศ\. 2564 8\.12 คะแนน/
    );
    expect(text).toContain("|  | คะแนน OIT | 89.38 | 97.5 | 8.12");
  });

  it("fixes 4 and 5 urgently (a tie, both named), develops 8 and the fallen 9, keeps the strongest that did not fall", () => {
    expect(text).toContain(
      "ตัวชี้วัดที่ต่ำกว่าเกณฑ์ เรียงจากคะแนนต่ำสุด ได้แก่ ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ และตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (84.47 คะแนนเท่ากัน)"
    );
    expect(text).toContain(
      "ตัวชี้วัดที่ผ่านเกณฑ์แล้วแต่ควรพัฒนาให้ดีขึ้น ได้แก่ ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (86.33 คะแนน) และตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (95.00 คะแนน)"
    );
    expect(text).toContain(
      "จุดแข็งที่ควรรักษามาตรฐานไว้ ได้แก่ ตัวชี้วัดที่ 10 การป้องกันการทุจริต (100.00 คะแนน) ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน (94.31 คะแนน) และตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (91.21 คะแนน)"
    );
    // Indicator 9 fell from 97.50: never "to keep".
    expect(text).not.toMatch(/ควรรักษา[^.]*ตัวชี้วัดที่ 9/);
  });

  it("lists the weak items i28, i29, i30, e11, e14, e15 and the failed o11, o12 under 9.2, each with a recommendation", () => {
    const itemRows = lines
      .filter((line) => /^\| [ieo]\d+ \|/.test(line))
      .map((line) => line.split(" | ")[0]?.slice(2));
    // Worst first within each tool (review M8): i29 79.85, i28 80.10, i30 81.05; e14, e11, e15.
    expect(itemRows).toEqual(["i29", "i28", "i30", "e14", "e11", "e15", "o11", "o12"]);
    expect(lines.find((line) => line.startsWith("# ตัวชี้วัดย่อย 9.2"))).toBe(
      "# ตัวชี้วัดย่อย 9.2 การบริหารงาน (75.00 คะแนน)"
    );
    for (const line of lines.filter((l) => /^\| [ieo]\d+ \|/.test(l))) {
      expect((line.split(" | ")[3] ?? "").length).toBeGreaterThan(20);
    }
  });

  it("proposes measures for fiscal 2566 covering each weak item, with real Thai dates", () => {
    const measures = model.sheets[1];
    expect(measures?.name).toBe("มาตรการ ITA 2566");
    const measureText = compact({ ...model, sheets: measures ? [measures] : [] }).join("\n");
    for (const code of ["i28", "i29", "i30", "e11", "e14", "e15", "o11", "o12"]) {
      expect(measureText).toContain(`ข้อ ${code} `);
    }
    expect(measureText).toContain("# 1. ด้าน IIT");
    expect(measureText).toContain("# 2. ด้าน EIT");
    expect(measureText).toContain("# 3. ด้าน OIT");
    expect(measureText).toContain("(ข้อมูล ณ วันที่ 31 มีนาคม 2566) ภายในเดือนเมษายน 2566");
    expect(measureText).toContain("(ข้อมูล ณ วันที่ 30 กันยายน 2566) ภายในเดือนตุลาคม 2566");
    expect(measureText).not.toMatch(/2565 \|/);
  });

  it("writes every text in Thai digits when asked, numbers staying numbers", () => {
    const thai = compact(modelFor(seedInput(), "thai")).join("\n");
    expect(thai).toContain("ได้คะแนนรวม ๙๑.๙๖ คะแนน อยู่ในระดับ A");
    expect(thai).toMatch(/๓๑ มีนาคม ๒๕๖๖|๓๐ กันยายน ๒๕๖๖/);
    // Item codes keep Arabic digits (review M5): "ข้อ i28", never "i๒๘" or "o๑๑".
    expect(thai).toContain("ข้อ i28 ");
    expect(thai).toContain("ข้อ o11 ");
    expect(thai).not.toMatch(/[ieoIEO][๐-๙]/);
    expect(thai).not.toMatch(/[ก-๙] 20\d\d|พ\.ศ\. 25/);
  });

  it("can leave the chart out", () => {
    expect(compact(modelFor(seedInput(), "arabic", false)).join("\n")).not.toContain("[chart]");
    expect(text).toContain("[chart] ผลการประเมิน ITA จำแนกตามตัวชี้วัด ปีงบประมาณ พ.ศ. 2564 และ 2565");
  });

  it("matches its golden text", () => {
    expect(lines).toMatchSnapshot();
  });
});

const flat = (scores: number[]) => Object.fromEntries(scores.map((score, i) => [String(i + 1), score]));

describe("other cases keep their shape", () => {
  it("a year with no previous year: no change columns, one chart series, sentences without comparison", () => {
    const model = modelFor({
      agency: "องค์การบริหารส่วนตำบลทดสอบ",
      fiscalYear: 2565,
      scores: flat([90, 88, 87, 86, 85, 92, 91, 90, 96, 100]),
    });
    const text = compact(model).join("\n");
    expect(text).not.toContain("การเปลี่ยนแปลง");
    expect(text).toContain("| อันดับ | ตัวชี้วัด | คะแนน ปี 2565");
    expect(text).toMatch(/\[chart\] [^:]+: ปีงบประมาณ พ\.ศ\. 2565=/);
    expect(text).toContain("ผ่านเกณฑ์ (85 คะแนนขึ้นไป) สะท้อนว่า");
    expect(compact(model)).toMatchSnapshot();
  });

  it("every tool failing: fail sentences, measures per weakest indicator without item data", () => {
    const model = modelFor({
      agency: "หน่วยงานทดสอบ",
      fiscalYear: 2565,
      scores: flat([60, 62, 58, 61, 55, 70, 65, 60, 50, 40]),
      previous: { fiscalYear: 2564, scores: flat([70, 72, 68, 71, 65, 60, 55, 50, 60, 50]) },
    });
    const text = compact(model).join("\n");
    expect(text).toContain("อยู่ในระดับ D ซึ่งยังไม่ผ่านเกณฑ์การประเมิน (85 คะแนนขึ้นไป) โดยต่ำกว่าเกณฑ์ 29.74 คะแนน");
    expect(text).toMatch(
      /\(IIT\) ได้ 59\.20 คะแนน ยังไม่ผ่านเกณฑ์ .* และลดลงจากปีงบประมาณ พ\.ศ\. 2564 10\.00 คะแนน จึงเป็นประเด็นที่ต้องแก้ไขโดยเร่งด่วน/
    );
    expect(text).toMatch(
      /\(EIT\) ได้ 65\.00 คะแนน ยังไม่ผ่านเกณฑ์ .* และเพิ่มขึ้นจากปีงบประมาณ พ\.ศ\. 2564 10\.00 คะแนน แม้มีพัฒนาการดีขึ้น/
    );
    expect(text).toContain("| ตัวชี้วัดที่ 5 |");
    expect(text).toContain("| ตัวชี้วัดที่ 10 |");
    expect(text).not.toMatch(/ควรรักษามาตรฐาน/);
    expect(compact(model)).toMatchSnapshot();
  });

  it("more than two years: a trend table and a line chart of totals and tools", () => {
    const input = seedInput();
    input.history = [
      { fiscalYear: 2563, scores: flat([80, 75, 78, 70, 72, 60, 62, 58, 85, 75]) },
      { fiscalYear: 2562, scores: flat([70, 70, 70, 70, 70, 55, 55, 55, 60, 60]) },
    ];
    const model = modelFor(input);
    const text = compact(model).join("\n");
    expect(text).toContain("heading: 5. แนวโน้มผลการประเมินย้อนหลัง");
    expect(text).toContain("contents: 5. แนวโน้มผลการประเมินย้อนหลัง → trend");
    expect(text).toContain("| ปีงบประมาณ | ระดับ | คะแนนรวม | IIT | EIT | OIT");
    expect(text).toMatch(/\| 2562 \| D \| 61\.5 \|/);
    expect(text).toMatch(/\| 2565 \| A \| 91\.96 \|/);
    expect(text).toContain("[chart] แนวโน้มผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2562–2565: คะแนนรวม=61.5,");
    expect(text).toContain("heading: 6. การวิเคราะห์ข้อมูล");
  });

  it("refuses history that is not older than the previous year", () => {
    const input = seedInput();
    input.history = [{ fiscalYear: 2564, scores: flat([70, 70, 70, 70, 70, 55, 55, 55, 60, 60]) }];
    const validated = validateAssessment(input);
    expect(validated.ok).toBe(false);
    if (!validated.ok)
      expect(validated.issues.map((issue) => issue.location)).toEqual(["$.history[0].fiscalYear"]);
  });

  it("a 2566 case: word rating with its conditions, rows that do not overlap, and no internal note", () => {
    const model = modelFor({
      agency: "หน่วยงานทดสอบ",
      fiscalYear: 2566,
      scores: flat([96, 95, 97, 95, 96, 90, 92, 91, 100, 100]),
      previous: {
        fiscalYear: 2565,
        scores: flat([91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95, 100]),
      },
    });
    const text = compact(model).join("\n");
    // 96.04 with EIT at 91.00: ผ่านดี, and why not ผ่านดีเยี่ยม.
    expect(text).toContain(
      'อยู่ในระดับ "ผ่านดี" ซึ่งผ่านเกณฑ์การประเมิน (85 คะแนนขึ้นไป) เนื่องจากคะแนนรวมถึงเกณฑ์ 95 คะแนน ' +
        "แต่คะแนนแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) (91.00 คะแนน) ต่ำกว่า 95 คะแนน " +
        'จึงยังไม่อยู่ในระดับ "ผ่านดีเยี่ยม"'
    );
    expect(text).toContain(
      "| ผ่านดีเยี่ยม | คะแนนรวมตั้งแต่ 95 คะแนน และคะแนน IIT EIT และ OIT ทุกเครื่องมือตั้งแต่ 95 คะแนน"
    );
    expect(text).toContain("| ผ่าน | คะแนนรวมตั้งแต่ 85 คะแนน แต่คะแนนเครื่องมือใดเครื่องมือหนึ่งต่ำกว่า 85 คะแนน");
    expect(text).not.toContain("หมายเหตุ");
    expect(text).not.toContain("ยืนยัน");
    expect(text).toContain("(91.96 คะแนน ระดับ A)");
    expect(model.sheets[1]?.name).toBe("มาตรการ ITA 2567");
    expect(compact(model)).toMatchSnapshot();
  });
});

describe("wording for items no catalogue knows", () => {
  it("falls back to a plain entry named after the item, so a new year's framework still gets its report", () => {
    const base = frameworkFor(2566);
    if (!base?.oit) throw new Error("2566");
    const renamed = {
      ...base,
      fiscalYear: 2569,
      oit: {
        ...base.oit,
        subIndicators: base.oit.subIndicators.map((sub) => ({
          ...sub,
          items: sub.items.map((item) =>
            item.code === "o43" ? { code: "o99", nameTh: "รายการใหม่ของปี 2569" } : item
          ),
        })),
      },
    };
    const codes = renamed.oit.subIndicators.flatMap((sub) => sub.items.map((item) => item.code));
    const scores = new Map(renamed.indicators.map((indicator) => [indicator.number, exactFromNumber(90)]));
    const model = buildReport(
      scoreAssessment({
        fiscalYear: 2569,
        framework: renamed,
        scores,
        scoreSources: new Map(),
        perceptionItems: new Map(),
        oitResults: new Map(codes.map((code) => [code, code !== "o99"])),
      }),
      { digits: "arabic", chart: false }
    );
    const text = compact(model).join("\n");
    expect(text).toContain("| O99 | รายการใหม่ของปี 2569 | ไม่ผ่าน |");
    expect(text).toContain("ข้อ O99 (ไม่ผ่าน)");
    expect(text).toContain("มอบหมายผู้รับผิดชอบประเด็นรายการใหม่ของปี 2569");
  });
});

describe("the year officers are in (2569) and the national mean", () => {
  const agency = "องค์การบริหารส่วนตำบลทดสอบ";
  const weak2569 = () => ({
    agency,
    fiscalYear: 2569,
    scores: flat([90, 86, 88, 87, 89, 84, 83, 85, 95, 97]),
    previous: { scores: flat([85, 84, 86, 85, 86, 80, 82, 83, 90, 92]) },
    items: { i28: 78.5, i29: 82.1, e11: 80, o11: "ไม่ผ่าน", o7: "ไม่ผ่าน", o21: 0, o25: "ไม่ผ่าน" },
  });

  it("a 2569 report: word rating, failed O-items under their indicator, measures dated in fiscal 2570", () => {
    const model = modelFor(weak2569());
    const text = compact(model).join("\n");
    expect(text).toContain(
      'ได้คะแนนรวม 90.00 คะแนน อยู่ในระดับ "ผ่าน" ซึ่งผ่านเกณฑ์การประเมิน (85 คะแนนขึ้นไป) เนื่องจากคะแนนรวมถึงเกณฑ์ 85 คะแนน ' +
        'แต่คะแนนแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) (84.00 คะแนน) ต่ำกว่า 85 คะแนน จึงยังไม่อยู่ในระดับ "ผ่านดี"'
    );
    expect(text).toContain("# ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล: ข้อที่ไม่ผ่าน");
    expect(text).toContain("| O11 | สรุปผลการจัดซื้อจัดจ้างรายเดือน | ไม่ผ่าน |");
    expect(text).toContain("# ตัวชี้วัดที่ 10 การป้องกันการทุจริต: ข้อที่ไม่ผ่าน");
    expect(text).toContain("| i28 |");
    expect(text).toContain("| e11 |");
    expect(model.sheets[1]?.name).toBe("มาตรการ ITA 2570");
    expect(text).toContain("31 มีนาคม 2570");
    expect(text).toContain("30 กันยายน 2570");
    expect(text).not.toContain("2569 ข้อ O25");
    // Unconfirmed parts are said in the pane and by the CLI, never in the published document (issue 12);
    // nothing about national figures either, which 2569 does not have.
    expect(text).not.toContain("ยืนยัน");
    expect(text).not.toContain("ค่าเฉลี่ยระดับประเทศ");
    expect(text).not.toMatch(/มอบหมายผู้รับผิดชอบประเด็น/);
    expect(compact(model)).toMatchSnapshot();
  });

  it("a 2568 report names the item it serves in 2569 (O25) under both titles and the national mean", () => {
    const input = { ...weak2569(), fiscalYear: 2568, items: undefined };
    const model = modelFor(input);
    const text = compact(model).join("\n");
    const serves =
      "paragraph: เอกสารนี้เป็นหลักฐานประกอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 ข้อ O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร";
    expect(text.split("\n").filter((line) => line === serves)).toHaveLength(2);
    expect(text).toContain(
      "paragraph: ในปีงบประมาณ พ.ศ. 2568 หน่วยงานที่รับการประเมินทั้งประเทศ 8,317 หน่วยงาน มีคะแนนเฉลี่ย 93.82 คะแนน " +
        "โดยร้อยละ 94.17 ของหน่วยงานได้คะแนนตั้งแต่ 85 คะแนนขึ้นไป คะแนนรวมขององค์การบริหารส่วนตำบลทดสอบต่ำกว่าค่าเฉลี่ยระดับประเทศ 3.82 คะแนน"
    );
  });

  it("uses an officer's framework of the next year (2570 copied from 2569) to name the item it serves", () => {
    const next = { ...relabelFramework(frameworkFor(2569) as Framework, 2570) };
    const validated = validateAssessment(weak2569());
    if (!validated.ok) throw new Error("input");
    const model = buildReport(scoreAssessment(validated.value), {
      digits: "thai",
      chart: false,
      frameworks: frameworkLookup([next]),
    });
    const text = compact(model).join("\n");
    expect(text).toContain("เอกสารนี้เป็นหลักฐานประกอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ข้อ O");
  });
});
