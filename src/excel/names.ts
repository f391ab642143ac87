/** Installing the LAMBDA forwarder names (plain data from src/functions/names.ts) into the workbook. */
import { markedComment, planNames } from "../sheets/names";
import type { NameDefinition, NamesResult } from "../sheets/port";
import { runBatch, type ExcelRun } from "./run";

export function loadNames(workbook: Excel.Workbook): Excel.NamedItemCollection {
  return workbook.names.load("items/name,items/formula,items/comment");
}

/** Queues the additions and updates; `loaded` must have been synced. */
export function queueNames(workbook: Excel.Workbook, loaded: Excel.NamedItemCollection, defs: readonly NameDefinition[]): NamesResult {
  const existing = loaded.items.map((n) => ({ name: n.name, formula: String(n.formula), comment: n.comment ?? "" }));
  const plan = planNames(existing, defs);
  for (const def of plan.add) workbook.names.add(def.name, def.formula, markedComment(def));
  for (const def of plan.update) workbook.names.getItem(def.name).formula = def.formula;
  return plan.result;
}

/** Two syncs: read the existing names, then write. */
export function installNames(run: ExcelRun, defs: readonly NameDefinition[]): Promise<NamesResult> {
  return runBatch(run, async (context) => {
    const loaded = loadNames(context.workbook);
    await context.sync();
    const result = queueNames(context.workbook, loaded, defs);
    await context.sync();
    return result;
  });
}
