/**
 * The drawing part of a sheet (`xl/drawings/drawingN.xml`): one two-cell anchor per chart, each holding a
 * graphic frame that points at its chart part through the drawing's relationships.
 */
import type { Merge } from "../core/report/layout";
import { escapeXml } from "./xml-text";

export interface AnchoredChart {
  /** The cells the chart covers. */
  readonly anchor: Merge;
  /** Relationship id of the chart part in the drawing's .rels. */
  readonly relationshipId: string;
  /** Shown as the frame's name and alternative text. */
  readonly title: string;
}

function marker(element: "xdr:from" | "xdr:to", row: number, column: number): string {
  return (
    `<${element}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></${element}>`
  );
}

function anchorXml(chart: AnchoredChart, index: number): string {
  const { row, column, rowCount, columnCount } = chart.anchor;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker("xdr:from", row, column) +
    // The end marker is the top-left corner of the first cell after the block, so the chart covers it exactly.
    marker("xdr:to", row + rowCount, column + columnCount) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}" descr="${escapeXml(chart.title)}"/>` +
    "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    `r:id="${escapeXml(chart.relationshipId)}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

/** The drawing part holding `charts`, in order. */
export function drawingPartXml(charts: readonly AnchoredChart[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    charts.map(anchorXml).join("") +
    "</xdr:wsDr>"
  );
}
