/**
 * The exported .xlsx: one formatted target table per group (document or region + year) and a sheet
 * of sources with their quotes. Columns, values and the 完成率 formula come from the same table
 * builder the task pane inserts with (src/sheets), so the file matches what the add-in writes; the
 * formula is plain Excel, computed by Excel 2016/2019, WPS and LibreOffice without the add-in.
 */
import ExcelJS from "exceljs";
import type { Catalogue, Indicator } from "../core/types";
import { uniqueSheetName, uniqueTableName } from "../sheets/address";
import { TABLE_STYLE, type ColumnDef } from "../sheets/columns";
import { buildTargetTable, documentTitle, tableCells, type CellValue } from "../sheets/tableSpec";
import { quoteLine } from "../core/quote";

export interface ExportGroup {
  /** Shown above the table: a document title, or region and year. */
  title: string;
  /** Wanted sheet and table name; made valid and unique here. */
  name: string;
  indicators: Indicator[];
}

/** Table rows start below the title line and a blank line (0-based sheet row of the header). */
const HEADER_ROW = 2;
/** Excel column widths count characters of the default font, about 5.25 points each. */
const POINTS_PER_CHARACTER = 5.25;
/** Explicit header look (TableStyleMedium2's blue), for apps that ignore table styles such as LibreOffice. */
const HEADER_FONT = { bold: true, color: { argb: "FFFFFFFF" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF4472C4" } };
const TITLE_FONT = { bold: true, size: 14 };

const SOURCE_COLUMNS: ReadonlyArray<{ header: string; width: number }> = [
  { header: "类型", width: 6 },
  { header: "指标", width: 28 },
  { header: "地区", width: 12 },
  { header: "年份", width: 7 },
  { header: "数值", width: 10 },
  { header: "单位", width: 10 },
  { header: "时间", width: 9 },
  { header: "文件标题", width: 40 },
  { header: "文件", width: 26 },
  { header: "位置", width: 8 },
  { header: "原文", width: 90 },
];

/** Writes `=…` formula text as an ExcelJS formula cell, everything else as it is. */
function cellValue(value: CellValue): ExcelJS.CellValue {
  return typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value;
}

function addTargetSheet(workbook: ExcelJS.Workbook, catalogue: Catalogue, group: ExportGroup, tableNames: string[]): void {
  const full = buildTargetTable(catalogue, { kind: "indicators", ids: group.indicators.map((i) => i.id) });
  // The hidden link columns only serve refresh inside the add-in; an exported file is not linked.
  const keep = full.columns.map((c, i) => (c.role === "link" ? -1 : i)).filter((i) => i >= 0);
  const spec = { ...full, columns: keep.map((i) => full.columns[i]), rows: full.rows.map((r) => keep.map((i) => r[i])) };
  const [header, ...body] = tableCells(spec, HEADER_ROW, 0);

  const sheet = workbook.addWorksheet(uniqueSheetName(group.name, workbook.worksheets.map((w) => w.name)), {
    views: [{ state: "frozen", ySplit: HEADER_ROW + 1 }],
  });
  sheet.getCell(1, 1).value = group.title;
  sheet.getCell(1, 1).font = TITLE_FONT;

  const tableName = uniqueTableName(group.name, tableNames);
  tableNames.push(tableName);
  sheet.addTable({
    name: tableName,
    ref: `A${HEADER_ROW + 1}`,
    headerRow: true,
    style: { theme: TABLE_STYLE as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: header.map((h) => ({ name: String(h), filterButton: true })),
    rows: body.map((row) => row.map(cellValue)),
  });
  spec.columns.forEach((def: ColumnDef, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.round(def.width / POINTS_PER_CHARACTER);
    column.numFmt = def.numberFormat;
    const head = sheet.getCell(HEADER_ROW + 1, i + 1);
    head.font = HEADER_FONT;
    head.fill = HEADER_FILL;
  });
}

function addSourcesSheet(workbook: ExcelJS.Workbook, catalogue: Catalogue, indicators: Indicator[]): void {
  const sheet = workbook.addWorksheet("来源 Sources", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = SOURCE_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const ind of indicators) {
    for (const s of ind.sources) {
      sheet.addRow(["目标", ind.name, ind.region, ind.year, ind.value, ind.unit, "", documentTitle(catalogue, s.doc), s.doc, s.offset, quoteLine(s.quote)]);
    }
    for (const a of ind.actuals) {
      sheet.addRow(["实际", ind.name, ind.region, ind.year, a.value, a.unit, a.asOf, documentTitle(catalogue, a.doc), a.doc, a.offset, quoteLine(a.quote)]);
    }
  }
  sheet.getColumn(7).numFmt = "@"; // 2020-08 is a period, not a date
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SOURCE_COLUMNS.length } };
}

/** The whole workbook as .xlsx bytes. */
export async function exportWorkbook(catalogue: Catalogue, groups: ExportGroup[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PlanTargets 规划目标";
  workbook.calcProperties.fullCalcOnLoad = true; // formulas carry no cached result
  const tableNames: string[] = [];
  for (const group of groups) addTargetSheet(workbook, catalogue, group, tableNames);
  const seen = new Set<string>();
  const unique = groups.flatMap((g) => g.indicators).filter((i) => !seen.has(i.id) && seen.add(i.id));
  addSourcesSheet(workbook, catalogue, unique);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
