/** Worksheet tabs under the grid; "+" adds a sheet, as Excel's does. */
import { uniqueSheetName } from "../../sheets/address";
import { cellSelection, type PreviewWorkbook } from "../workbook";

export function SheetTabs({ book }: { book: PreviewWorkbook }) {
  const active = book.selection.sheet;
  const add = () => {
    const name = uniqueSheetName(`Sheet${book.sheetNames.length + 1}`, book.sheetNames);
    book.change(() => book.addSheet(name));
    book.select(cellSelection(name, 0, 0));
  };
  return (
    <div className="sheet-tabs" role="tablist" aria-label="工作表 Sheets">
      {book.sheetNames.map((name) => (
        <button
          key={name}
          role="tab"
          aria-selected={name === active}
          className={name === active ? "tab on" : "tab"}
          onClick={() => book.select(cellSelection(name, 0, 0))}
        >
          {name}
        </button>
      ))}
      <button className="tab add" aria-label="新建工作表 New sheet" onClick={add}>
        +
      </button>
    </div>
  );
}
