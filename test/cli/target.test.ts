/** `plantargets target`: the same lookups and messages as PLANTARGET, from a catalogue file. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { validateCatalogue } from "../../src/catalogue/load";
import { BUNDLED_CATALOGUE } from "../../src/node/readCatalogue";
import { runCli } from "../support/cliRun";
import { planCatalogue } from "../fixtures/planCatalogue";

let dir: string;
let catalogue: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "plantargets-target-"));
  catalogue = path.join(dir, "catalogue.json");
  fs.writeFileSync(catalogue, JSON.stringify(validateCatalogue(planCatalogue())));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const target = (...args: string[]) => runCli(["target", ...args, "--catalogue", catalogue]);

test("prints the value", async () => {
  expect(await target("5G基站", "2020", "--region", "浙江")).toEqual({ code: 0, out: "5\n", err: "" });
  expect((await target("5G基站", "2020年", "--region", "浙江省", "--unit", "个")).out).toBe("50000\n");
});

test("--json prints value, unit, indicator and source", async () => {
  const { code, out } = await target("5G基站", "2020", "--region", "浙江", "--json");
  expect(code).toBe(0);
  expect(JSON.parse(out)).toEqual({
    value: 5,
    unit: "万个",
    indicator: { id: "zj-5g-2020", name: "5G基站建成数", region: "浙江省", year: 2020, qualifier: "exact" },
    source: { document: "000_plan.txt", title: "浙江省人民政府关于下达2020年浙江省国民经济和社会发展计划的通知", quote: "建成5G基站5万个" },
    conflict: null,
  });
});

test("a conflict prints the winning value and the note on stderr", async () => {
  const { code, out, err } = await target("产业链协同创新项目", "2020");
  expect([code, out]).toEqual([0, "60\n"]);
  expect(err).toMatch(/^另有来源给出不同数值：50项/);
});

test("a lookup error prints the function's message and exits with 2", async () => {
  expect(await target("5G基站", "2020")).toEqual({
    code: 2,
    out: "",
    err: "#N/A 请指定地区：浙江省、嘉兴市。Specify a region: 浙江省, 嘉兴市, or set a default region in the task pane.\n",
  });
  const json = await target("5G基站", "2020.5", "--json");
  expect(json.code).toBe(2);
  expect(JSON.parse(json.out)).toEqual({
    error: "#VALUE!",
    message: '年份「2020.5」无效；请写 2020、"2020" 或 "2020年"。Invalid year "2020.5": write 2020, "2020" or "2020年".',
  });
});

test("--batch answers one TSV line per input line, in order", async () => {
  const input = path.join(dir, "batch.tsv");
  fs.writeFileSync(input, "5G基站\t2020\t浙江\n企业减负\t2020年\t\n5G基站\t2020\t\n\t2020\t\n隐形冠军企业\t2020\n");
  const { code, out } = await runCli(["target", "--batch", input, "--catalogue", catalogue]);
  expect(code).toBe(2);
  const rows = out.trimEnd().split("\n").map((line) => line.split("\t"));
  expect(rows).toHaveLength(5);
  expect(rows[0]).toEqual(["5G基站", "2020", "浙江省", "5", "万个", "ok", ""]);
  expect(rows[1]).toEqual(["企业减负", "2020年", "浙江省", "2700", "亿元", "ok", ""]);
  expect(rows[2].slice(0, 6)).toEqual(["5G基站", "2020", "", "", "", "#N/A"]);
  expect(rows[2][6]).toMatch(/^请指定地区：浙江省、嘉兴市/);
  expect(rows[3].slice(5)).toEqual(["#VALUE!", "指标名称为空；请填写指标名称。The indicator name is empty: fill it in."]);
  expect(rows[4].slice(0, 6)).toEqual(["隐形冠军企业", "2020", "浙江省", "50", "家", "ok"]);
  expect(rows[4][6]).toMatch(/^另有来源给出不同数值：60家/);
});

test("a batch where every line answers exits with 0", async () => {
  const input = path.join(dir, "good.tsv");
  fs.writeFileSync(input, "5G基站\t2022\t\r\n");
  expect(await runCli(["target", "--batch", input, "--catalogue", catalogue])).toEqual({
    code: 0,
    out: "5G基站\t2022\t浙江省\t12\t万个\tok\t\n",
    err: "",
  });
});

test("bad arguments, a missing batch file and a bad catalogue are clear errors with exit code 2", async () => {
  const usage = await target("5G基站");
  expect(usage.code).toBe(2);
  expect(usage.err).toMatch(/^用法：plantargets target/);
  const missing = await runCli(["target", "--batch", path.join(dir, "nope.tsv"), "--catalogue", catalogue]);
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/^无法读取批量文件 .*nope\.tsv/);
  const broken = path.join(dir, "broken.json");
  fs.writeFileSync(broken, "{");
  const bad = await runCli(["target", "5G基站", "2020", "--catalogue", broken]);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain("目录文件不是有效的 JSON");
});

test("without --catalogue the bundled catalogue answers the issue's example", async () => {
  expect(fs.existsSync(BUNDLED_CATALOGUE)).toBe(true);
  const { code, out } = await runCli(["target", "5G基站", "2020", "--region", "浙江"]);
  expect({ code, out }).toEqual({ code: 0, out: "5\n" });
});
