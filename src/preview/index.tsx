/**
 * The preview page: the real task pane beside an in-browser workbook. The pane's workbook operations
 * go to the preview's WorkbookPort; cells are computed by HyperFormula with our functions, which
 * answer from the same shared store the pane fills.
 */
import { createRoot } from "react-dom/client";
import { getStore } from "../core/store";
import { paneLanguage } from "../taskpane/i18n";
import { fetchBundledCatalogue, mountPane } from "../taskpane/mount";
import { connectStore } from "./connect";
import { WorkbookView } from "./grid/WorkbookView";
import { createPreviewPort } from "./previewPort";
import { PreviewWorkbook } from "./workbook";

/** Office's display language where office.js knows one; outside Office, the browser's. */
async function displayLanguage(): Promise<string> {
  if (typeof Office === "undefined") return navigator.language;
  await Office.onReady();
  return Office.context?.displayLanguage ?? navigator.language;
}

async function start(): Promise<void> {
  const store = getStore();
  const book = new PreviewWorkbook();
  connectStore(book, store);
  createRoot(document.getElementById("workbook") as HTMLElement).render(<WorkbookView book={book} />);
  let startupError: string | null = null;
  try {
    store.setCatalogue(await fetchBundledCatalogue());
  } catch (e) {
    startupError = (e as Error).message; // shown in the pane; a hosted catalogue can still be set
  }
  const lang = paneLanguage(await displayLanguage());
  mountPane(document.getElementById("pane") as HTMLElement, createPreviewPort(book), { store, lang, startupError });
}

void start();
