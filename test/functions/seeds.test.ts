/** The issue's own examples, answered by the custom functions from a catalogue the extractor builds from seeds/. */
import { readdirSync } from "fs";
import { join } from "path";
import { createStore } from "../../src/core/store";
import { actualValue, searchRows, targetValue } from "../../src/functions/answers";
import { indicatorInfo } from "../../src/functions/planinfo";
import { catalogueFromFiles } from "../../src/node/catalogueFromFiles";

const SEEDS = join(__dirname, "..", "..", "seeds");
const store = createStore();

beforeAll(() => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).map((f) => join(SEEDS, f));
  store.setCatalogue(catalogueFromFiles(files).catalogue);
});

const context = () => ({ index: store.index!, settings: store.settings });

test('=PLANTARGET("5G基站",2020) and with the unit 个', () => {
  expect(targetValue(context(), "5G基站", 2020)).toBe(5);
  expect(targetValue(context(), "5G基站", 2020, "浙江", "个")).toBe(50000);
  expect(targetValue(context(), "5G基站", "2020年", "浙江省", "")).toBe(5);
});

test("the formal plan's figure wins over the speech's, and PLANINFO names the other", () => {
  expect(targetValue(context(), "产业链协同创新项目", 2020)).toBe(60);
  expect(indicatorInfo(context(), "产业链协同创新项目", 2020, "conflict")).toMatch(/^另有来源给出不同数值：50项（/);
  expect(targetValue(context(), "隐形冠军企业", 2020)).toBe(50);
  expect(indicatorInfo(context(), "隐形冠军企业", 2020, "冲突")).toMatch(/^另有来源给出不同数值：60家（/);
});

test("the progress report's actual for 5G基站, in the target's unit", () => {
  expect(actualValue(context(), "5G基站", 2020)).toBe(5.4);
});

test("PLANSEARCH finds the 5G target", () => {
  expect(searchRows(context(), "5G基站")).toContainEqual([expect.stringContaining("5G基站"), "浙江省", 2020, 5, "万个"]);
});
