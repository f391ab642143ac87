/**
 * Starts the extraction worker. webpack recognises `new Worker(new URL(…, import.meta.url))` and
 * bundles worker.ts as its own chunk. Nothing under test imports this file: jest (CommonJS) cannot
 * parse import.meta, and the pane takes the factory as a prop.
 */
export function createImportWorker(): Worker {
  // @ts-ignore TS1343: import.meta needs an ES module target; webpack compiles this file as one.
  return new Worker(new URL("./worker.ts", import.meta.url));
}
