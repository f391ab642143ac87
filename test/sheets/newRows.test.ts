/**
 * Which indicators are new to a linked table, and which planned rows an adapter still writes: the
 * decisions both adapters (Office and the preview) take from src/sheets.
 */
import type { Catalogue, Indicator } from "../../src/core/types";
import { FILL } from "../../src/sheets/columns";
import { figureGroups, figuresOf } from "../../src/sheets/figureGroups";
import { newIndicators, pendingRows, type RowsAddition } from "../../src/sheets/newRows";
import { planCatalogue } from "../fixtures/planCatalogue";

const base = planCatalogue();
const SCOPE = { kind: "regionYear", region: "浙江省", year: 2020 } as const;

function figure(of: Indicator, id: string, value: number, conflict: string[]): Indicator {
  return { ...of, id, value, conflict };
}

describe("figureGroups", () => {
  test("entries naming each other, one side only, or through a third are one indicator's figures", () => {
    const [a] = base.indicators;
    const catalogue: Catalogue = {
      ...base,
      // b names a, c names b, nobody names d: what merged layers can leave behind.
      indicators: [a, figure(a, "b", 1, [a.id]), figure(a, "c", 2, ["b"]), figure(a, "d", 3, [])],
    };
    const groups = figureGroups(catalogue);
    expect([...figuresOf(groups, a.id)].sort()).toEqual([a.id, "b", "c"].sort());
    expect(figuresOf(groups, "c")).toBe(figuresOf(groups, a.id));
    expect(figuresOf(groups, "d")).toEqual(["d"]);
  });
});

describe("newIndicators", () => {
  const groups = figureGroups(base);
  const inScope = base.indicators.filter((i) => i.region === "浙江省" && i.year === 2020).map((i) => i.id);

  test("a table holding every entry of its rule has nothing new", () => {
    expect(newIndicators(base, SCOPE, new Set(inScope), groups)).toEqual([]);
  });

  test("an entry the table lacks is new, unless the table holds another figure of its indicator", () => {
    const held = new Set(inScope.filter((id) => id !== "zj-xwy" && id !== "zj-cx-50"));
    // zj-cx-50 is the speech's figure for 产业链协同创新项目, whose plan figure zj-cx-60 has a row.
    expect(newIndicators(base, SCOPE, held, groups).map((i) => i.id)).toEqual(["zj-xwy"]);
  });

  test("a hand-picked table never grows", () => {
    expect(newIndicators(base, { kind: "indicators" }, new Set(), groups)).toEqual([]);
  });
});

describe("pendingRows", () => {
  const addition = {
    ids: ["a", "b", "c"],
    rows: [["A", "a"], ["B", "b"], ["C", "c"]],
    fills: [
      { row: 0, col: 0, color: FILL.changed },
      { row: 1, col: 0, color: FILL.changed },
      { row: 2, col: 0, color: FILL.changed },
    ],
  } as unknown as RowsAddition;

  test("all rows while the table holds none of them", () => {
    expect(pendingRows(addition, ["x", "", 7])).toEqual({ rows: addition.rows, fills: addition.fills });
  });

  test("rows the table holds by now are left out, the fills renumbered to the rows written", () => {
    expect(pendingRows(addition, ["x", "b", "a"])).toEqual({ rows: [["C", "c"]], fills: [{ row: 0, col: 0, color: FILL.changed }] });
    expect(pendingRows(addition, ["a", "b", "c"])).toEqual({ rows: [], fills: [] });
  });
});
