/**
 * A progress table flattened one cell per line: a header (序号 | 重点任务 | [牵头单位] | 完成情况 |
 * [备注]), then per row a row number (1, 2… or (一), (二)…) and its cells in the header's order.
 * Only the task and completion cells are read; owner, deadline and note cells are passed over.
 * Empty cells vanish when a table is flattened, so an owner cell is known by its shape.
 */
import { parseNumberAt } from "../numbers";
import { type Span, trimSpan } from "../segment";
import { isNameHeader } from "../tables/header";
import { lastMonthIn } from "./period";

export interface ProgressRow {
  task: Span;
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

/** What a header cell says its column holds. */
type Column = "task" | "completion" | "other";

/** A line holding only 序号: where a progress table's header may start. */
const SERIAL_LINE = /^[^\S\n]*(?:序[^\S\n]*号|编[^\S\n]*号)[^\S\n]*$/gm;
const DONE_HEADER = /(?:完成|进展|推进|落实|执行|实施|办理)(?:情况|进度)|进展|成效/;
const OTHER_HEADER = /单位|部门|责任|牵头|领导|备注|时限|时间|节点|期限|说明/;
const TASK_HEADER = /工作|任务|目标|事项|内容|指标|项目|举措|措施/;
/** Header cells are labels, never sentences. */
const MAX_HEADER_CELL = 20;
/** 序号 and at most this many further columns. */
const MAX_COLUMNS = 6;

/** More lines than a row's cells ever run to: no next row number within them, the table has ended. */
const MAX_ROW_LINES = 40;

/** A numbered point of a completion cell: 1. 2、 (3). */
const POINT = /^[（(]?(\d{1,2})[.．、)）]/;

export function pointNumber(line: string): number | null {
  const m = POINT.exec(line);
  return m ? Number(m[1]) : null;
}

/** The completion lines without their point numbers (1. 2. 3. in sequence; 3.5万家 opening an unnumbered line stays). */
export function withoutPoints(text: string, lines: Span[]): Span[] {
  let next = 1;
  return lines.map((line) => {
    const m = POINT.exec(text.slice(line.start, line.end));
    if (!m || Number(m[1]) !== next) return line;
    next++;
    return { start: line.start + m[0].length, end: line.end };
  });
}

/** The non-empty lines of text from a position on, trimmed, read only as far as they are asked for. */
class Lines {
  private readonly spans: Span[] = [];
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
    return s && this.text.slice(s.start, s.end);
  }

  slice(from: number, to: number): Span[] {
    this.get(to - 1);
    return this.spans.slice(from, to);
  }
}

/** What a header cell says its column holds; an indicator column (指标) makes an indicator table, read by tables/. */
function columnOf(raw: string): Column | null {
  const cell = raw.replace(/\s+/g, "");
  if (cell.length > MAX_HEADER_CELL || /[。，,；;：:]/.test(cell) || isNameHeader(cell)) return null;
  if (DONE_HEADER.test(cell)) return "completion";
  if (OTHER_HEADER.test(cell)) return "other";
  return TASK_HEADER.test(cell) ? "task" : null;
}

interface Header {
  /** The columns after 序号, in order. */
  columns: Column[];
  month: number | null;
}

/** The header starting at lines[i] (序号, then task columns and one completion column among at most a few), or null. */
function headerAt(lines: Lines, i: number): Header | null {
  if (!/^(?:序号|编号)$/.test((lines.textAt(i) ?? "").replace(/\s+/g, ""))) return null;
  const columns: Column[] = [];
  let month: number | null = null;
  for (let k = i + 1; k <= i + MAX_COLUMNS; k++) {
    const cell = lines.textAt(k);
    const column = cell === undefined ? null : columnOf(cell);
    if (!column) break;
    columns.push(column);
    if (column === "completion") month = lastMonthIn(cell!);
  }
  const count = (c: Column) => columns.filter((x) => x === c).length;
  return count("task") >= 1 && count("completion") === 1 ? { columns, month } : null;
}

/** How a table numbers its rows: 1, 2, 3 or 一、二、三 with or without brackets. */
interface RowLabel {
  n: number;
  style: string;
}

const ARABIC_LABEL = /^(\d{1,3})[.．、]?$/;
const CHINESE_LABEL = /^([（(]?)([一二三四五六七八九十]{1,3})([)）、]?)$/;

function rowLabel(line: string | undefined): RowLabel | null {
  if (line === undefined) return null;
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

/** Who answers for a task: 市发展改革委, 省经信厅、省科技厅, 各县（市、区）人民政府. */
const ORGAN =
  /(?:委员会|办公室|管委会|政府|委|局|厅|办|部|署|集团|公司|银行|分行|工会|联合会|协会|工商联|科协|团委|法院|检察院)$/;
/** Words ending like an organ that are not one: 举办, 布局, 干部. */
const NOT_ORGAN =
  /(?:举办|开办|创办|承办|主办|布局|格局|开局|大局|全局|结局|干部|全部|内部|外部|局部|东部|西部|南部|北部|中部)$/;
const MAX_OWNER_CELL = 60;
/** When a task is due: 2023年底, 6月底前, 年内, 长期坚持. */
const DEADLINE = /^(?:(?:\d{4}年|年)?(?:\d{1,2}月份?)?(?:底|末|中旬|上旬|下旬)?前?|年内|全年|长期|长期坚持|持续推进)$/;
/** A note on how far a task has got: 已完成, 序时推进, 滞后. */
const STATUS = /^(?:已完成|基本完成|超额完成|提前完成|未完成|序时推进|按序时推进|正在推进|推进中|进展顺利|滞后|滞后序时)$/;

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
    task: { start: lines[0].start, end: lines[taskLines - 1].end },
    completion: lines.slice(taskLines),
  };
}

/**
 * A row's lines after its number. Side cells (owner, deadline, note) before the task are dropped;
 * one between the task and the completion separates them; one after the completion closes it.
 * `last`: nothing after the row says where it ends.
 */
function splitRow(text: string, lines: Span[], columns: Column[], last: boolean): { row: ProgressRow; end: number } {
  const task = columns.indexOf("task");
  const done = columns.indexOf("completion");
  const taskColumns = columns.filter((c) => c === "task").length;
  const side = (k: number) => columns.includes("other") && isSideCell(text.slice(lines[k].start, lines[k].end));
  let first = 0;
  while (first < task && first < lines.length - 1 && side(first)) first++;
  const cells = lines.slice(first);
  const between = columns.some((c, k) => c === "other" && k > task && k < done);
  let sideAt = -1;
  for (let k = 1; k < cells.length && sideAt < 0; k++) if (side(first + k)) sideAt = k;
  let row: ProgressRow;
  let closed = false;
  if (sideAt > 0 && between) {
    row = { task: { start: cells[0].start, end: cells[sideAt - 1].end }, completion: cells.slice(sideAt + 1) };
  } else if (sideAt > 1) {
    // The side cell follows the completion: it closes the row, and what follows is another side cell.
    row = splitCells(text, cells.slice(0, sideAt), taskColumns);
    closed = true;
  } else {
    row = splitCells(text, cells, taskColumns);
  }
  if (last && closed) return { row, end: cells[sideAt].end };
  if (last) row.completion = row.completion.slice(0, lastRowLength(text, row.completion));
  return { row, end: (row.completion[row.completion.length - 1] ?? row.task).end };
}

/** The rows after a header; each starts with its number, in sequence. */
function readTable(text: string, lines: Lines, header: Header): ProgressTable {
  const rows: ProgressRow[] = [];
  let i = header.columns.length + 1;
  const first = rowLabel(lines.textAt(i));
  let end = lines.get(header.columns.length)!.end;
  if (first && first.n === 1) {
    for (let n = 1; isLabel(lines.textAt(i), first.style, n); n++) {
      let j = i + 1;
      while (j <= i + MAX_ROW_LINES && lines.get(j) && !isLabel(lines.textAt(j), first.style, n + 1) && !headerAt(lines, j)) j++;
      if (j === i + 1) break;
      const last = !isLabel(lines.textAt(j), first.style, n + 1);
      const split = splitRow(text, lines.slice(i + 1, j), header.columns, last);
      rows.push(split.row);
      end = split.end;
      i = j;
      if (last) break;
    }
  }
  return { start: lines.get(0)!.start, end, rows, month: header.month };
}

/** Every progress table of the text. */
export function findProgressTables(text: string): ProgressTable[] {
  const tables: ProgressTable[] = [];
  let consumed = 0;
  for (const m of text.matchAll(SERIAL_LINE)) {
    if ((m.index ?? 0) < consumed) continue;
    const lines = new Lines(text, m.index ?? 0);
    const header = headerAt(lines, 0);
    if (!header) continue;
    const table = readTable(text, lines, header);
    if (table.rows.length === 0) continue;
    tables.push(table);
    consumed = table.end;
  }
  return tables;
}
