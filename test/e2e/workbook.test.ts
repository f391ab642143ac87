/** The preview's workbook grid in Chromium: typing values and formulas, live recomputation, selection. */
import type { Page } from "playwright-core";
import { cell, openPage, screenshot, startPreview, typeInto, type Preview } from "./preview";

let preview: Preview;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  preview = await startPreview();
  page = await openPage(preview, errors);
}, 60_000);
afterAll(async () => preview?.close());

test("typed values and formulas compute live, references follow edits", async () => {
  await typeInto(page, "A1", "12");
  await typeInto(page, "A2", "30");
  await typeInto(page, "A3", "=A1*2+A2");
  await expect(cell(page, "A3").textContent()).resolves.toBe("54");
  await typeInto(page, "A1", "20");
  await expect(cell(page, "A3").textContent()).resolves.toBe("70");
  await screenshot(page, "grid");
  expect(errors).toEqual([]);
});
