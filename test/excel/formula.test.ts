import { createOfficePort } from "../../src/excel/officePort";
import { FakeWorkbook } from "./fakeExcel";

test("a formula goes into the empty active cell in 2 syncs; a taken cell or a protected sheet is refused", async () => {
  const wb = new FakeWorkbook(["Sheet1", "My sheet"]);
  wb.select("My sheet", { row: 4, col: 2, rows: 3, cols: 3 });
  const port = createOfficePort(wb.run);
  expect(await port.insertFormula('=PLANTARGET("5G基站",2020)')).toBe("'My sheet'!C5");
  expect(wb.syncs).toBe(2);
  expect(wb.sheet("My sheet").formula(4, 2)).toBe('=PLANTARGET("5G基站",2020)');
  await expect(port.insertFormula("=1")).rejects.toThrow(/^当前单元格 'My sheet'!C5 不是空的.*is not empty/);
  expect(wb.sheet("My sheet").formula(4, 2)).toBe('=PLANTARGET("5G基站",2020)');
  wb.select("Sheet1", { row: 0, col: 0, rows: 1, cols: 1 });
  wb.sheet("Sheet1").protected = true;
  await expect(port.insertFormula("=1")).rejects.toThrow(/^工作表 Sheet1 受保护.*protected/);
});
