/**
 * The preview workbook's formulas: HyperFormula with our functions registered computes the same
 * answers and messages as the Excel custom functions (both call src/functions/answers.ts).
 */
import { getStore } from "../../src/core/store";
import { targetValue } from "../../src/functions/answers";
import { PreviewWorkbook } from "../../src/preview/workbook";
import { connectStore } from "../../src/preview/connect";
import { planCatalogue } from "../fixtures/planCatalogue";

const store = getStore();
let book: PreviewWorkbook;
let disconnect: () => void;

beforeEach(() => {
  store.setCatalogue(planCatalogue());
  store.updateSettings({ defaultRegion: null, tolerance: 0.05 });
  book = new PreviewWorkbook();
  disconnect = connectStore(book, store);
});
afterEach(() => disconnect());

const at = (address: string) => {
  const m = /^([A-Z])(\d+)$/.exec(address) as RegExpExecArray;
  return book.computed("Sheet1", Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
};
const type = (address: string, text: string) => {
  const m = /^([A-Z])(\d+)$/.exec(address) as RegExpExecArray;
  book.type("Sheet1", Number(m[2]) - 1, m[1].charCodeAt(0) - 65, text);
};

describe("PLANTARGET and companions in the preview", () => {
  test("answers as typed and under the add-in's namespace", () => {
    type("A1", '=PLANTARGET("5G基站",2020,"浙江")');
    type("A2", '=PLANTARGETS.PLANTARGET("5G基站","2020年","浙江省","个")');
    type("A3", '=plantarget("5G基站",2020,"嘉兴")');
    expect(at("A1")).toEqual({ value: 5, error: null });
    expect(at("A2")).toEqual({ value: 50000, error: null });
    expect(at("A3")).toEqual({ value: 5000, error: null });
  });

  test("gives the same error code and message as the shared function code", () => {
    type("A1", '=PLANTARGET("5G基站",2020)');
    let expected = "";
    try {
      targetValue({ index: store.index!, settings: store.settings }, "5G基站", 2020);
    } catch (e) {
      expected = (e as Error).message;
    }
    expect(expected).toMatch(/请指定地区/);
    expect(at("A1")).toEqual({ value: "#N/A", error: expected });
    type("A2", '=PLANTARGET("5G基站",2020.5,"浙江")');
    expect(at("A2").value).toBe("#VALUE!");
    expect(at("A2").error).toMatch(/年份「2020.5」无效/);
  });

  test("takes references, blanks and arithmetic like any formula", () => {
    type("B1", "5G基站");
    type("B2", "2020");
    type("B3", "浙江");
    type("A1", "=PLANTARGET(B1,B2,B3)*2+1");
    type("A2", "=PLANTARGET(B1,B2,B3,B4)"); // B4 blank: no unit
    expect(at("A1").value).toBe(11);
    expect(at("A2").value).toBe(5);
  });

  test("PLANINFO and PLANACTUAL", () => {
    type("A1", '=PLANINFO("5G基站",2020,"原文","浙江")');
    type("A2", '=PLANACTUAL("5G基站",2020,"浙江")');
    expect(at("A1").value).toBe("建成5G基站5万个");
    expect(at("A2").value).toBe(5.4);
  });

  test("COMPLETION spills one result per row; a bad row fails alone", () => {
    book.change(() => book.write("Sheet1", 0, 0, [[5, 5.4], [200, 150], [35, 28], [0, 3], [10, ""]]));
    type("D1", "=COMPLETION(A1:B5)");
    expect(at("D1").value).toBeCloseTo(1.08);
    expect(at("D2").value).toBeCloseTo(0.75);
    expect(at("D3").value).toBeCloseTo(0.8);
    expect(at("D4").value).toMatch(/^#/);
    expect(at("D4").error).toMatch(/目标值/);
    expect(at("D5")).toEqual({ value: "", error: null });
    // One formula, its results spilled below it.
    expect([book.input("Sheet1", 0, 3), book.input("Sheet1", 1, 3)]).toEqual(["=COMPLETION(A1:B5)", ""]);
  });

  test("COMPLETION reads the qualifier column: 以下 is met by staying under the target", () => {
    book.change(() => book.write("Sheet1", 0, 0, [["目标值", "实际值", "条件"], [35, 28, "以下"], [5, 5.4, "以上"]]));
    type("E1", '=COMPLETION(A1:C3,"status")');
    expect([at("E1").value, at("E2").value, at("E3").value]).toEqual(["完成情况", "超额完成", "超额完成"]);
  });

  test("PLANSEARCH spills its matches", () => {
    type("A1", '=PLANSEARCH("隐形冠军")');
    expect(at("A1").value).toBe("隐形冠军企业新增数");
    expect(at("B1").value).toBe("浙江省");
    expect(at("A3")).toEqual({ value: "", error: null });
  });

  test("recomputes when the catalogue or the settings change", () => {
    type("A1", '=PLANTARGET("5G基站",2020)');
    expect(at("A1").value).toBe("#N/A");
    store.updateSettings({ defaultRegion: "嘉兴市" });
    expect(at("A1").value).toBe(5000);
    const changed = planCatalogue();
    changed.indicators = changed.indicators.map((i) => (i.id === "jx-5g-2020" ? { ...i, value: 6000 } : i));
    store.setCatalogue(changed);
    expect(at("A1").value).toBe(6000);
  });

  test("spills stay spills through a catalogue change, and PLANSEARCH re-sizes to its matches", async () => {
    book.change(() => book.write("Sheet1", 0, 0, [[5, 5.4], [10, 8]]));
    type("D1", "=COMPLETION(A1:B2)");
    type("F1", '=PLANSEARCH("隐形冠军")');
    expect(at("F2").value).toBe("隐形冠军企业新增数");
    const changed = planCatalogue();
    changed.indicators = changed.indicators.filter((i) => i.id !== "zj-gj-50");
    store.setCatalogue(changed);
    expect([at("D1").value, at("D2").value]).toEqual([1.08, 0.8]);
    expect(book.input("Sheet1", 1, 3)).toBe(""); // still spilled, not turned into a typed value
    expect(at("F2")).toEqual({ value: "", error: null });
    type("F2", "mine"); // the spill shrank: the cell is free again
    expect(at("F1").value).toBe("隐形冠军企业新增数");
  });

  test("says so when no catalogue has loaded yet", () => {
    // A fresh module registry is a fresh page: its store has no catalogue until the pane loads one.
    jest.isolateModules(() => {
      const fresh = require("../../src/preview/workbook") as typeof import("../../src/preview/workbook");
      const page = new fresh.PreviewWorkbook();
      page.type("Sheet1", 0, 0, '=PLANTARGET("5G基站",2020)');
      expect(page.computed("Sheet1", 0, 0)).toEqual({ value: "#N/A", error: expect.stringMatching(/规划目录尚未加载.*has not loaded yet/) });
    });
  });
});
