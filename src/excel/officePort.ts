/** The Office.js WorkbookPort: each operation is one Excel.run (see the files it delegates to). */
import type { WorkbookPort } from "../sheets/port";
import { addRows } from "./addRows";
import { insertFormula, markCells, readBlock, readSelection } from "./cells";
import { insertTable } from "./insert";
import { applyRefresh, readLinkedTables } from "./linked";
import { installNames } from "./names";
import { officeRun, type ExcelRun } from "./run";
import { loadSettings, saveSettings } from "./settings";

export function createOfficePort(run: ExcelRun = officeRun): WorkbookPort {
  return {
    insertTable: (spec, where, names) => insertTable(run, spec, where, names),
    readLinkedTables: () => readLinkedTables(run),
    applyRefresh: (plan) => applyRefresh(run, plan),
    addRows: (additions) => addRows(run, additions),
    readSelection: () => readSelection(run),
    readBlock: (address) => readBlock(run, address),
    markCells: (marks) => markCells(run, marks),
    loadSettings: () => loadSettings(run),
    saveSettings: (settings) => saveSettings(run, settings),
    insertFormula: (formula) => insertFormula(run, formula),
    installNames: (defs) => installNames(run, defs),
  };
}
