import { CatalogueIndex } from "../../src/core/lookup/index";
import { checkFigures, guessMapping, mismatchMarks, type CheckMapping } from "../../src/sheets/check";
import { FILL } from "../../src/sheets/columns";
import type { CellBlock } from "../../src/sheets/port";
import { planCatalogue } from "../fixtures/planCatalogue";

const catalogue = planCatalogue();
const index = new CatalogueIndex(catalogue);

// The user's own layout: value first, then region, name, year.
const block: CellBlock = {
  sheet: "It's 2020",
  address: "C3:F9",
  top: 2,
  left: 2,
  values: [
    ["数值", "地区", "名称", "年度"],
    [5, "浙江", "5G基站", "2020年"],
    ["50,000", "浙江省", "5G基站建成数", 2020],
    [4, "浙江省", "５Ｇ基站", 2020],
    [5000, "嘉兴", "5G基站", 2020],
    [1, "浙江省", "不存在的指标", 2020],
    ["", "", "", ""],
  ],
};
const mapping: CheckMapping = { value: 0, region: 1, name: 2, year: 3, headerRow: true };

test("each row is 一致, 不一致 (with the catalogue value and source) or 未找到", () => {
  const rows = checkFigures(block, mapping, index, catalogue, { defaultRegion: null });
  expect(rows.map((r) => [r.row, r.status])).toEqual([
    [1, "match"], [2, "match"], [3, "mismatch"], [4, "match"], [5, "notFound"], [6, "skipped"],
  ]);
  expect(rows[2].message).toMatch(/^不一致：目录值为 5万个（浙江省，《浙江省人民政府关于下达2020年.*Differs: the catalogue says 5万个/);
  expect(rows[2].source).toBe(catalogue.documents[0].title);
  expect(rows[4].message).toMatch(/未找到指标.*No indicator named/);
});

test("without a region column the workbook's default region decides, as in PLANTARGET", () => {
  const noRegion = { ...mapping, region: null };
  const [first] = checkFigures(block, noRegion, index, catalogue, { defaultRegion: null });
  expect(first.status).toBe("notFound");
  expect(first.message).toMatch(/请指定地区/);
  const [withDefault] = checkFigures(block, noRegion, index, catalogue, { defaultRegion: "浙江省" });
  expect(withDefault.status).toBe("match");
});

test("mismatches get a fill and/or a note on their value cell, in sheet coordinates", () => {
  const rows = checkFigures(block, mapping, index, catalogue, { defaultRegion: null });
  const marks = mismatchMarks(block, mapping, rows, { fill: true, note: true });
  expect(marks).toEqual([{ sheet: "It's 2020", row: 5, col: 2, fill: FILL.mismatch, note: rows[2].message }]);
  expect(mismatchMarks(block, mapping, rows, { fill: false, note: true })[0].fill).toBeNull();
});

test("the mapping is guessed from header words, else from the first row's types", () => {
  expect(guessMapping(block)).toEqual({ value: 0, region: 1, name: 2, year: 3, headerRow: true });
  const bare: CellBlock = { ...block, values: [[2020, "5G基站", 5]] };
  expect(guessMapping(bare)).toEqual({ year: 0, name: 1, value: 2, region: null, headerRow: false });
});
