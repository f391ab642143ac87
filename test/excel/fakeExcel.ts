/**
 * A small in-memory Excel behind office-addin-mock proxies, for testing src/excel.
 *
 * Every object the adapter touches (workbook, sheets, ranges, tables, collections) is an
 * OfficeMockObject, so a property read without load() + sync() yields the mock's "not loaded"
 * error exactly as in Office.js. Writes are queued like a real batch and applied at sync():
 * method calls (tables.add, worksheets.add, delete…) in call order, then property assignments
 * (values, formulas, number formats, fills…) in the order their proxies were made. Each sync is
 * counted, with the bytes of data it carried, and an operation Excel would refuse (writing to a
 * protected sheet, a table over another table or over merged cells, a second comment on a cell)
 * throws at sync after the operations before it were applied — Excel batches are not
 * transactional, so a test can see a partial write if the adapter failed to check first.
 *
 * Request size is counted as Office.js builds the request body (JSON.stringify of its actions and
 * object paths, sent as UTF-8): each property write and method call is an action carrying its
 * arguments, and each proxy made since the last sync an object path of ENVELOPE bytes. Load
 * (query) actions are not counted: they carry property names only.
 */
import { OfficeMockObject } from "office-addin-mock";
import { a1FromR1C1, quoteSheet, rangeAddress, type CellRect } from "../../src/sheets/address";
import type { CellValue } from "../../src/sheets/tableSpec";
import type { ExcelRun } from "../../src/excel/run";
import { utf8Length } from "../../src/excel/chunks";

const MAX_ROWS = 1048576;
/** Excel's standard column width in points. */
const DEFAULT_WIDTH = 48;
const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";
const isMockError = (v: unknown) => v === NOT_LOADED || v === NOT_SYNCED;

/** Bytes of one action as Office.js serialises it, e.g. {"Id":123,"ActionType":4,"Name":"formulas","ObjectPathId":45,"ArgumentInfo":{"Arguments":[…]}}. */
function actionBytes(name: string, args: unknown[]): number {
  return utf8Length(JSON.stringify({ Id: 1234, ActionType: 4, Name: name, ObjectPathId: 1234, ArgumentInfo: { Arguments: args } })) + 1;
}

/** Bytes of one object path, e.g. a range from getRangeByIndexes with its four arguments. */
const ENVELOPE = utf8Length(
  JSON.stringify({ Id: 1234, ObjectPathType: 3, Name: "getRangeByIndexes", ParentObjectPathId: 1234, ArgumentInfo: { Arguments: [100000, 16000, 100000, 16000] } }),
) + 10;

interface Cell {
  value: CellValue;
  formula: string | null;
}

export class FakeSheet {
  readonly cells = new Map<number, Cell>();
  readonly fills = new Map<number, string>();
  readonly formats: { rect: CellRect; format: string }[] = [];
  readonly merged: CellRect[] = [];
  readonly hiddenColumns = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  protected = false;
  frozenRows = 0;
  constructor(public name: string) {}

  static key(row: number, col: number): number {
    return row * 16384 + col;
  }

  value(row: number, col: number): CellValue {
    return this.cells.get(FakeSheet.key(row, col))?.value ?? "";
  }

  formula(row: number, col: number): CellValue {
    const c = this.cells.get(FakeSheet.key(row, col));
    return c?.formula ?? c?.value ?? "";
  }

  numberFormat(row: number, col: number): string {
    for (let i = this.formats.length - 1; i >= 0; i--) if (contains(this.formats[i].rect, row, col)) return this.formats[i].format;
    return "General";
  }

  write(row: number, col: number, input: CellValue): void {
    const k = FakeSheet.key(row, col);
    if (input === "") this.cells.delete(k);
    else if (typeof input === "string" && input.startsWith("=")) this.cells.set(k, { value: "", formula: input });
    else this.cells.set(k, { value: input, formula: null });
  }

  grid(rect: CellRect, read: (row: number, col: number) => CellValue): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const line: CellValue[] = [];
      for (let c = 0; c < rect.cols; c++) line.push(read(rect.row + r, rect.col + c));
      out.push(line);
    }
    return out;
  }

  /** Bounding box of non-empty cells inside rect, or null. */
  usedWithin(rect: CellRect): CellRect | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (const k of this.cells.keys()) {
      const row = Math.floor(k / 16384), col = k % 16384;
      if (!contains(rect, row, col)) continue;
      top = Math.min(top, row); left = Math.min(left, col); bottom = Math.max(bottom, row); right = Math.max(right, col);
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  rect: CellRect;
  style: string;
}

function contains(r: CellRect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

function overlaps(a: CellRect, b: CellRect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

class ExcelError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** One proxy in the current batch: how to read its data fresh, and how to apply each writable property. */
interface Tracked {
  proxy: OfficeMockObject;
  read: () => Record<string, unknown>;
  writes: Record<string, (value: unknown) => void>;
  baseline: Map<string, unknown>;
  isNull?: () => boolean;
  wasNull?: boolean;
  items?: () => Record<string, unknown>[];
  itemsLoaded?: boolean;
}

type Locator<T> = () => T;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names = new Map<string, { name: string; formula: string; comment: string }>();
  settings = new Map<string, unknown>();
  comments: { sheet: string; row: number; col: number; content: string }[] = [];
  selection: { sheet: string; rect: CellRect };
  activeSheet: string;
  structureProtected = false;
  /** Bytes of written data carried by each sync, in order; its length is the sync count. */
  requests: number[] = [];
  /** Makes the n-th sync (1-based, counted from the start) fail after applying its operations. */
  failAtSync: number | null = null;
  tableCount = 0;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.sheets.push(new FakeSheet(n));
    this.activeSheet = sheetNames[0];
    this.selection = { sheet: sheetNames[0], rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  get syncs(): number {
    return this.requests.length;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new ExcelError("ItemNotFound", `The requested resource doesn't exist: sheet ${name}`);
    return s;
  }

  table(name: string): FakeTable {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new ExcelError("ItemNotFound", `The requested resource doesn't exist: table ${name}`);
    return t;
  }

  /** Writes test data directly (not through a batch). */
  put(sheet: string, row: number, col: number, values: CellValue[][]): void {
    values.forEach((line, r) => line.forEach((v, c) => this.sheet(sheet).write(row + r, col + c, v)));
  }

  select(sheet: string, rect: CellRect): void {
    this.selection = { sheet, rect };
    this.activeSheet = sheet;
  }

  /** Everything a user could see, for "nothing changed" assertions. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        name: s.name, cells: [...s.cells], fills: [...s.fills], formats: s.formats, hidden: [...s.hiddenColumns],
        widths: [...s.columnWidths], frozen: s.frozenRows,
      })),
      tables: this.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
      names: [...this.names], settings: [...this.settings], comments: this.comments,
    });
  }

  /** Each Excel.run gets its own batch, as in Office.js: runs may overlap (the pane loads settings while the user clicks). */
  readonly run: ExcelRun = async (batch) => {
    const b = new Batch(this);
    const context = { workbook: b.workbookProxy(), sync: () => b.sync() };
    return batch(context as unknown as Excel.RequestContext);
  };
}

/** One Excel.run: its proxies, its queued operations, and sync(). */
class Batch {
  private tracked: Tracked[] = [];
  private ops: { bytes: number; apply: () => void }[] = [];
  /** Proxies made since the last sync: object paths the next request carries. */
  private paths = 0;

  constructor(private readonly wb: FakeWorkbook) {}


  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    const propertyWrites: (() => void)[] = [];
    let bytes = ops.reduce((n, op) => n + op.bytes, 0) + this.paths * ENVELOPE;
    this.paths = 0;
    for (const t of this.tracked) {
      for (const [path, apply] of Object.entries(t.writes)) {
        const current = fieldAt(t.proxy, path);
        if (current === t.baseline.get(path) || isMockError(current)) continue;
        bytes += actionBytes(path, [current]);
        propertyWrites.push(() => apply(current));
        t.baseline.set(path, current);
      }
    }
    this.wb.requests.push(bytes);
    for (const op of ops) op.apply();
    for (const write of propertyWrites) write();
    if (this.wb.failAtSync === this.wb.requests.length) throw new ExcelError("GeneralException", "simulated failure");
    const loaded = this.tracked.filter((t) => this.refresh(t));
    for (const t of loaded) void t.proxy.sync();
    // OfficeMockObject settles loaded properties in microtasks; let them all run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const t of this.tracked) for (const path of Object.keys(t.writes)) t.baseline.set(path, fieldAt(t.proxy, path));
  }

  /** Puts fresh model data into a proxy; true when it has loaded properties to settle. */
  private refresh(t: Tracked): boolean {
    if (t.isNull) {
      // Resolved at the first sync after the proxy was made, as in Office.js.
      const isNull = t.isNull();
      t.isNull = undefined;
      t.wasNull = isNull;
      Object.defineProperty(t.proxy, "isNullObject", { value: isNull, configurable: true });
    }
    if (t.wasNull) return false;
    if (t.items && t.itemsLoaded) {
      const items = t.items().map((data) => {
        const item = new OfficeMockObject(data);
        item.load("*");
        return item;
      });
      items.forEach((i) => void i.sync());
      (t.proxy as unknown as { items: unknown }).items = items;
      return false;
    }
    if (!anyLoaded(t.proxy)) return false;
    setLoadedValues(t.proxy, t.read());
    return true;
  }

  /** A proxy with `shape`'s properties (values irrelevant until loaded), read fresh from the model at each sync. */
  private track(shape: Record<string, unknown>, read: () => Record<string, unknown>, writes: Tracked["writes"] = {}): { proxy: OfficeMockObject; t: Tracked } {
    const proxy = new OfficeMockObject(shape);
    const t: Tracked = { proxy, read, writes, baseline: new Map() };
    for (const path of Object.keys(writes)) t.baseline.set(path, fieldAt(proxy, path));
    this.tracked.push(t);
    this.paths++;
    return { proxy, t };
  }

  private op(args: unknown, apply: () => void): void {
    this.ops.push({ bytes: actionBytes("method", args === null ? [] : [args]), apply });
  }

  private nullable(t: Tracked, isNull: () => boolean): void {
    t.isNull = isNull;
    Object.defineProperty(t.proxy, "isNullObject", {
      configurable: true,
      get: () => {
        throw new Error("isNullObject read before context.sync()");
      },
    });
  }

  // ---- proxies ----

  workbookProxy(): OfficeMockObject {
    const { proxy } = this.track({}, () => ({}));
    attach(proxy, "worksheets", this.worksheetsProxy());
    attach(proxy, "tables", this.tablesProxy());
    attach(proxy, "names", this.namesProxy());
    attach(proxy, "settings", this.settingsProxy());
    attach(proxy, "comments", this.commentsProxy());
    attach(proxy, "protection", this.track({ protected: false }, () => ({ protected: this.wb.structureProtected })).proxy);
    method(proxy, "getSelectedRange", () =>
      this.rangeProxy(() => this.wb.selection.sheet, () => this.wb.selection.rect),
    );
    method(proxy, "getActiveCell", () =>
      this.rangeProxy(() => this.wb.selection.sheet, () => ({ ...this.wb.selection.rect, rows: 1, cols: 1 })),
    );
    return proxy;
  }

  private collection(items: () => Record<string, unknown>[], methods: Record<string, (...args: never[]) => unknown>): OfficeMockObject {
    const { proxy, t } = this.track({}, () => ({}));
    t.items = items;
    method(proxy, "load", () => {
      t.itemsLoaded = true;
      return proxy;
    });
    for (const [name, fn] of Object.entries(methods)) method(proxy, name, fn);
    return proxy;
  }

  private worksheetsProxy(): OfficeMockObject {
    return this.collection(() => this.wb.sheets.map((s) => ({ name: s.name })), {
      add: (name: string) => {
        this.op(name, () => {
          if (this.wb.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new ExcelError("ItemAlreadyExists", `sheet ${name} exists`);
          this.wb.sheets.push(new FakeSheet(name));
        });
        return this.sheetProxy(() => name);
      },
      getItem: (name: string) => this.sheetProxy(() => this.wb.sheet(name).name),
      getItemOrNullObject: (name: string) => {
        const p = this.sheetProxy(() => this.wb.sheet(name).name);
        this.nullable(this.trackOf(p), () => !this.wb.sheets.some((s) => s.name === name));
        return p;
      },
      getActiveWorksheet: () => this.sheetProxy(() => this.wb.activeSheet),
    });
  }

  private trackOf(proxy: OfficeMockObject): Tracked {
    return this.tracked.find((t) => t.proxy === proxy) as Tracked;
  }

  private sheetProxy(name: Locator<string>): OfficeMockObject {
    const read = () => {
      const s = this.wb.sheet(name());
      return { name: s.name, protection: { protected: s.protected } };
    };
    const { proxy } = this.track({ name: "", protection: { protected: false } }, read);
    const tables = new OfficeMockObject({});
    method(tables, "add", (address: string, hasHeaders: boolean) => this.addTable(name, address, hasHeaders));
    attach(proxy, "tables", tables);
    const freeze = new OfficeMockObject({});
    method(freeze, "freezeRows", (n: number) => this.op(n, () => void (this.wb.sheet(name()).frozenRows = n)));
    attach(proxy, "freezePanes", freeze);
    method(proxy, "getRangeByIndexes", (row: number, col: number, rows: number, cols: number) =>
      this.rangeProxy(name, () => ({ row, col, rows, cols })),
    );
    method(proxy, "activate", () => this.op(null, () => void (this.wb.activeSheet = this.wb.sheet(name()).name)));
    method(proxy, "delete", () =>
      this.op(null, () => {
        const s = this.wb.sheet(name());
        this.wb.sheets = this.wb.sheets.filter((x) => x !== s);
        this.wb.tables = this.wb.tables.filter((t) => t.sheet !== s);
      }),
    );
    return proxy;
  }

  private rangeProxy(sheetName: Locator<string>, rect: Locator<CellRect>): OfficeMockObject {
    // Getters: a loaded property is computed at sync, an unloaded one never (entire columns are a million rows).
    const read = () => {
      const s = this.wb.sheet(sheetName());
      const r = rect();
      return {
        get address() { return `${quoteSheet(s.name)}!${rangeAddress(r.row, r.col, r.rows, r.cols)}`; },
        rowIndex: r.row, columnIndex: r.col, rowCount: r.rows, columnCount: r.cols,
        get values() { return s.grid(r, (row, col) => s.value(row, col)); },
        get formulas() { return s.grid(r, (row, col) => s.formula(row, col)); },
        get numberFormat() { return s.grid(r, (row, col) => s.numberFormat(row, col)); },
        columnHidden: s.hiddenColumns.has(r.col),
        format: { columnWidth: s.columnWidths.get(r.col) ?? DEFAULT_WIDTH, fill: { color: s.fills.get(FakeSheet.key(r.row, r.col)) ?? "" } },
      };
    };
    const writable = (apply: (s: FakeSheet, r: CellRect, v: unknown) => void) => (v: unknown) => {
      const s = this.wb.sheet(sheetName());
      if (s.protected) throw new ExcelError("AccessDenied", `sheet ${s.name} is protected`);
      apply(s, rect(), v);
    };
    const { proxy } = this.track(
      RANGE_SHAPE,
      read,
      {
        values: writable((s, r, v) => this.writeGrid(s, r, v)),
        formulas: writable((s, r, v) => this.writeGrid(s, r, v)),
        formulasR1C1: writable((s, r, v) => this.writeGrid(s, r, v, (text, row, col) => a1FromR1C1(text, row, col))),
        numberFormat: writable((s, r, v) => {
          if (typeof v !== "string") throw new ExcelError("InvalidArgument", "fake supports single-input number formats only");
          s.formats.push({ rect: r, format: v });
        }),
        columnHidden: writable((s, r, v) => {
          for (let c = r.col; c < r.col + r.cols; c++) if (v) s.hiddenColumns.add(c); else s.hiddenColumns.delete(c);
        }),
        "format.columnWidth": writable((s, r, v) => {
          for (let c = r.col; c < r.col + r.cols; c++) if (v === DEFAULT_WIDTH) s.columnWidths.delete(c); else s.columnWidths.set(c, v as number);
        }),
        "format.fill.color": writable((s, r, v) => this.eachCell(r, (row, col) => s.fills.set(FakeSheet.key(row, col), v as string))),
      },
    );
    attach(proxy, "worksheet", this.sheetProxy(sheetName));
    const fill = (proxy as unknown as { format: { fill: OfficeMockObject } }).format.fill;
    method(fill, "clear", () => this.op(null, () => {
      const s = this.wb.sheet(sheetName());
      this.eachCell(rect(), (row, col) => s.fills.delete(FakeSheet.key(row, col)));
    }));
    const sub = (f: (r: CellRect) => CellRect) => this.rangeProxy(sheetName, () => f(rect()));
    method(proxy, "getCell", (row: number, col: number) => sub((r) => ({ row: r.row + row, col: r.col + col, rows: 1, cols: 1 })));
    method(proxy, "getColumn", (i: number) => sub((r) => ({ ...r, col: r.col + i, cols: 1 })));
    method(proxy, "getResizedRange", (dr: number, dc: number) => sub((r) => ({ ...r, rows: r.rows + dr, cols: r.cols + dc })));
    method(proxy, "getEntireColumn", () => sub((r) => ({ row: 0, col: r.col, rows: MAX_ROWS, cols: r.cols })));
    method(proxy, "getUsedRangeOrNullObject", () => {
      const used = () => this.wb.sheet(sheetName()).usedWithin(rect());
      const p = this.rangeProxy(sheetName, () => used() as CellRect);
      this.nullable(this.trackOf(p), () => used() === null);
      return p;
    });
    method(proxy, "getMergedAreasOrNullObject", () => {
      const found = () => this.wb.sheet(sheetName()).merged.filter((m) => overlaps(m, rect()));
      const read = () => ({ address: found().map((m) => rangeAddress(m.row, m.col, m.rows, m.cols)).join(",") });
      const { proxy: p, t } = this.track({ address: "" }, read);
      this.nullable(t, () => found().length === 0);
      return p;
    });
    method(proxy, "getTables", () =>
      this.collection(() => this.wb.tables.filter((t) => t.sheet.name === sheetName() && overlaps(t.rect, rect())).map((t) => ({ name: t.name })), {}),
    );
    method(proxy, "clear", () => this.op(null, () => {
      const s = this.wb.sheet(sheetName());
      const r = rect();
      this.eachCell(r, (row, col) => { s.cells.delete(FakeSheet.key(row, col)); s.fills.delete(FakeSheet.key(row, col)); });
      const kept = s.formats.filter((f) => !(f.rect.row >= r.row && f.rect.col >= r.col && f.rect.row + f.rect.rows <= r.row + r.rows && f.rect.col + f.rect.cols <= r.col + r.cols));
      s.formats.splice(0, s.formats.length, ...kept);
    }));
    return proxy;
  }

  private eachCell(r: CellRect, f: (row: number, col: number) => void): void {
    for (let row = r.row; row < r.row + r.rows; row++) for (let col = r.col; col < r.col + r.cols; col++) f(row, col);
  }

  /**
   * A 2-D array the size of the range, or one value for every cell ("single input copy"). An A1
   * formula copied that way would need Excel's Ctrl+Enter shifting of relative references, which the
   * fake does not model: such writes must use R1C1, whose text means the same in every cell.
   */
  private writeGrid(s: FakeSheet, r: CellRect, input: unknown, formula?: (text: string, row: number, col: number) => string): void {
    const at = (v: CellValue, row: number, col: number) => s.write(row, col, formula && typeof v === "string" && v.startsWith("=") ? formula(v, row, col) : v);
    if (!Array.isArray(input)) {
      if (!formula && typeof input === "string" && input.startsWith("=") && (r.rows > 1 || r.cols > 1)) {
        throw new ExcelError("InvalidArgument", "fake: one A1 formula for many cells is not modelled; use formulasR1C1");
      }
      this.eachCell(r, (row, col) => at(input as CellValue, row, col));
      return;
    }
    const grid = input as CellValue[][];
    if (grid.length !== r.rows || grid.some((line) => line.length !== r.cols)) {
      throw new ExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size of the range.");
    }
    grid.forEach((line, i) => line.forEach((v, j) => at(v, r.row + i, r.col + j)));
  }

  private addTable(sheetName: Locator<string>, address: string, hasHeaders: boolean): OfficeMockObject {
    const ref = { name: "" };
    this.op({ address, hasHeaders }, () => {
      const s = this.wb.sheet(sheetName());
      const [a, b] = address.split(":");
      const start = parseCell(a), end = parseCell(b ?? a);
      const rect = { row: start.row, col: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
      if (this.wb.tables.some((t) => t.sheet === s && overlaps(t.rect, rect))) throw new ExcelError("InvalidOperation", "A table can't overlap another table.");
      if (s.merged.some((m) => overlaps(m, rect))) throw new ExcelError("InvalidOperation", "A table can't contain merged cells.");
      if (s.protected) throw new ExcelError("AccessDenied", `sheet ${s.name} is protected`);
      ref.name = `Table${++this.wb.tableCount}`;
      this.wb.tables.push({ name: ref.name, sheet: s, rect, style: "TableStyleMedium2" });
    });
    return this.tableProxy(() => ref.name, (n) => void (ref.name = n));
  }

  private tableProxy(name: Locator<string>, renamed: (n: string) => void = () => undefined): OfficeMockObject {
    const read = () => ({ name: this.wb.table(name()).name, style: this.wb.table(name()).style });
    const { proxy } = this.track({ name: "", style: "" }, read, {
      name: (v) => {
        const t = this.wb.table(name());
        if (this.wb.tables.some((x) => x !== t && x.name.toLowerCase() === String(v).toLowerCase())) throw new ExcelError("InvalidArgument", "table name taken");
        t.name = String(v);
        renamed(t.name);
      },
      style: (v) => void (this.wb.table(name()).style = String(v)),
    });
    const sheetOf = () => this.wb.table(name()).sheet.name;
    attach(proxy, "worksheet", this.sheetProxy(sheetOf));
    method(proxy, "getHeaderRowRange", () => this.rangeProxy(sheetOf, () => ({ ...this.wb.table(name()).rect, rows: 1 })));
    method(proxy, "getDataBodyRange", () =>
      this.rangeProxy(sheetOf, () => {
        const r = this.wb.table(name()).rect;
        return { ...r, row: r.row + 1, rows: r.rows - 1 };
      }),
    );
    method(proxy, "delete", () => this.op(null, () => {
      const t = this.wb.table(name());
      this.wb.tables = this.wb.tables.filter((x) => x !== t);
    }));
    const rows = new OfficeMockObject({});
    method(rows, "add", (_index: number | undefined, values: CellValue[][]) => this.op(values, () => this.addTableRows(this.wb.table(name()), values)));
    attach(proxy, "rows", rows);
    return proxy;
  }

  /** table.rows.add at the end: cells below the table, in its columns, move down to make room. */
  private addTableRows(t: FakeTable, values: CellValue[][]): void {
    const s = t.sheet;
    if (s.protected) throw new ExcelError("AccessDenied", `sheet ${s.name} is protected`);
    const bottom = t.rect.row + t.rect.rows;
    const below = [...s.cells].filter(([k]) => Math.floor(k / 16384) >= bottom && k % 16384 >= t.rect.col && k % 16384 < t.rect.col + t.rect.cols);
    for (const [k] of below) s.cells.delete(k);
    for (const [k, cell] of below) s.cells.set(k + values.length * 16384, cell);
    t.rect = { ...t.rect, rows: t.rect.rows + values.length };
    values.forEach((line, i) => line.forEach((v, j) => s.write(bottom + i, t.rect.col + j, v)));
  }

  private tablesProxy(): OfficeMockObject {
    return this.collection(() => this.wb.tables.map((t) => ({ name: t.name })), {
      getItem: (name: string) => this.tableProxy(() => this.wb.table(name).name),
      getItemOrNullObject: (name: string) => {
        const p = this.tableProxy(() => this.wb.table(name).name);
        this.nullable(this.trackOf(p), () => !this.wb.tables.some((t) => t.name.toLowerCase() === name.toLowerCase()));
        return p;
      },
    });
  }

  private namesProxy(): OfficeMockObject {
    return this.collection(() => [...this.wb.names.values()].map((n) => ({ ...n })), {
      add: (name: string, formula: string, comment: string) => {
        this.op({ name, formula, comment }, () => {
          if (this.wb.names.has(name.toLowerCase())) throw new ExcelError("ItemAlreadyExists", `name ${name} exists`);
          this.wb.names.set(name.toLowerCase(), { name, formula, comment });
        });
      },
      getItem: (name: string) => {
        const item = () => {
          const n = this.wb.names.get(name.toLowerCase());
          if (!n) throw new ExcelError("ItemNotFound", `name ${name}`);
          return n;
        };
        return this.track({ name: "", formula: "", comment: "" }, item, {
          formula: (v) => void (item().formula = String(v)),
        }).proxy;
      },
    });
  }

  private settingProxy(key: string, nullable: boolean): OfficeMockObject {
    const read = () => ({ key, value: this.wb.settings.get(key) ?? "" });
    const { proxy, t } = this.track({ key: "", value: "" }, read);
    if (nullable) this.nullable(t, () => !this.wb.settings.has(key));
    method(proxy, "delete", () => this.op(key, () => {
      if (!this.wb.settings.delete(key)) throw new ExcelError("ItemNotFound", `setting ${key}`);
    }));
    return proxy;
  }

  private settingsProxy(): OfficeMockObject {
    return this.collection(() => [...this.wb.settings].map(([key, value]) => ({ key, value })), {
      add: (key: string, value: unknown) => this.op({ key, value }, () => void this.wb.settings.set(key, value)),
      getItem: (key: string) => this.settingProxy(key, false),
      getItemOrNullObject: (key: string) => this.settingProxy(key, true),
    });
  }

  private commentsProxy(): OfficeMockObject {
    const proxy = this.collection(() => this.wb.comments.map((c, i) => ({ id: `c${i}`, content: c.content })), {
      add: (cell: OfficeMockObject, content: string) => {
        const t = this.trackOf(cell);
        this.op(content, () => {
          const at = t.read() as { address: string };
          const [sheetPart, addr] = [at.address.slice(0, at.address.lastIndexOf("!")), at.address.slice(at.address.lastIndexOf("!") + 1)];
          const sheet = sheetPart.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
          const { row, col } = parseCell(addr);
          if (this.wb.comments.some((c) => c.sheet === sheet && c.row === row && c.col === col)) throw new ExcelError("InvalidOperation", "The cell already has a comment.");
          this.wb.comments.push({ sheet, row, col, content });
        });
      },
    });
    // Collection items need getLocation(): wrap the generic loader.
    const t = this.trackOf(proxy);
    const baseItems = t.items as () => Record<string, unknown>[];
    t.items = () =>
      baseItems().map((data, i) => ({
        ...data,
        getLocation: () => {
          const c = this.wb.comments[i];
          return this.rangeProxy(() => c.sheet, () => ({ row: c.row, col: c.col, rows: 1, cols: 1 }));
        },
      }));
    return proxy;
  }
}

function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1) as RegExpExecArray;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

const RANGE_SHAPE = {
  address: "", rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0, values: [], formulas: [], formulasR1C1: [], numberFormat: [],
  columnHidden: false, format: { columnWidth: 0, fill: { color: "" } },
};

/** A method on a proxy (OfficeMockObject keeps functions as plain instance members). */
function method(target: OfficeMockObject, name: string, fn: (...args: never[]) => unknown): void {
  (target as unknown as Record<string, unknown>)[name] = fn;
}

function attach(parent: OfficeMockObject, name: string, child: OfficeMockObject): void {
  const p = parent as unknown as { _properties: Map<string, OfficeMockObject> } & Record<string, unknown>;
  (child as unknown as { _isObject: boolean })._isObject = true;
  p._properties.set(name, child);
  p[name] = child;
}

function fieldAt(proxy: OfficeMockObject, path: string): unknown {
  let o: unknown = proxy;
  for (const part of path.split(".")) o = (o as Record<string, unknown>)[part];
  return o;
}

type Internal = { _properties: Map<string, Internal>; _isObject?: boolean; _loaded: boolean; _valueBeforeLoaded: unknown };

function anyLoaded(proxy: OfficeMockObject): boolean {
  const walk = (o: Internal): boolean => [...o._properties.values()].some((c) => (c._isObject ? walk(c) : c._loaded));
  return walk(proxy as unknown as Internal);
}

/** Puts fresh model data where OfficeMockObject's sync() will hand it to loaded properties. */
function setLoadedValues(proxy: OfficeMockObject, data: Record<string, unknown>): void {
  const o = proxy as unknown as Internal;
  for (const [key, child] of o._properties) {
    if (!(key in data) || (!child._isObject && !child._loaded)) continue;
    const v = data[key];
    if (child._isObject) {
      if (typeof v === "object" && v !== null && !Array.isArray(v)) setLoadedValues(child as unknown as OfficeMockObject, v as Record<string, unknown>);
    } else {
      child._valueBeforeLoaded = v;
    }
  }
}

