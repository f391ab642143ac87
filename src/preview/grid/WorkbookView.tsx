/** The in-browser workbook: formula bar, grid and sheet tabs, re-rendered on every change. */
import { useState } from "react";
import type { PreviewWorkbook } from "../workbook";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { SheetTabs } from "./SheetTabs";
import { useWorkbook } from "./useWorkbook";

export function WorkbookView({ book }: { book: PreviewWorkbook }) {
  useWorkbook(book);
  // The text being typed into the active cell, shown in the cell and the formula bar alike.
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <section className="workbook" aria-label="工作簿 Workbook">
      <FormulaBar book={book} draft={draft} onDraft={setDraft} />
      <Grid book={book} draft={draft} onDraft={setDraft} />
      <SheetTabs book={book} />
    </section>
  );
}
