/**
 * The pane as tests drive it: the real App on the Office adapter over the fake Excel workbook, a
 * store holding the test catalogue, and a scripted fetch for hosted catalogues.
 */
import { configure, render } from "@testing-library/react";
import { createStore, type PlanStore } from "../../src/core/store";
import type { Catalogue } from "../../src/core/types";
import { createOfficePort } from "../../src/excel/officePort";
import { LAMBDA_NAMES } from "../../src/functions/names";
import type { WorkbookCatalogueStore } from "../../src/import/store";
import { App, type PaneTab } from "../../src/taskpane/App";
import type { DocumentText } from "../../src/taskpane/IndicatorCard";
import { memoryCache, type FetchLike } from "../../src/taskpane/catalogueSource";
import type { Lang } from "../../src/taskpane/i18n";
import { FakeWorkbook } from "../excel/fakeExcel";
import { planCatalogue } from "../fixtures/planCatalogue";

// jsdom has no layout: Fluent's MessageBar measures itself with a ResizeObserver.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// Role queries skip jsdom's slow visibility check (getComputedStyle on every ancestor): the pane hides nothing with CSS.
configure({ defaultHidden: true });

export interface Harness {
  wb: FakeWorkbook;
  store: PlanStore;
  catalogue: Catalogue;
  fetch: jest.Mock<ReturnType<FetchLike>, Parameters<FetchLike>>;
}

export interface PaneSetup {
  lang?: Lang;
  /** Document texts by file name; a function stands in for the whole fetch (to make it fail). */
  documents?: Record<string, string> | DocumentText;
  wb?: FakeWorkbook;
  extraTabs?: PaneTab[];
  workbookCatalogue?: WorkbookCatalogueStore;
  /** The bundled catalogue; null: it failed to load, so the store starts empty. */
  bundled?: Catalogue | null;
}

export function renderPane(options: PaneSetup = {}): Harness {
  const catalogue = options.bundled === undefined ? planCatalogue() : options.bundled;
  const store = createStore();
  if (catalogue) store.setCatalogue(catalogue);
  const wb = options.wb ?? new FakeWorkbook(["Sheet1"]);
  const fetch = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>();
  const documents = options.documents ?? {};
  render(
    <App
      port={createOfficePort(wb.run)}
      store={store}
      lang={options.lang ?? "zh"}
      names={LAMBDA_NAMES}
      sources={{ bundled: async () => catalogue ?? Promise.reject(new Error("bundled catalogue missing")), fetch, cache: memoryCache(), timeoutMs: 50 }}
      documentText={typeof documents === "function" ? documents : async (file) => documents[file] ?? null}
      extraTabs={options.extraTabs}
      workbookCatalogue={options.workbookCatalogue}
    />,
  );
  return { wb, store, catalogue: catalogue ?? planCatalogue(), fetch };
}

export function answer(body: string, status = 200): Awaited<ReturnType<FetchLike>> {
  return { ok: status >= 200 && status < 300, status, statusText: status === 200 ? "OK" : "Not Found", text: async () => body };
}
