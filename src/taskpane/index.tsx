/**
 * The add-in's task pane entry (webpack entry "taskpane", in the shared runtime with the custom
 * functions): when Office is ready in Excel, load the bundled catalogue into the shared store (the
 * functions answer from it too) and mount the pane on the Office.js WorkbookPort, with imported
 * entries kept in the workbook's custom XML part and extraction in a Web Worker.
 * Other pages (the preview) import mountPane from ./mount and bring their own port.
 */
import { getStore } from "../core/store";
import { createOfficePort } from "../excel/officePort";
import { ExcelCatalogueStore } from "../excel/workbookCatalogue";
import { createImportWorker } from "../import/workerFactory";
import { paneLanguage } from "./i18n";
import { fetchBundledCatalogue, mountPane } from "./mount";

export { mountPane } from "./mount";

async function start(): Promise<void> {
  const store = getStore();
  const root = document.getElementById("root") as HTMLElement;
  let startupError: string | null = null;
  try {
    store.setCatalogue(await fetchBundledCatalogue());
  } catch (e) {
    // The pane says why, and a hosted catalogue can still be chosen in Settings.
    startupError = (e as Error).message;
  }
  mountPane(root, createOfficePort(), {
    store,
    lang: paneLanguage(Office.context.displayLanguage),
    startupError,
    workbookCatalogue: new ExcelCatalogueStore(),
    createWorker: createImportWorker,
  });
}

if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) void start();
  });
}
