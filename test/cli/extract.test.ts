import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseCatalogue } from "../../src/catalogue/load";
import { runCli } from "../support/cliRun";
import { SEEDS_DIR } from "../support/gold";

const dir = mkdtempSync(join(tmpdir(), "plantargets-extract-"));
const PLAN = "陕西省2026年国民经济和社会发展计划\n\n全年新增高新技术企业4000家、科技型中小企业10000家。建成5G基站3万个。\n";

describe("plantargets extract", () => {
  it("writes the catalogue of a folder to stdout", async () => {
    const r = await runCli(["extract", SEEDS_DIR]);
    expect(r.code).toBe(0);
    const catalogue = parseCatalogue(r.out);
    expect(catalogue.documents).toHaveLength(5);
    expect(catalogue.indicators.length).toBeGreaterThan(200);
  });

  it("reads any UTF-8 planning document, with --out and --report", async () => {
    const file = join(dir, "shaanxi.txt");
    writeFileSync(file, PLAN);
    const out = join(dir, "catalogue.json");
    const r = await runCli(["extract", file, "--out", out, "--report"]);
    expect(r.code).toBe(0);
    const catalogue = parseCatalogue(readFileSync(out, "utf8"));
    expect(catalogue.documents[0]).toMatchObject({ region: "陕西省", year: 2026 });
    expect(catalogue.indicators.map((i) => i.value).sort((a, b) => a - b)).toEqual([3, 4000, 10000]);
    expect(r.out).toContain("shaanxi.txt");
    expect(r.out).toMatch(/目标 targets: 3/);
  });

  it("--report lists per document its targets, actuals, conflicts and the lines skipped as noise", async () => {
    const r = await runCli(["extract", SEEDS_DIR, "--out", join(dir, "seeds.json"), "--report"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^== 000_\S+\.txt — 浙江省人民政府关于下达2020年浙江省国民经济和社会发展计划的通知 \[浙江省 2020 plan\]$/m);
    expect(r.out).toMatch(/^   · 2020 5G基站 5万个 \[\w+\] @\d+ 「建成5G基站5万个」$/m);
    expect(r.out).toMatch(/^   ✓ 2020-09 5G基站 5\.4万个 @\d+ 「全省累计建成交付5G基站超过5\.4万个」$/m);
    expect(r.out).toMatch(/^   ≠ 产业链协同创新项目实施数 60项 与 vs 50项 \(001_\S+\.txt\)$/m);
    expect(r.out).toMatch(/^   ≠ 新增隐形冠军企业数 60家 与 vs 50家 \(000_\S+\.txt, 002_\S+\.txt\)$/m);
    expect(r.out).toMatch(/^   - \[url\] @\d+ https:\/\/www\.yunbaogao\.cn\//m);
    expect(r.out).toMatch(/^   - \[advert\] @\d+ 公选王官方微博$/m);
  });

  it("gives one clear message per bad file and still processes the others", async () => {
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    // 浙江省2020年政府工作报告 / 新增小微企业园200个。 in GBK, built from the GB18030 decoder's inverse.
    writeFileSync(join(dir, "gbk.txt"), gbkBytes("浙江省2020年政府工作报告\n新增小微企业园200个。\n"));
    writeFileSync(join(dir, "notargets.txt"), "浙江省2020年政府工作报告\n\n各位代表，现在我代表省人民政府作报告。\n");
    writeFileSync(join(dir, "noregion.txt"), "新增小微企业园200个。\n");
    const r = await runCli(["extract", join(dir, "empty.txt"), join(dir, "image.txt"), join(dir, "gbk.txt"), join(dir, "notargets.txt"), join(dir, "noregion.txt"), join(dir, "missing.txt"), "--report"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/empty\.txt: 文件为空/);
    expect(r.err).toMatch(/image\.txt: 这是二进制文件/);
    expect(r.err).toMatch(/noregion\.txt: .*--region/);
    expect(r.err).toMatch(/missing\.txt: 找不到文件/);
    const catalogue = parseCatalogue(r.out);
    expect(catalogue.indicators.find((i) => i.sources[0].doc === "gbk.txt")?.value).toBe(200);
    expect(r.err).toMatch(/notargets\.txt: 未在该文件中找到量化目标/);
  });

  it("exits non-zero only when nothing could be read", async () => {
    const r = await runCli(["extract", join(dir, "empty.txt")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/没有可读取的文件.*No file could be read/);
  });

  it("refuses a 50 MB file with a message, and reads the rest", async () => {
    const big = join(dir, "big.txt");
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, "规"));
    const small = join(dir, "small.txt");
    writeFileSync(small, PLAN);
    const r = await runCli(["extract", big, small]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/big\.txt: 文件过大（50\.0 MB/);
    expect(parseCatalogue(r.out).documents.map((d) => d.file)).toEqual(["small.txt"]);
  });

  it.each([
    [["extract"], /请给出要提取的文件/],
    [["extract", "x.txt", "--year", "明年"], /--year/],
    [["extract", "x.txt", "--kind", "novel"], /--kind/],
    [["extract", "x.txt", "--bogus"], /未知选项 --bogus/],
    [["extract", "x.txt", "--out"], /缺少取值/],
  ])("rejects bad arguments %j with exit code 2", async (args, message) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

/** GBK bytes for a string, found by searching the decoder (Node has no GBK encoder). */
function gbkBytes(text: string): Buffer {
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.from([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...(table.get(ch) ?? []));
  }
  return Buffer.from(bytes);
}
