import { HyperFormula } from "hyperformula";
import { TARGET_TABLE_COLUMNS } from "../../src/core/completion";
import { COLUMNS } from "../../src/sheets/columns";
import { buildTargetTable, indicatorCell, latestActual, selectIndicators, tableCells } from "../../src/sheets/tableSpec";
import { planCatalogue } from "../fixtures/planCatalogue";

const catalogue = planCatalogue();
const header = (spec: ReturnType<typeof buildTargetTable>) => spec.columns.map((c) => c.header);

describe("buildTargetTable", () => {
  test("visible columns are exactly what COMPLETION recognises, link columns hidden after them", () => {
    const spec = buildTargetTable(catalogue, { kind: "regionYear", region: "浙江省", year: 2020 });
    expect(header(spec).slice(0, TARGET_TABLE_COLUMNS.length)).toEqual([...TARGET_TABLE_COLUMNS]);
    expect(spec.columns.filter((c) => c.hidden).map((c) => c.header)).toEqual(["指标ID", "写入校验"]);
  });

  test("rows follow the scope; 实际值 is the latest actual in the target's unit, else empty", () => {
    const spec = buildTargetTable(catalogue, { kind: "regionYear", region: "浙江省", year: 2020 });
    const expected = catalogue.indicators.filter((i) => i.region === "浙江省" && i.year === 2020);
    expect(spec.rows).toHaveLength(expected.length);
    const col = (h: string) => header(spec).indexOf(h);
    const byId = new Map(spec.rows.map((r) => [r[col("指标ID")], r]));
    // 5.4万个 reported as 54000 个 in September: later than June's 3.2万个.
    expect(byId.get("zj-5g-2020")?.[col("实际值")]).toBe(5.4);
    expect(byId.get("zj-bzcyl")?.[col("实际值")]).toBe("");
    expect(byId.get("zj-5g-2020")?.[col("来源")]).toBe(catalogue.documents[0].title);
    expect(spec.link).toMatchObject({ format: 2, table: spec.name, catalogueVersion: catalogue.version });
  });

  test("a whole document: every indicator citing it", () => {
    const doc = "004_jiaxing.txt";
    const spec = buildTargetTable(catalogue, { kind: "document", doc });
    expect(spec.rows.length).toBe(catalogue.indicators.filter((i) => i.sources.some((s) => s.doc === doc)).length);
    expect(spec.name).toBe("目标_004_jiaxing");
  });

  test("selected indicators keep the order given and skip unknown ids", () => {
    const picked = selectIndicators(catalogue, { kind: "indicators", ids: ["zj-jf", "nope", "zj-5g-2020"] });
    expect(picked.map((i) => i.id)).toEqual(["zj-jf", "zj-5g-2020"]);
  });

  test("a full-year actual counts as later than any month of that year", () => {
    const ind = { ...catalogue.indicators[0], actuals: [
      { value: 1, unit: "万个", asOf: "2020", doc: "x", quote: "", offset: 0 },
      { value: 2, unit: "万个", asOf: "2020-11", doc: "x", quote: "", offset: 0 },
    ] };
    expect(latestActual(ind)?.value).toBe(1);
  });
});

describe("完成率 is a plain Excel formula", () => {
  test("A1 references follow the table's position and the row", () => {
    const spec = buildTargetTable(catalogue, { kind: "indicators", ids: ["zj-5g-2020"] });
    const cells = tableCells(spec, 4, 2); // table at C5, first data row is sheet row 6
    const f = cells[1][COLUMNS.findIndex((c) => c.key === "completion")];
    expect(f).toBe('=IF(N6="","",IF(H6="以下",F6/N6,N6/F6))');
  });

  test("computed by a real formula engine: ratio up for 以上, turned over for 以下, blank without actual", () => {
    const ids = ["zj-xwy", "zj-pm25-2025", "zj-bzcyl"];
    const spec = buildTargetTable(catalogue, { kind: "indicators", ids });
    const actualCol = COLUMNS.findIndex((c) => c.key === "actual");
    spec.rows[0][actualCol] = 250; // 小微企业园 200 以上 → 125 %
    spec.rows[1][actualCol] = 32; // PM2.5 30 以下 → 30/32
    const hf = HyperFormula.buildFromArray(tableCells(spec, 0, 0) as (string | number)[][], { licenseKey: "gpl-v3" });
    const completionCol = COLUMNS.findIndex((c) => c.key === "completion");
    const value = (row: number) => hf.getCellValue({ sheet: 0, row, col: completionCol });
    expect(value(1)).toBeCloseTo(1.25);
    expect(value(2)).toBeCloseTo(30 / 32);
    expect(value(3)).toBe("");
    hf.destroy();
  });
});

test("a table row's quote, one document line per cell, shows on one line in its 原文 cell", () => {
  const ind = catalogue.indicators[0];
  const fromTable = { ...ind, sources: [{ ...ind.sources[0], quote: "地区生产总值(亿元)\n\n62352\n\n 7左右" }] };
  expect(indicatorCell(fromTable, "quote", catalogue)).toBe("地区生产总值(亿元) 62352 7左右");
});
