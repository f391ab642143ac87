/**
 * The preview's workbook grid in Chromium, used as a spreadsheet: typing values and formulas,
 * live recomputation, error messages, selection by keyboard, editing and clearing cells.
 */
import { cell, goTo, previewSuite, screenshot, shown, typeInto } from "./preview";

const suite = previewSuite();

test("typed values and formulas compute live; references follow edits", async () => {
  const { page } = suite;
  await typeInto(page, "A1", "12");
  await typeInto(page, "A2", "30");
  await typeInto(page, "A3", "=A1*2+A2");
  await typeInto(page, "B1", "=SUM(A1:A3)/2");
  expect(await shown(page, "A3")).toBe("54");
  expect(await shown(page, "B1")).toBe("48");
  await typeInto(page, "A1", "20");
  expect(await shown(page, "A3")).toBe("70");
  expect(await shown(page, "B1")).toBe("60");
  expect(await page.getByLabel("编辑栏 Formula bar").inputValue()).toBe("=SUM(A1:A3)/2");
});

test("an error shows its code in the cell and its message in the formula bar", async () => {
  const { page } = suite;
  await typeInto(page, "C1", "=COMPLETION(A1:A3)");
  expect(await shown(page, "C1")).toBe("#VALUE!");
  expect(await page.locator(".cell-message").innerText()).toMatch(/COMPLETION 需要至少两列.*COMPLETION needs at least two columns/s);
  expect(await cell(page, "C1").getAttribute("title")).toMatch(/COMPLETION 需要至少两列/);
});

test("F2 edits a cell in place, Escape cancels, Delete clears the selection", async () => {
  const { page } = suite;
  await goTo(page, "A2");
  await page.keyboard.press("F2");
  await page.keyboard.type("0");
  await page.keyboard.press("Enter");
  expect(await shown(page, "A2")).toBe("300");
  expect(await shown(page, "A3")).toBe("340");
  await goTo(page, "A2");
  await page.keyboard.type("999");
  await page.keyboard.press("Escape");
  expect(await shown(page, "A2")).toBe("300");
  await goTo(page, "A1");
  await page.keyboard.press("Shift+ArrowDown");
  expect(await page.getByLabel("名称框 Name box").inputValue()).toBe("A1:A2");
  await page.keyboard.press("Delete");
  expect(await shown(page, "A1")).toBe("");
  expect(await shown(page, "A3")).toBe("0");
  await screenshot(page, "grid");
});
