/**
 * The preview's worksheet grid: computed values in their number formats, fills and notes, a
 * selection made with the mouse or the keyboard, and cells edited by typing (Excel-style: typing
 * replaces the cell, F2 or a double-click edits it, Enter and Tab commit and move). Only the rows in
 * view are rendered, so a 20,000-row table scrolls as fast as a small one.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { cellAddress, columnLetters } from "../../sheets/address";
import { formatValue } from "../format";
import { cellSelection, type PreviewWorkbook, type Selection } from "../workbook";
import { ROW_HEIGHT, rowCount, rowWindow, visibleColumns, type VisibleColumn } from "./geometry";

/** Banded rows of TableStyleMedium2, drawn under any fill a cell has of its own. */
const BAND_FILL = "#D9E1F2";

interface Props {
  book: PreviewWorkbook;
  /** Cell text being edited, shared with the formula bar; null when not editing. */
  draft: string | null;
  onDraft(text: string | null): void;
}

/** The selection stretched from its active cell to (row, col). */
function extendTo(sel: Selection, row: number, col: number): Selection {
  const top = Math.min(sel.activeRow, row);
  const left = Math.min(sel.activeCol, col);
  return { ...sel, row: top, col: left, rows: Math.abs(row - sel.activeRow) + 1, cols: Math.abs(col - sel.activeCol) + 1 };
}

/** The corner of the selection opposite its active cell (what Shift+arrows move). */
function movingCorner(sel: Selection): { row: number; col: number } {
  return {
    row: sel.activeRow === sel.row ? sel.row + sel.rows - 1 : sel.row,
    col: sel.activeCol === sel.col ? sel.col + sel.cols - 1 : sel.col,
  };
}

function inSelection(sel: Selection, row: number, col: number): boolean {
  return row >= sel.row && row < sel.row + sel.rows && col >= sel.col && col < sel.col + sel.cols;
}

const STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function Grid({ book, draft, onDraft }: Props) {
  const sel = book.selection;
  const sheet = sel.sheet;
  const columns = visibleColumns(book, sheet, sel.activeCol);
  const total = rowCount(book, sheet, sel.activeRow);
  const scroller = useRef<HTMLDivElement>(null);
  const editor = useRef<HTMLInputElement | null>(null);
  const dragging = useRef(false);
  // Whether the keyboard belongs to the grid: the editor moves with the active cell (and mounts only
  // once the cell scrolls into view), so it takes the focus over when it mounts, unless the user is
  // working elsewhere (the pane, the formula bar).
  const ownsKeyboard = useRef(true);
  const [view, setView] = useState({ top: 0, height: 600 });
  const { first, last } = rowWindow(view.top, view.height, total);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the active cell in view after it moves.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const top = (sel.activeRow + 1) * ROW_HEIGHT;
    if (top - ROW_HEIGHT < el.scrollTop) el.scrollTop = top - ROW_HEIGHT;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    el.querySelector(`[data-cell="${cellAddress(sel.activeRow, sel.activeCol)}"]`)?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [sheet, sel.activeRow, sel.activeCol]);

  useEffect(() => {
    const stop = () => (dragging.current = false);
    const track = (e: FocusEvent) => (ownsKeyboard.current = (e.target as Element).classList.contains("editor"));
    window.addEventListener("mouseup", stop);
    document.addEventListener("focusin", track);
    return () => {
      window.removeEventListener("mouseup", stop);
      document.removeEventListener("focusin", track);
    };
  }, []);

  const attachEditor = (input: HTMLInputElement | null) => {
    editor.current = input;
    if (input && ownsKeyboard.current && document.activeElement !== input) input.focus();
  };

  const commit = (text: string) => {
    book.type(sheet, sel.activeRow, sel.activeCol, text);
    onDraft(null);
  };

  const moveBy = (dRow: number, dCol: number, extend: boolean) => {
    if (extend) {
      const corner = movingCorner(sel);
      book.select(extendTo(sel, Math.max(0, corner.row + dRow), Math.max(0, corner.col + dCol)));
    } else {
      book.select(cellSelection(sheet, Math.max(0, sel.activeRow + dRow), Math.max(0, sel.activeCol + dCol)));
    }
  };

  const clearSelection = () =>
    book.change(() => book.write(sheet, sel.row, sel.col, Array.from({ length: sel.rows }, () => Array<string>(sel.cols).fill(""))));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const editing = draft !== null;
    if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      if (editing) commit(draft);
      const back = e.shiftKey ? -1 : 1;
      moveBy(e.key === "Enter" ? back : 0, e.key === "Tab" ? back : 0, false);
    } else if (e.key === "Escape") {
      onDraft(null);
    } else if (e.key === "F2" && !editing) {
      e.preventDefault();
      onDraft(book.input(sheet, sel.activeRow, sel.activeCol));
    } else if (!editing && STEPS[e.key]) {
      e.preventDefault();
      moveBy(STEPS[e.key][0], STEPS[e.key][1], e.shiftKey);
    } else if (!editing && (e.key === "Delete" || e.key === "Backspace")) {
      e.preventDefault();
      clearSelection();
    }
  };

  const onCellMouseDown = (e: MouseEvent, row: number, col: number) => {
    e.preventDefault(); // keep the keyboard in the grid's editor
    if (draft !== null) commit(draft);
    book.select(e.shiftKey ? extendTo(sel, row, col) : cellSelection(sheet, row, col));
    dragging.current = true;
    editor.current?.focus();
  };

  const onCellMouseEnter = (row: number, col: number) => {
    if (dragging.current) book.select(extendTo(book.selection, row, col));
  };

  const renderCell = (row: number, { col, width }: VisibleColumn) => {
    const address = cellAddress(row, col);
    const { value, error } = book.computed(sheet, row, col);
    const style = book.style(sheet, row, col);
    const table = book.tableAt(sheet, row, col);
    const banded = table && row > table.row && (row - table.row) % 2 === 1;
    const active = row === sel.activeRow && col === sel.activeCol;
    const text = formatValue(value, book.numberFormat(sheet, col));
    const classes = ["cell", typeof value === "number" ? "num" : "", error ? "error" : "", style.note ? "noted" : "", inSelection(sel, row, col) ? "selected" : "", active ? "active" : ""];
    return (
      <td
        key={col}
        role="gridcell"
        data-cell={address}
        aria-selected={inSelection(sel, row, col)}
        className={classes.filter(Boolean).join(" ")}
        style={{ width, background: style.fill ?? (banded ? BAND_FILL : undefined), color: style.color, fontWeight: style.bold ? 600 : undefined }}
        title={style.note ?? error ?? (text.length > 12 ? text : undefined)}
        onMouseDown={(e) => onCellMouseDown(e, row, col)}
        onMouseEnter={() => onCellMouseEnter(row, col)}
        onDoubleClick={() => onDraft(book.input(sheet, row, col))}
      >
        {active ? (
          <input
            ref={attachEditor}
            className={draft === null ? "editor idle" : "editor"}
            aria-label={`单元格 ${address} Cell ${address}`}
            value={draft ?? ""}
            onChange={(e) => onDraft(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={(e) => {
              // Moving to the formula bar goes on editing the same text there.
              const next = e.relatedTarget as HTMLElement | null;
              if (draft !== null && !next?.closest(".formula-bar")) commit(draft);
            }}
          />
        ) : null}
        <span className="text">{text}</span>
      </td>
    );
  };

  const rows = [];
  for (let row = first; row <= last; row++) {
    rows.push(
      <tr key={row} style={{ height: ROW_HEIGHT }}>
        <th scope="row" className="row-head">{row + 1}</th>
        {columns.map((c) => renderCell(row, c))}
      </tr>,
    );
  }

  return (
    <div className="grid-scroll" ref={scroller} onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}>
      <table className="grid" role="grid" aria-label={`工作表 ${sheet} Sheet ${sheet}`} aria-rowcount={total}>
        <colgroup>
          <col style={{ width: 44 }} />
          {columns.map((c) => (
            <col key={c.col} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: ROW_HEIGHT }}>
            <th className="corner" />
            {columns.map((c) => (
              <th key={c.col} scope="col" className={c.col >= sel.col && c.col < sel.col + sel.cols ? "col-head on" : "col-head"}>
                {columnLetters(c.col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr style={{ height: first * ROW_HEIGHT }} aria-hidden />
          {rows}
          <tr style={{ height: (total - 1 - last) * ROW_HEIGHT }} aria-hidden />
        </tbody>
      </table>
    </div>
  );
}
