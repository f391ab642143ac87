import { FUNCTION_NAMESPACE, LAMBDA_NAMES } from "../../src/functions/names";

test("the LAMBDA names forward to the namespaced functions, guarding omitted parameters", () => {
  expect(Object.fromEntries(LAMBDA_NAMES.map((n) => [n.name, n.formula]))).toEqual({
    PLANTARGET: '=LAMBDA(指标,年份,[地区],[单位],PLANTARGETS.PLANTARGET(指标,年份,IF(ISOMITTED(地区),"",地区),IF(ISOMITTED(单位),"",单位)))',
    COMPLETION: '=LAMBDA(区域,[模式],PLANTARGETS.COMPLETION(区域,IF(ISOMITTED(模式),"",模式)))',
    PLANINFO: '=LAMBDA(指标,年份,字段,[地区],PLANTARGETS.PLANINFO(指标,年份,字段,IF(ISOMITTED(地区),"",地区)))',
    PLANACTUAL: '=LAMBDA(指标,年份,[地区],PLANTARGETS.PLANACTUAL(指标,年份,IF(ISOMITTED(地区),"",地区)))',
    PLANSEARCH: "=LAMBDA(搜索词,PLANTARGETS.PLANSEARCH(搜索词))",
  });
  expect(FUNCTION_NAMESPACE).toBe("PLANTARGETS");
});

test("every formula has balanced parentheses and a bilingual comment", () => {
  for (const { formula, comment } of LAMBDA_NAMES) {
    let depth = 0;
    for (const ch of formula) {
      depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(comment).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
  }
});
