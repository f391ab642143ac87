/**
 * The pane's words: Chinese, or English when Office's display language is English. One table,
 * so a missing translation is a type error rather than a blank label.
 */
import { createContext, useContext } from "react";
import type { DocKind, Layer, Qualifier, TargetKind } from "../core/types";

export type Lang = "zh" | "en";

/** Office.context.displayLanguage ("en-US", "zh-CN"…) → the pane's language. */
export function paneLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en" : "zh";
}

const TEXT = {
  appTitle: ["规划目标", "PlanTargets"],
  tabs: ["功能", "Sections"],
  tabBrowse: ["浏览", "Browse"],
  tabInsert: ["插入", "Insert"],
  tabRefresh: ["刷新", "Refresh"],
  tabCheck: ["核对", "Check"],
  tabImport: ["导入", "Import"],
  tabSettings: ["设置", "Settings"],
  busy: ["处理中…", "Working…"],
  noCatalogue: ["目录尚未加载。", "The catalogue is not loaded yet."],
  all: ["全部", "All"],
  none: ["（无）", "(none)"],
  close: ["关闭", "Close"],
  search: ["搜索指标名称或别名", "Search indicator names and aliases"],
  filters: ["筛选", "Filters"],
  region: ["地区", "Region"],
  year: ["年份", "Year"],
  document: ["文件", "Document"],
  kind: ["类型", "Kind"],
  attribute: ["属性", "Attribute"],
  results: ["{n} 个结果", "{n} results"],
  resultsCapped: ["{n} 个结果，显示前 {shown} 个", "{n} results, showing the first {shown}"],
  resultList: ["搜索结果", "Search results"],
  selectIndicator: ["选择 {name}（{region} {year}）", "Select {name} ({region} {year})"],
  openIndicator: ["查看 {name}（{region} {year}）", "Open {name} ({region} {year})"],
  clearSelection: ["清除选择", "Clear selection"],
  card: ["指标详情", "Indicator details"],
  source: ["来源", "Source"],
  sourceText: ["原文", "Source text"],
  target: ["目标值", "Target"],
  baseline: ["基期值", "Baseline"],
  baseYear: ["基期年", "Base year"],
  actuals: ["实际完成", "Reported actuals"],
  noActuals: ["暂无实际值。", "No actual reported yet."],
  asOf: ["截至", "As of"],
  completion: ["完成率", "Completion"],
  otherUnit: ["单位不同", "other unit"],
  conflicts: ["各文件的数字", "Figures by document"],
  layer: ["目录层", "Layer"],
  documentUnavailable: ["未能加载原文全文，仅显示引文。", "The document's full text is not available; the quote is shown alone."],
  formula: ["公式", "Formula"],
  copyFormula: ["复制公式", "Copy formula"],
  insertFormula: ["写入当前单元格", "Insert into active cell"],
  copied: ["已复制：{formula}", "Copied: {formula}"],
  copyFailed: ["无法访问剪贴板，请手动复制：{formula}", "The clipboard is not available; copy it by hand: {formula}"],
  formulaInserted: ["已写入 {address}", "Written to {address}"],
  insertWhat: ["插入内容", "What to insert"],
  insertSelected: ["选中的指标（{n} 个）", "Selected indicators ({n})"],
  insertDocument: ["整个文件", "A whole document"],
  insertRegionYear: ["地区和年份", "A region and year"],
  insertWhere: ["插入位置", "Where"],
  atSelection: ["当前选中的单元格", "At the selected cell"],
  newSheet: ["新工作表", "On a new sheet"],
  sheetName: ["工作表名称", "Sheet name"],
  insertButton: ["插入目标表", "Insert target table"],
  insertRows: ["将插入 {n} 行", "{n} rows will be inserted"],
  inserted: ["已插入表格 {table}（{rows} 行），位于 {sheet}!{address}。", "Inserted table {table} ({rows} rows) at {sheet}!{address}."],
  refreshIntro: [
    "用当前目录更新工作簿中所有链接表格：只改目录列，不动实际值和您添加的列；手工改过的单元格只报告、不覆盖。",
    "Updates every linked table from the current catalogue: only catalogue columns change, never 实际值 or columns you added; cells you edited are reported, not overwritten.",
  ],
  refreshButton: ["刷新链接表格", "Refresh linked tables"],
  refreshNone: ["工作簿中没有链接表格。", "This workbook has no linked tables."],
  refreshSummary: [
    "已刷新 {tables} 个表格：更新 {updated} 处，保留手工修改 {kept} 处，已消失指标 {vanished} 个，目录新增 {added} 个。",
    "Refreshed {tables} tables: {updated} cells updated, {kept} hand edits kept, {vanished} indicators gone, {added} new in the catalogue.",
  ],
  refreshChanges: ["变更明细", "Changes"],
  addRowsHint: [
    "目录新增了符合表格条件（同一文件或同一地区和年份）的指标；不会自动加行，需要时请点击下面的按钮。",
    "The catalogue has new indicators matching a table's rule (its document, or its region and year); rows are only added when you click below.",
  ],
  addRowsButton: ["添加 {n} 个新指标的行", "Add rows for {n} new indicators"],
  rowsAdded: ["已在表格末尾添加 {n} 行，新行的指标名已标出。", "Added {n} rows at the end of the tables; their names are highlighted."],
  colTable: ["表格", "Table"],
  colColumn: ["列", "Column"],
  colBefore: ["原值", "Before"],
  colAfter: ["新值", "After"],
  colReason: ["原因", "Reason"],
  change_updated: ["已更新", "Updated"],
  "change_kept-edit": ["手工修改，未覆盖", "Hand edit kept"],
  change_vanished: ["指标已消失", "Indicator gone"],
  "change_new-available": ["目录新增", "New in catalogue"],
  "change_old-link": ["旧版本表格", "Older table"],
  "change_table-missing": ["表格已不存在", "Table gone"],
  checkIntro: [
    "选中您自己的表格区域（名称、年份、数值在任意列），指定各列后核对。",
    "Select a block of your own layout (names, years and figures in any columns), map the columns, then check.",
  ],
  readSelection: ["读取选中区域", "Read the selection"],
  address: ["或输入地址", "Or type an address"],
  readAddress: ["读取地址", "Read address"],
  blockRead: ["已读取 {address}（{rows} 行）", "Read {address} ({rows} rows)"],
  headerRow: ["首行是表头", "First row is a header"],
  mapName: ["指标名称所在列", "Indicator name column"],
  mapYear: ["年份所在列", "Year column"],
  mapValue: ["数值所在列", "Figure column"],
  mapRegion: ["地区所在列（可选）", "Region column (optional)"],
  checkButton: ["核对", "Check"],
  checkSummary: ["一致 {match}，不一致 {mismatch}，未找到 {notFound}", "{match} match, {mismatch} differ, {notFound} not found"],
  status_match: ["一致", "Match"],
  status_mismatch: ["不一致", "Differs"],
  status_notFound: ["未找到", "Not found"],
  colRow: ["行", "Row"],
  colValue: ["数值", "Figure"],
  colDetail: ["说明", "Details"],
  markFill: ["填充颜色", "Fill colour"],
  markNote: ["添加批注", "Add a comment"],
  markButton: ["标记不一致的单元格", "Mark differing cells"],
  marked: ["已标记 {n} 个单元格。", "Marked {n} cells."],
  defaultRegion: ["默认地区", "Default region"],
  noDefault: ["（不设置）", "(none)"],
  tolerance: ["“左右”容差（%）", "Tolerance for 左右 (%)"],
  catalogueSource: ["目录来源", "Catalogue source"],
  bundled: ["随插件附带的目录", "The bundled catalogue"],
  hosted: ["托管的目录（网址）", "A hosted catalogue (URL)"],
  catalogueUrl: ["目录网址", "Catalogue URL"],
  saveSettings: ["保存设置", "Save settings"],
  settingsSaved: ["设置已保存到工作簿。", "Settings saved in the workbook."],
  catalogueLoaded: ["目录已加载：{n} 个指标（版本 {version}）。", "Catalogue loaded: {n} indicators (version {version})."],
  keptLastGood: ["仍在使用上一次成功获取的目录。", "Still using the last catalogue that loaded."],
  installNames: ["安装公式名称", "Install formula names"],
  installNamesHint: [
    "在工作簿中定义 PLANTARGET、COMPLETION 等名称，公式可按原样输入（Excel 365）。",
    "Defines PLANTARGET, COMPLETION and the others as workbook names, so formulas work as typed (Excel 365).",
  ],
  namesResult: ["已添加 {added} 个，更新 {updated} 个，已是最新 {unchanged} 个。", "{added} added, {updated} updated, {unchanged} already current."],
  namesSkipped: ["以下名称已被您用作其他用途，未改动：{names}", "These names already mean something else in this workbook and were left alone: {names}"],
} as const satisfies Record<string, readonly [string, string]>;

export type TextKey = keyof typeof TEXT;

export const QUALIFIER_WORDS: Record<Qualifier, [string, string]> = {
  exact: ["", ""],
  at_least: ["以上", "or more"],
  about: ["左右", "about"],
  at_most: ["以下", "or less"],
  exceed: ["突破", "over"],
  strive: ["力争", "striving for"],
  range: ["区间", "range"],
};

export const KIND_WORDS: Record<TargetKind, [string, string]> = {
  level: ["水平值", "Level"],
  increment: ["新增量", "Increment"],
  growth_rate: ["增长率", "Growth rate"],
  share: ["比重", "Share"],
  reduction: ["降低", "Reduction"],
  ratio: ["比率", "Ratio"],
  count: ["数量", "Count"],
  cumulative: ["累计", "Cumulative"],
};

/** Where an entry comes from (src/import/layers.ts). */
export const LAYER_WORDS: Record<Layer, [string, string]> = {
  bundled: ["随插件目录", "bundled"],
  organisation: ["组织目录", "organisation"],
  workbook: ["本工作簿导入", "this workbook"],
};

export const DOC_KIND_WORDS: Record<DocKind, [string, string]> = {
  plan: ["计划", "Plan"],
  outline: ["规划纲要", "Outline"],
  work_report: ["政府工作报告", "Work report"],
  progress: ["进展报告", "Progress report"],
  speech: ["讲话", "Speech"],
  other: ["其他", "Other"],
};

export type Translate = (key: TextKey, values?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const at = lang === "en" ? 1 : 0;
  return (key, values) => {
    let text: string = TEXT[key][at];
    if (values) for (const [k, v] of Object.entries(values)) text = text.split(`{${k}}`).join(String(v));
    return text;
  };
}

export interface I18n {
  lang: Lang;
  t: Translate;
  /** Picks the Chinese or English one of a pair. */
  pick: (pair: readonly [string, string]) => string;
}

export function i18n(lang: Lang): I18n {
  return { lang, t: translator(lang), pick: (pair) => pair[lang === "en" ? 1 : 0] };
}

export const I18nContext = createContext<I18n>(i18n("zh"));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
