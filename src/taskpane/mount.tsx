/**
 * Mounting the pane into a page: the Office entry (index.tsx) and the preview both call this with
 * their own WorkbookPort. Everything but the root and the port has a default; without
 * `workbookCatalogue` imported entries are kept in memory for the session (the Import panel says
 * so), without `createWorker` extraction runs on the page's own thread.
 */
import { createRoot } from "react-dom/client";
import { getStore } from "../core/store";
import type { Catalogue } from "../core/types";
import { LAMBDA_NAMES } from "../functions/names";
import type { WorkbookPort } from "../sheets/port";
import { App, type PaneOptions } from "./App";
import { fetchCatalogue, memoryCache, storageCache, type FetchLike } from "./catalogueSource";
import type { DocumentText } from "./IndicatorCard";

/** Where the page finds the shipped catalogue and the seed documents (copied next to it by the build). */
export const BUNDLED_CATALOGUE_PATH = "assets/catalogue.json";
export const DOCUMENTS_PATH = "assets/documents/";

const browserFetch: FetchLike = (url, init) => fetch(url, init);

function pageUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** The bundled catalogue, fetched from beside the page. */
export async function fetchBundledCatalogue(fetchImpl: FetchLike = browserFetch): Promise<Catalogue> {
  return (await fetchCatalogue(pageUrl(BUNDLED_CATALOGUE_PATH), fetchImpl)).catalogue;
}

/** Document texts from beside the page; null when the build did not ship them. */
export function fetchDocumentText(fetchImpl: FetchLike = browserFetch): DocumentText {
  return async (file) => {
    const response = await fetchImpl(pageUrl(DOCUMENTS_PATH + encodeURIComponent(file)), { signal: new AbortController().signal });
    return response.ok ? response.text() : null;
  };
}

export function defaultOptions(): PaneOptions {
  return {
    store: getStore(),
    lang: "zh",
    names: LAMBDA_NAMES,
    sources: {
      bundled: () => fetchBundledCatalogue(),
      fetch: browserFetch,
      cache: typeof localStorage === "undefined" ? memoryCache() : storageCache(localStorage),
    },
    documentText: fetchDocumentText(),
  };
}

/** Renders the pane into `root`; returns a function that unmounts it. */
export function mountPane(root: HTMLElement, port: WorkbookPort, options: Partial<PaneOptions> = {}): () => void {
  const reactRoot = createRoot(root);
  reactRoot.render(<App port={port} {...defaultOptions()} {...options} />);
  return () => reactRoot.unmount();
}
