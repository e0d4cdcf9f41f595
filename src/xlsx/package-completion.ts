/**
 * What ExcelJS cannot write, added to a package's parts afterwards (through JSZip after ExcelJS's writer,
 * complete-package.ts; as the package writer writes them, write-package.ts):
 * - native charts: ExcelJS has no chart API, so each sheet with charts gets a drawing part, one chart part
 *   per chart, their relationships, content types and the sheet's `<drawing r:id>`;
 * - print areas and print titles: ExcelJS 4.4 writes the sheet name into these defined names without
 *   doubling its apostrophes (an unreadable file for a sheet named "It's") and the print area half
 *   relative ("$A1:$F40"), so they are written here instead.
 */
import type { Digits, SheetLayout } from "../core/report/layout";
import { chartPartXml } from "./chart-part";
import { drawingPartXml, type AnchoredChart } from "./drawing-part";
import { absoluteRange, escapeXml, sheetPrefix } from "./xml-text";

const RELATIONSHIP_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAWING_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const DRAWING_CONTENT = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_CONTENT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Elements that follow `<drawing>` in CT_Worksheet (ECMA-376 Part 1, §18.3.1.99). */
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:]+)="([^"]*)"/g)) {
    found.set(match[1] ?? "", match[2] ?? "");
  }
  return found;
}

function relationshipsOf(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((match) => {
    const attrs = attributes(match[0]);
    return { id: attrs.get("Id") ?? "", type: attrs.get("Type") ?? "", target: attrs.get("Target") ?? "" };
  });
}

function relationshipXml(r: Relationship): string {
  return `<Relationship Id="${escapeXml(r.id)}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`;
}

function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships.map(relationshipXml).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIP_NS}">${items}</Relationships>`;
}

function nextRelationshipId(relationships: readonly Relationship[]): string {
  const used = relationships.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0));
  return `rId${Math.max(0, ...used) + 1}`;
}

/**
 * The package's parts as the completion needs them: JSZip's in the browser and for the in-memory writer,
 * the package writer's own (zip-writer.ts).
 */
export interface PackageParts {
  has(path: string): boolean;
  /** A part's text, or `undefined` when there is no such part. */
  read(path: string): Promise<string | undefined> | string | undefined;
  /** Replaces or adds a part. */
  write(path: string, text: string): void;
}

async function readText(parts: Pick<PackageParts, "read">, path: string): Promise<string> {
  const text = await parts.read(path);
  if (text === undefined) throw new Error(`The workbook package has no ${path}`);
  return text;
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The worksheet part paths in the workbook's sheet order ("xl/worksheets/sheet1.xml", …). */
export async function worksheetPaths(parts: Pick<PackageParts, "read">): Promise<string[]> {
  const workbook = await readText(parts, "xl/workbook.xml");
  const targets = new Map(
    relationshipsOf(await readText(parts, "xl/_rels/workbook.xml.rels")).map((r) => [r.id, r.target])
  );
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((match) => {
    const target = targets.get(attributes(match[0]).get("r:id") ?? "") ?? "";
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  });
}

function definedNamesXml(layouts: readonly SheetLayout[]): string {
  const names = layouts.map((layout, sheetIndex) => {
    const prefix = sheetPrefix(layout.name);
    const { row, column, rowCount, columnCount } = layout.page.printArea;
    const area = `<definedName name="_xlnm.Print_Area" localSheetId="${sheetIndex}">${escapeXml(
      prefix + absoluteRange(row, column, rowCount, columnCount)
    )}</definedName>`;
    const repeat = layout.page.repeatRows;
    const titles = repeat
      ? `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${escapeXml(
          `${prefix}$${repeat.first + 1}:$${repeat.last + 1}`
        )}</definedName>`
      : "";
    return area + titles;
  });
  return `<definedNames>${names.join("")}</definedNames>`;
}

function freePartNumber(parts: PackageParts, folder: string, stem: string, from: number): number {
  let n = from;
  while (parts.has(`${folder}/${stem}${n}.xml`)) n += 1;
  return n;
}

/**
 * Adds the charts and print names of `layouts` (in sheet order) to the package ExcelJS wrote, through
 * `parts`; the charts' numbers in `digits`.
 */
export async function addChartsAndPrintNames(
  parts: PackageParts,
  layouts: readonly SheetLayout[],
  digits: Digits = "arabic"
): Promise<void> {
  // ExcelJS writes no defined names for these sheets: print area and titles are left unset on purpose.
  const workbook = await readText(parts, "xl/workbook.xml");
  parts.write("xl/workbook.xml", workbook.replace("</sheets>", `</sheets>${definedNamesXml(layouts)}`));

  const sheetPaths = await worksheetPaths(parts);
  const overrides: string[] = [];
  let chartNumber = 1;
  let drawingNumber = 1;
  for (const [sheetIndex, layout] of layouts.entries()) {
    const sheetPath = sheetPaths[sheetIndex];
    if (layout.charts.length === 0 || sheetPath === undefined) continue;

    const anchored: AnchoredChart[] = [];
    const drawingRelationships: Relationship[] = [];
    for (const [i, chart] of layout.charts.entries()) {
      chartNumber = freePartNumber(parts, "xl/charts", "chart", chartNumber);
      parts.write(
        `xl/charts/chart${chartNumber}.xml`,
        chartPartXml(chart, layout.name, layout.fontName, digits)
      );
      overrides.push(
        `<Override PartName="/xl/charts/chart${chartNumber}.xml" ContentType="${CHART_CONTENT}"/>`
      );
      const relationshipId = `rId${i + 1}`;
      drawingRelationships.push({
        id: relationshipId,
        type: CHART_RELATIONSHIP,
        target: `../charts/chart${chartNumber}.xml`,
      });
      anchored.push({ anchor: chart.anchor, relationshipId, title: chart.title });
    }

    drawingNumber = freePartNumber(parts, "xl/drawings", "drawing", drawingNumber);
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    parts.write(drawingPath, drawingPartXml(anchored));
    parts.write(relsPathOf(drawingPath), relationshipsXml(drawingRelationships));
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${DRAWING_CONTENT}"/>`);

    const sheetRelsPath = relsPathOf(sheetPath);
    const existingRels = parts.has(sheetRelsPath) ? await readText(parts, sheetRelsPath) : undefined;
    const drawingRelationship: Relationship = {
      id: nextRelationshipId(existingRels ? relationshipsOf(existingRels) : []),
      type: DRAWING_RELATIONSHIP,
      target: `../drawings/drawing${drawingNumber}.xml`,
    };
    // Existing relationships (hyperlinks, comments) are kept verbatim, TargetMode and all.
    parts.write(
      sheetRelsPath,
      existingRels
        ? existingRels.replace("</Relationships>", `${relationshipXml(drawingRelationship)}</Relationships>`)
        : relationshipsXml([drawingRelationship])
    );

    // The renderer adds no images, so ExcelJS wrote no <drawing> of its own for this sheet.
    const sheetXml = await readText(parts, sheetPath);
    const drawingElement = `<drawing r:id="${drawingRelationship.id}"/>`;
    const follower = AFTER_DRAWING.exec(sheetXml);
    parts.write(
      sheetPath,
      follower
        ? sheetXml.slice(0, follower.index) + drawingElement + sheetXml.slice(follower.index)
        : sheetXml.replace("</worksheet>", `${drawingElement}</worksheet>`)
    );
  }

  if (overrides.length > 0) {
    const contentTypes = await readText(parts, "[Content_Types].xml");
    parts.write("[Content_Types].xml", contentTypes.replace("</Types>", `${overrides.join("")}</Types>`));
  }
}
