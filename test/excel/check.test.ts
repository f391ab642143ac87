import { createOfficePort } from "../../src/excel/officePort";
import { CatalogueIndex } from "../../src/core/lookup/index";
import { checkFigures, mismatchMarks, type CheckMapping } from "../../src/sheets/check";
import { FILL } from "../../src/sheets/columns";
import { PortError } from "../../src/sheets/errors";
import { planCatalogue } from "../fixtures/planCatalogue";
import { FakeWorkbook } from "./fakeExcel";

const SHEET = "It's 2020 核对";
const catalogue = planCatalogue();
const mapping: CheckMapping = { name: 0, year: 1, value: 2, region: null, headerRow: true };

function userWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook(["Sheet1", SHEET]);
  wb.put(SHEET, 3, 1, [
    ["名称", "年份", "数值"],
    ["5G基站", 2020, 5],
    ["产业链协同创新项目", 2020, 55],
    ["企业减负", "2020年", 2700],
    ["没有这个", 2020, 1],
  ]);
  wb.select(SHEET, { row: 0, col: 0, rows: 100, cols: 10 }); // a generous selection: only the used part is read
  return wb;
}

test("reading the selection is one sync and trims to the used cells", async () => {
  const wb = userWorkbook();
  const block = await createOfficePort(wb.run).readSelection();
  expect(wb.syncs).toBe(1);
  expect(block).toMatchObject({ sheet: SHEET, address: "B4:D8", top: 3, left: 1 });
  expect(block.values[2]).toEqual(["产业链协同创新项目", 2020, 55]);
});

test("an address with a quoted sheet name; a missing sheet or a bad address is a clear error", async () => {
  const wb = userWorkbook();
  const port = createOfficePort(wb.run);
  const block = await port.readBlock("'It''s 2020 核对'!B4:D8");
  expect(block.values).toHaveLength(5);
  expect(wb.syncs).toBe(2);
  await expect(port.readBlock("'Nope'!A1:B2")).rejects.toThrow(/^找不到工作表 Nope.*There is no sheet Nope/);
  await expect(port.readBlock("Sheet1 A1")).rejects.toThrow(PortError);
  await expect(port.readBlock("Sheet1!A1:B2")).rejects.toThrow(/^所选区域没有内容.*selected cells are empty/);
});

test("check, then mark mismatches with fill and note in at most 3 syncs; an existing comment is kept", async () => {
  const wb = userWorkbook();
  wb.comments.push({ sheet: SHEET, row: 5, col: 3, content: "我的批注" });
  const port = createOfficePort(wb.run);
  const block = await port.readSelection();
  const rows = checkFigures(block, mapping, new CatalogueIndex(catalogue), catalogue, { defaultRegion: "浙江省" });
  expect(rows.map((r) => r.status)).toEqual(["match", "mismatch", "match", "notFound"]);
  wb.requests = [];
  await port.markCells(mismatchMarks(block, mapping, rows, { fill: true, note: true }));
  expect(wb.syncs).toBe(3);
  expect(wb.sheet(SHEET).fills.get(5 * 16384 + 3)).toBe(FILL.mismatch);
  expect(wb.comments).toEqual([{ sheet: SHEET, row: 5, col: 3, content: "我的批注" }]);

  const again = userWorkbook();
  await createOfficePort(again.run).markCells(mismatchMarks(block, mapping, rows, { fill: false, note: true }));
  expect(again.comments).toEqual([{ sheet: SHEET, row: 5, col: 3, content: expect.stringMatching(/^不一致：目录值为 60项/) }]);
  expect(again.sheet(SHEET).fills.size).toBe(0);
});

test("marking on a protected sheet changes nothing", async () => {
  const wb = userWorkbook();
  wb.sheet(SHEET).protected = true;
  const before = wb.snapshot();
  const marks = [{ sheet: SHEET, row: 5, col: 3, fill: FILL.mismatch, note: "x" }];
  await expect(createOfficePort(wb.run).markCells(marks)).rejects.toThrow(/^工作表 'It''s 2020 核对' 受保护.*is protected/);
  expect(wb.snapshot()).toBe(before);
});
