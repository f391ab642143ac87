/**
 * A progress table flattened one cell per line: a header (序号 | 重点任务 | [牵头单位] | [目标任务] |
 * 完成情况 | [备注]), then per row a row number (1, 2… or (一), (二)…) and its cells in the header's
 * order. Only the task and completion cells are read; owner, deadline, status and note cells are
 * passed over. Empty cells vanish when a table is flattened, so an owner cell is known by its shape.
 */
import { parseNumberAt, startsNumber } from "../numbers";
import { type Span, isWhitespaceAt, trimSpan } from "../segment";
import { placements } from "../tables/align";
import { isNameHeader } from "../tables/header";
import { lineMatches, linePattern } from "../tables/lineSearch";
import { matchUnitAt } from "../unitLexicon";
import { lastMonthIn } from "./period";

export interface ProgressRow {
  /** The task cells read for targets (a heading cell beside a cell of targets is not read). */
  task: Span[];
  /** The completion cell's lines. */
  completion: Span[];
}

export interface ProgressTable {
  start: number;
  end: number;
  rows: ProgressRow[];
  /** The period the completion header names (1—6月推进情况 → 6), else null. */
  month: number | null;
}

/**
 * What a header cell says its column holds. Columns passed over: "other" (owner, deadline, status,
 * note: cells known by their shape), "unknown" (a label this reader does not know: cells of any
 * shape) and "heading" (a task column of names beside a task column of targets).
 */
type Column = "task" | "heading" | "completion" | "other" | "unknown";

const isPassedOver = (c: Column) => c === "other" || c === "unknown";
/** Columns whose cells are content (never owner-, deadline- or status-shaped). */
const isContent = (c: Column) => c === "task" || c === "heading" || c === "completion";

/** A line holding only 序号: where a progress table's header may start. */
const SERIAL_LINE = linePattern(/^[^\S\n]*(?:序[^\S\n]*号|编[^\S\n]*号)[^\S\n]*$/my, "号", "序编");
const DONE_HEADER = /(?:完成|进展|推进|落实|执行|实施|办理)(?:情况|进度)|进展|成效/;
const OTHER_HEADER = /单位|部门|责任|牵头|领导|备注|时限|时间|节点|期限|说明|评价|评估|状态/;
/** A header cell of a column this reader does not know (督查等次, 星级): a short label of words. */
const UNKNOWN_HEADER = /^[\u4e00-\u9fa5±%％/／]{2,10}$/;
const TASK_HEADER = /工作|任务|目标|事项|内容|指标|项目|举措|措施|实事/;
/** A unit closing a header cell. */
const HEADER_UNIT = /[（(][^（()）]{1,8}[)）]$/;
/** Header cells are labels, never sentences. */
const MAX_HEADER_CELL = 20;
/** 序号 and at most this many further columns. */
const MAX_COLUMNS = 6;

/** More lines than a row's cells ever run to: no next row number within them, the table has ended. */
const MAX_ROW_LINES = 40;

/** A numbered point of a completion cell: 1. 2、 (3). */
const POINT = /^[（(]?(\d{1,2})[.．、)）]/;

/** What a point opens with: most lines open otherwise and are ruled out before any copy or regex. */
function mayOpenPoint(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 0x30 && c <= 0x39) || c === 0x28 || c === 0xff08; // a digit, ( or （
}

export function pointNumber(line: string): number | null {
  if (!mayOpenPoint(line, 0)) return null;
  const m = POINT.exec(line);
  return m ? Number(m[1]) : null;
}

/** The completion lines without their point numbers (1. 2. 3. in sequence; 3.5万家 opening an unnumbered line stays). */
export function withoutPoints(text: string, lines: Span[]): Span[] {
  let next = 1;
  return lines.map((line) => {
    const m = mayOpenPoint(text, line.start) ? POINT.exec(text.slice(line.start, line.end)) : null;
    if (!m || Number(m[1]) !== next) return line;
    next++;
    return { start: line.start + m[0].length, end: line.end };
  });
}

/** The non-empty lines of text from a position on, trimmed, read only as far as they are asked for. */
class Lines {
  private readonly spans: Span[] = [];
  /** Each line's text, cut once: a line is asked about as a label, a header and a cell. */
  private readonly texts: string[] = [];
  private at: number;

  constructor(private readonly text: string, from: number) {
    this.at = from;
  }

  get(i: number): Span | undefined {
    while (this.spans.length <= i && this.at < this.text.length) {
      const nl = this.text.indexOf("\n", this.at);
      const end = nl < 0 ? this.text.length : nl;
      const span = trimSpan(this.text, { start: this.at, end });
      if (span.end > span.start) this.spans.push(span);
      this.at = end + 1;
    }
    return this.spans[i];
  }

  textAt(i: number): string | undefined {
    const s = this.get(i);
    return s && (this.texts[i] ??= this.text.slice(s.start, s.end));
  }

  slice(from: number, to: number): Span[] {
    this.get(to - 1);
    return this.spans.slice(from, to);
  }
}

/** What a header cell says its column holds; an indicator column (指标) makes an indicator table, read by tables/. */
function columnOf(raw: string): Column | null {
  // 已完成投资（亿元）: the unit does not say what the column holds
  const cell = raw.replace(/\s+/g, "").replace(HEADER_UNIT, "");
  if (cell.length > MAX_HEADER_CELL || /[。，,；;：:]/.test(cell) || isNameHeader(cell)) return null;
  if (DONE_HEADER.test(cell)) return "completion";
  if (OTHER_HEADER.test(cell)) return "other";
  return TASK_HEADER.test(cell) ? "task" : null;
}

interface Header {
  /** The columns after 序号, in order; two may be completion columns until the rows say which holds a status. */
  columns: Column[];
  /** The header cells after 序号. */
  labels: string[];
}

/** What 序号 and 编号 open with. */
const SERIAL_FIRST = [..."序编"].map((ch) => ch.charCodeAt(0));

/** 序号 or 编号, spaces aside (checked on every line of a table: most open otherwise and are ruled out without a copy). */
function isSerialHeader(line: string): boolean {
  let i = 0;
  while (isWhitespaceAt(line, i)) i++;
  return SERIAL_FIRST.includes(line.charCodeAt(i)) && /^(?:序号|编号)$/.test(line.replace(/\s+/g, ""));
}

/**
 * The header starting at lines[i] (序号, then task columns and one or two completion columns among
 * at most a few), or null. Once a task column is known, a label this reader does not know heads a
 * column passed over; it must not be the first row's number.
 */
function headerAt(lines: Lines, i: number): Header | null {
  if (!isSerialHeader(lines.textAt(i) ?? "")) return null;
  const columns: Column[] = [];
  const labels: string[] = [];
  for (let k = i + 1; k <= i + MAX_COLUMNS; k++) {
    const cell = lines.textAt(k);
    const column = cell === undefined ? null : headerColumn(cell, columns);
    if (!column) break;
    columns.push(column);
    labels.push(cell!);
  }
  return isProgressHeader(columns) ? { columns, labels } : null;
}

/** The column a header cell names after `before`, or null where the header ends. */
function headerColumn(cell: string, before: Column[]): Column | null {
  const column = columnOf(cell);
  if (column) return column;
  // a label this reader does not know (督查等次, 完成率%), after a task column and no row number
  return before.includes("task") && UNKNOWN_HEADER.test(cell.replace(/\s+/g, "").replace(HEADER_UNIT, "")) && !rowLabel(cell) ? "unknown" : null;
}

/** A progress table's header names a task column and one or two completion columns. */
function isProgressHeader(columns: Column[]): boolean {
  const count = (c: Column) => columns.filter((x) => x === c).length;
  return count("task") >= 1 && (count("completion") === 1 || count("completion") === 2);
}

/** How a table numbers its rows: 1, 2, 3 or 一、二、三 with or without brackets. */
interface RowLabel {
  n: number;
  style: string;
}

const ARABIC_LABEL = /^(\d{1,3})[.．、]?$/;
const CHINESE_LABEL = /^([（(]?)([一二三四五六七八九十]{1,3})([)）、]?)$/;
/** The longest label either pattern matches: （十二）. */
const MAX_LABEL = 5;

function rowLabel(line: string | undefined): RowLabel | null {
  if (line === undefined || line.length > MAX_LABEL) return null;
  const arabic = ARABIC_LABEL.exec(line);
  if (arabic) return { n: Number(arabic[1]), style: "arabic" };
  const cn = CHINESE_LABEL.exec(line);
  const closes = cn !== null && cn[3] !== "" && cn[3] !== "、";
  if (!cn || (cn[1] !== "") !== closes) return null;
  const n = parseNumberAt(cn[2], 0);
  return n && n.end === cn[2].length ? { n: n.value, style: closes ? "()" : `cn${cn[3]}` } : null;
}

function isLabel(line: string | undefined, style: string, n: number): boolean {
  const label = rowLabel(line);
  return label !== null && label.style === style && label.n === n;
}

/** Who answers for a task: 市发展改革委, 省经信厅、省科技厅, 各县（市、区）人民政府, a division of a department (规划处). */
const ORGAN =
  /(?:委员会|办公室|管委会|政府|委|局|厅|办|部|署|处|集团|公司|银行|分行|工会|联合会|协会|工商联|科协|团委|法院|检察院)$/;
/** Words ending like an organ that are not one: 举办, 布局, 干部, 好处. */
const NOT_ORGAN =
  /(?:举办|开办|创办|承办|主办|布局|格局|开局|大局|全局|结局|干部|全部|内部|外部|局部|东部|西部|南部|北部|中部|好处|难处|益处|到处|之处|各处|此处|深处|相处|共处|长处|短处|住处|出处|去处)$/;
const MAX_OWNER_CELL = 60;
/** When a task is due: 2023年底, 6月底前, 年内, 长期坚持. */
const DEADLINE = /^(?:(?:\d{4}年|年)?(?:\d{1,2}月份?)?(?:底|末|中旬|上旬|下旬)?前?|年内|全年|长期|长期坚持|持续推进)$/;
/** A note on how far a task has got: 已完成, 部分完成, 序时推进, 超序时, 滞后. */
const STATUS = new RegExp(
  [
    "^(?:已|基本|超额|提前|部分|未|尚未)完成$",
    "^(?:按|超|快于|慢于|落后于?|滞后于?)?序时(?:推进|进度)?$",
    "^(?:正在|正常|有序|顺利|稳步|加快|按计划|按期)?推进中?$",
    "^进展(?:顺利|正常|缓慢)$",
    "^(?:进度)?滞后(?:序时)?$",
    "^(?:已|未|尚未)(?:启动|开工)$",
  ].join("|"),
);

function isOwnerCell(line: string): boolean {
  if (line.length > MAX_OWNER_CELL || /[\d%。]/.test(line)) return false;
  const parts = line
    .replace(/[（(][^）)]*[）)]/g, "")
    .split(/[、，,；;\s/]+/)
    .filter((p) => p.length > 0);
  return parts.length > 0 && parts.every((p) => p.length >= 2 && p.length <= 20 && ORGAN.test(p) && !NOT_ORGAN.test(p));
}

/** A cell of a column passed over (owner, deadline, note), known by its shape. */
export function isSideCell(line: string): boolean {
  return isOwnerCell(line) || (line.length >= 2 && (DEADLINE.test(line) || STATUS.test(line)));
}

/** The last row has no next row number to end it: keep its numbered points 1, 2, 3… or, unnumbered, one paragraph. */
function lastRowLength(text: string, completion: Span[]): number {
  const numberAt = (k: number) => pointNumber(text.slice(completion[k].start, completion[k].end));
  if (completion.length === 0 || numberAt(0) !== 1) return Math.min(1, completion.length);
  let n = 1;
  while (n < completion.length && numberAt(n) === n + 1) n++;
  return n;
}

/**
 * Task and completion of cells without a side cell between them: the task runs up to the first
 * numbered point, else over one line per task column (重点工作 | 目标任务), the completion keeping one.
 */
function splitCells(text: string, lines: Span[], taskColumns: number): ProgressRow {
  const firstPoint = lines.findIndex((l, k) => k > 0 && pointNumber(text.slice(l.start, l.end)) === 1);
  const taskLines = firstPoint > 0 ? firstPoint : Math.max(1, Math.min(taskColumns, lines.length - 1));
  return {
    task: [{ start: lines[0].start, end: lines[taskLines - 1].end }],
    completion: lines.slice(taskLines),
  };
}

const isTaskColumn = (c: Column) => c === "task" || c === "heading";

/** The content column each line sits in (-1: none), for comparing placements. */
function contentOf(placed: readonly number[], columns: Column[]): number[] {
  return columns.map((c, k) => (isContent(c) ? placed.indexOf(k) : -1));
}

/** A cell of a few words, no figure and no sentence: an owner, status or heading the shape tests may not know. */
function wordsOnly(cell: string, max: number): boolean {
  return cell.length <= max && !/[\d０-９%％。，,；;：:]/.test(cell);
}

/** An owner the organ list does not know (节能与综合利用处, 市数据资源中心) still names no more than this. */
const MAX_OWNER_LABEL = 20;

/**
 * What placing a row's line in a column costs: nothing when its shape is the column's (a side cell
 * in an owner, deadline or status column, another in a task or completion column, any in an
 * unknown column), 1 for a few words in an owner or status column, and never for the rest.
 */
function placingCost(column: Column, side: boolean, label: boolean): number {
  if (column === "unknown") return 0;
  if (column !== "other") return side ? Infinity : 0;
  return side ? 0 : label ? 1 : Infinity;
}

/**
 * The row's cells placed in the columns, when one placement fits their shapes best (placingCost).
 * Empty cells vanish when a table is flattened, so fewer cells than columns leave columns empty.
 * A completion cell over several lines (numbered points) fits no placement. The last row has no
 * next row number to end it: its placement must fill the task and completion columns and end with
 * a side cell after the completion, or with the completion in the last column when it is one
 * paragraph (not a first numbered point).
 * Null when no placement fits, or the best ones place the content differently.
 */
function placedRow(text: string, lines: Span[], columns: Column[], last: boolean): { row: ProgressRow; end: number } | null {
  const n = columns.length;
  if (!last && lines.length > n) return null;
  const cells = lines.slice(0, n).map((l) => text.slice(l.start, l.end));
  const side = cells.map(isSideCell);
  const label = cells.map((cell) => wordsOnly(cell, MAX_OWNER_LABEL));
  const done = columns.indexOf("completion");
  const cost = (placed: readonly number[]) => placed.reduce((sum, c, j) => sum + placingCost(columns[c], side[j], label[j]), 0);
  const closes = (placed: readonly number[]) => {
    const k = placed.length - 1;
    if (!last) return true;
    if (!columns.every((c, col) => (c !== "task" && c !== "completion") || placed.includes(col))) return false;
    if (placed[k] === done) return done === n - 1 && pointNumber(cells[k]) === null;
    return columns[placed[k]] === "other" && side[k] && placed[k] > done;
  };
  for (let count = Math.min(lines.length, n); count >= 1; count--) {
    let found: readonly number[] | null = null;
    let best = Infinity;
    let ambiguous = false;
    for (const placed of placements(n, count)) {
      const c = cost(placed);
      if (c === Infinity || c > best || !closes(placed)) continue;
      if (found && c === best && contentOf(found, columns).join() !== contentOf(placed, columns).join()) ambiguous = true;
      if (c < best) {
        found = placed;
        best = c;
        ambiguous = false;
      }
    }
    if (found && !ambiguous) {
      const at = found;
      const inColumn = (kind: Column) => lines.slice(0, count).filter((_, j) => columns[at[j]] === kind);
      return { row: { task: inColumn("task"), completion: inColumn("completion") }, end: lines[count - 1].end };
    }
    if (!last) return null;
  }
  return null;
}

/**
 * A row's lines after its number, placed by their shapes (placedRow) or else split where side
 * cells stand. Side cells (owner, deadline, note) before the task are dropped; one between the
 * task and the completion separates them (task columns after it take one line each); one after
 * the completion closes it. `last`: nothing after the row says where it ends.
 */
function splitRow(text: string, lines: Span[], columns: Column[], last: boolean): { row: ProgressRow; end: number } {
  const placed = placedRow(text, lines, columns, last);
  if (placed) return placed;
  const task = columns.findIndex(isTaskColumn);
  const done = columns.indexOf("completion");
  const taskColumns = columns.filter(isTaskColumn).length;
  const side = (k: number) => columns.some(isPassedOver) && isSideCell(text.slice(lines[k].start, lines[k].end));
  let first = 0;
  while (first < task && first < lines.length - 1 && side(first)) first++;
  const cells = lines.slice(first);
  const betweenAt = columns.findIndex((c, k) => isPassedOver(c) && k > task && k < done);
  let sideAt = -1;
  for (let k = 1; k < cells.length && sideAt < 0; k++) if (side(first + k)) sideAt = k;
  let row: ProgressRow;
  let closed = false;
  if (sideAt > 0 && betweenAt >= 0) {
    // 重点任务 | 牵头单位 | 目标任务 | 进展情况: a task column after the side cell takes one line.
    const after = Math.min(columns.slice(betweenAt, done).filter(isTaskColumn).length, cells.length - sideAt - 1);
    const before = { start: cells[0].start, end: cells[sideAt - 1].end };
    const headingsOnly = columns.slice(0, betweenAt).every((c) => c !== "task");
    row = {
      task: [...(headingsOnly && after > 0 ? [] : [before]), ...cells.slice(sideAt + 1, sideAt + 1 + after)],
      completion: cells.slice(sideAt + 1 + after),
    };
  } else if (sideAt > 1) {
    // The side cell follows the completion: it closes the row, and what follows is another side cell.
    row = splitCells(text, cells.slice(0, sideAt), taskColumns);
    closed = true;
  } else {
    row = splitCells(text, cells, taskColumns);
  }
  if (last && closed) return { row, end: cells[sideAt].end };
  if (last) row.completion = row.completion.slice(0, lastRowLength(text, row.completion));
  return { row, end: (row.completion[row.completion.length - 1] ?? row.task[row.task.length - 1]).end };
}

/** A row's lines after its number; `last` when no next row number ends them. */
interface RowLines {
  lines: Span[];
  last: boolean;
}

/** Most cells a status column holds: a few words (序时推进, 已完成, 良好). */
const MAX_STATUS_WORDS = 8;

function isStatusWords(cell: string): boolean {
  return STATUS.test(cell) || wordsOnly(cell, MAX_STATUS_WORDS);
}

/** Whether a cell states a figure: a number with a unit (1.2万个, 10%, 三分之二). */
function holdsFigure(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    if (!startsNumber(cell, i)) continue;
    const n = parseNumberAt(cell, i);
    if (!n) continue;
    if (n.impliedUnit || matchUnitAt(cell, n.end)) return true;
    i = n.end - 1;
  }
  return false;
}

/**
 * The columns as the rows show them, read off the rows with one line per column. Of two
 * completion columns (进展情况 | 完成情况), the one holding status words is passed over; of several
 * task columns (重点任务 | 目标任务), one whose cells state a figure in at most half the rows, fewer
 * than another's, is a heading column (a heading may hold a figure: 推进100个重大项目建设). Null
 * when the rows do not say which completion column holds the status.
 */
function resolveColumns(text: string, columns: Column[], rows: RowLines[]): Column[] | null {
  const exact = rows.filter((r) => r.lines.length === columns.length).map((r) => r.lines.map((l) => text.slice(l.start, l.end)));
  const resolved = [...columns];
  const indexes = (kind: Column) => columns.flatMap((c, k) => (c === kind ? [k] : []));
  const done = indexes("completion");
  if (done.length === 2) {
    const votes = done.map((k) => exact.filter((cells) => isStatusWords(cells[k])).length);
    if (votes[0] === votes[1]) return null;
    const status = done[votes[0] > votes[1] ? 0 : 1];
    resolved[status] = exact.every((cells) => isSideCell(cells[status])) ? "other" : "unknown";
  }
  const tasks = indexes("task");
  const figured = tasks.map((k) => exact.filter((cells) => holdsFigure(cells[k])).length);
  const most = Math.max(...figured);
  tasks.forEach((k, t) => {
    if (figured[t] < most && figured[t] * 2 <= exact.length) resolved[k] = "heading";
  });
  return resolved;
}

/** The lines of the rows after a header; each row starts with its number, in sequence. */
function rowLines(lines: Lines, header: Header): RowLines[] {
  const rows: RowLines[] = [];
  let i = header.columns.length + 1;
  const first = rowLabel(lines.textAt(i));
  if (!first || first.n !== 1) return rows;
  for (let n = 1; isLabel(lines.textAt(i), first.style, n); n++) {
    let j = i + 1;
    while (j <= i + MAX_ROW_LINES && lines.get(j) && !isLabel(lines.textAt(j), first.style, n + 1) && !headerAt(lines, j)) j++;
    if (j === i + 1) break;
    const last = !isLabel(lines.textAt(j), first.style, n + 1);
    rows.push({ lines: lines.slice(i + 1, j), last });
    i = j;
    if (last) break;
  }
  return rows;
}

function readTable(text: string, lines: Lines, header: Header): ProgressTable {
  const table: ProgressTable = { start: lines.get(0)!.start, end: lines.get(header.columns.length)!.end, rows: [], month: null };
  return withRows(text, table, rowLines(lines, header), header);
}

/**
 * The table with its rows, split by the columns they resolve, and the period its completion header
 * names; without rows when they do not say which completion column holds the status.
 */
function withRows(text: string, table: ProgressTable, rows: RowLines[], header: Header): ProgressTable {
  const columns = resolveColumns(text, header.columns, rows);
  if (!columns) return table;
  table.month = lastMonthIn(header.labels[columns.indexOf("completion")]);
  for (const { lines: cells, last } of rows) {
    const split = splitRow(text, cells, columns, last);
    table.rows.push(split.row);
    table.end = split.end;
  }
  return table;
}

/** The run of non-empty lines around `at` (a block between empty lines), each trimmed; null past `max` lines. */
function blockAt(text: string, at: number, max: number): Span[] | null {
  let start = text.lastIndexOf("\n", at - 1) + 1;
  for (let k = 0; start > 0; k++) {
    const prev = text.lastIndexOf("\n", start - 2) + 1;
    const line = trimSpan(text, { start: prev, end: start - 1 });
    if (line.end === line.start) break;
    if (k >= max) return null;
    start = prev;
  }
  const lines = blockFrom(text, start, max + 1);
  return lines.length > max ? null : lines;
}

/** The non-empty lines from `start` up to the next empty line (or the text's end), each trimmed; at most `max`. */
function blockFrom(text: string, start: number, max: number): Span[] {
  const lines: Span[] = [];
  for (let from = start; from < text.length && lines.length < max; ) {
    const nl = text.indexOf("\n", from);
    const end = nl < 0 ? text.length : nl;
    const line = trimSpan(text, { start: from, end });
    if (line.end === line.start) break;
    lines.push(line);
    from = end + 1;
  }
  return lines;
}

/** Start of the next block after `end`: past the empty lines that follow it. */
function nextBlockStart(text: string, end: number): number {
  let at = end;
  while (at < text.length && isWhitespaceAt(text, at)) at++;
  return text.lastIndexOf("\n", at - 1) + 1;
}

/** A completion header cell anywhere in the text: where a table without 序号 may have its header. */
const DONE_ANYWHERE = /(?:完成|进展|推进|落实|执行|实施|办理)(?:情况|进度)/g;
/** Rows that fill every column: a table without row numbers needs this many to be read as one. */
const MIN_FULL_ROWS = 2;

/**
 * A table without 序号 (项目名称 | 年度任务 | 截至6月底完成情况 | 完成率 | 责任单位), its header one
 * block of lines and each row the next block, blocks parted by empty lines; null when the block is
 * no such header, fewer than MIN_FULL_ROWS rows fill every column or the rows resolve no columns.
 */
function blockTable(text: string, block: Span[] | null): ProgressTable | null {
  if (!block || block.length < 3) return null;
  const header: Header = { columns: [], labels: [] };
  for (const line of block) {
    const cell = text.slice(line.start, line.end);
    const column = headerColumn(cell, header.columns);
    if (!column) return null;
    header.columns.push(column);
    header.labels.push(cell);
  }
  if (!isProgressHeader(header.columns)) return null;
  const columns = header.columns;
  const rows: RowLines[] = [];
  for (let at = nextBlockStart(text, block[block.length - 1].end); at < text.length; ) {
    const lines = blockFrom(text, at, columns.length + 1);
    if (lines.length < 2 || lines.length > columns.length) break;
    rows.push({ lines, last: false });
    at = nextBlockStart(text, lines[lines.length - 1].end);
  }
  if (rows.filter((r) => r.lines.length === columns.length).length < MIN_FULL_ROWS) return null;
  rows[rows.length - 1].last = true;
  const table = withRows(text, { start: block[0].start, end: block[block.length - 1].end, rows: [], month: null }, rows, header);
  return table.rows.length > 0 ? table : null;
}

/** Every progress table of the text: headed by 序号, or a header block without it. */
export function findProgressTables(text: string): ProgressTable[] {
  const tables: ProgressTable[] = [];
  let consumed = 0;
  for (const serialLine of lineMatches(text, SERIAL_LINE)) {
    if (serialLine < consumed) continue;
    const lines = new Lines(text, serialLine);
    const header = headerAt(lines, 0);
    if (!header) continue;
    const table = readTable(text, lines, header);
    if (table.rows.length === 0) continue;
    tables.push(table);
    consumed = table.end;
  }
  const within = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const blockTables: ProgressTable[] = [];
  let blockConsumed = 0;
  DONE_ANYWHERE.lastIndex = 0;
  for (let m = DONE_ANYWHERE.exec(text); m; m = DONE_ANYWHERE.exec(text)) {
    if (m.index < blockConsumed || within(m.index)) continue;
    // a header cell is a short line: most matches sit in sentences and are ruled out here
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const lineEnd = text.indexOf("\n", m.index);
    if ((lineEnd < 0 ? text.length : lineEnd) - lineStart > MAX_HEADER_CELL + 2) continue;
    const table = blockTable(text, blockAt(text, m.index, MAX_COLUMNS));
    if (!table || within(table.start) || within(table.end - 1)) continue;
    blockTables.push(table);
    blockConsumed = table.end;
    DONE_ANYWHERE.lastIndex = table.end;
  }
  return [...tables, ...blockTables].sort((a, b) => a.start - b.start);
}
