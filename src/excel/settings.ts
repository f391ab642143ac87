/** Pane settings kept in the workbook's add-in settings (saved inside the file). */
import { SETTINGS_KEY } from "../sheets/link";
import type { WorkbookSettings } from "../sheets/port";
import { parseSettings } from "../sheets/settings";
import { runBatch, type ExcelRun } from "./run";

export function loadSettings(run: ExcelRun): Promise<WorkbookSettings | null> {
  return runBatch(run, async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
    await context.sync();
    return item.isNullObject ? null : parseSettings(item.value);
  });
}

export function saveSettings(run: ExcelRun, settings: WorkbookSettings): Promise<void> {
  return runBatch(run, async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
    await context.sync();
  });
}
