/**
 * Name box and formula bar above the grid: the selection's address (type one to go there, as in
 * Excel), the active cell's formula or value (editable), and the message of an error or note in
 * the active cell, as Excel shows in its error callout.
 */
import { useState, type KeyboardEvent } from "react";
import { parseAddress, rangeAddress } from "../../sheets/address";
import type { PreviewWorkbook } from "../workbook";

interface Props {
  book: PreviewWorkbook;
  draft: string | null;
  onDraft(text: string | null): void;
}

const focusGrid = () => (document.querySelector(".grid .editor") as HTMLInputElement | null)?.focus();

export function FormulaBar({ book, draft, onDraft }: Props) {
  const sel = book.selection;
  const shown = rangeAddress(sel.row, sel.col, sel.rows, sel.cols);
  // An address being typed into the name box; null shows the selection's.
  const [place, setPlace] = useState<string | null>(null);
  const [placeError, setPlaceError] = useState("");
  const { error } = book.computed(sel.sheet, sel.activeRow, sel.activeCol);
  const note = book.style(sel.sheet, sel.activeRow, sel.activeCol).note;
  const message = placeError || error || note || "";

  const go = () => {
    try {
      const { sheet, rect } = parseAddress(place ?? shown);
      const target = sheet ?? sel.sheet;
      if (!book.hasSheet(target)) throw new Error(`找不到工作表 ${target}。There is no sheet ${target}.`);
      setPlaceError("");
      setPlace(null);
      book.select({ sheet: target, ...rect, activeRow: rect.row, activeCol: rect.col });
      focusGrid();
    } catch (e) {
      setPlaceError((e as Error).message);
    }
  };

  const onFormulaKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" && draft !== null) {
      e.preventDefault();
      book.type(sel.sheet, sel.activeRow, sel.activeCol, draft);
      onDraft(null);
      focusGrid();
    } else if (e.key === "Escape") {
      onDraft(null);
    }
  };

  return (
    <div className="formula-bar">
      <input
        className="name-box"
        aria-label="名称框 Name box"
        value={place ?? shown}
        onChange={(e) => setPlace(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && go()}
        onBlur={() => setPlace(null)}
        onFocus={(e) => e.target.select()}
      />
      <span className="fx" aria-hidden>
        fx
      </span>
      <input
        className="formula"
        aria-label="编辑栏 Formula bar"
        value={draft ?? book.input(sel.sheet, sel.activeRow, sel.activeCol)}
        onChange={(e) => onDraft(e.target.value)}
        onKeyDown={onFormulaKey}
      />
      <p className="cell-message" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
