/**
 * Typing the functions as written. Excel shows custom functions behind the add-in's namespace
 * (=PLANTARGETS.PLANTARGET(...)); workbook-level LAMBDA names make =PLANTARGET(...) and
 * =COMPLETION(...) work as typed in Excel 365. The pane installs these with one click and on every
 * table insert (workbook.names.add(name, formula, comment)).
 *
 * LAMBDA syntax: a parameter in square brackets is optional, and ISOMITTED(p) is TRUE inside the
 * body when the caller left it out. An omitted parameter passed on as it is would arrive as FALSE or
 * 0, so each is forwarded as IF(ISOMITTED(p),"",p): our functions read "" as "not given".
 * Parameter names are Chinese, as Excel shows them in the formula tooltip, and they cannot clash
 * with built-in function names (YEAR, TEXT, MODE are functions).
 */

/** Must equal the manifest's CustomFunctions namespace (<bt:String id="Functions.Namespace">). */
export const FUNCTION_NAMESPACE = "PLANTARGETS";

export interface LambdaName {
  /** The workbook name users type: PLANTARGET. */
  name: string;
  /** Its formula, in Excel's English (invariant) formula language as names.add expects. */
  formula: string;
  /** Shown in Name Manager. */
  comment: string;
}

interface Signature {
  id: string;
  required: readonly string[];
  optional: readonly string[];
  comment: string;
}

const SIGNATURES: readonly Signature[] = [
  { id: "PLANTARGET", required: ["指标", "年份"], optional: ["地区", "单位"], comment: "规划目标值 / Planned target value" },
  { id: "COMPLETION", required: ["区域"], optional: ["模式"], comment: "完成率或完成情况 / Completion ratio or status" },
  { id: "PLANINFO", required: ["指标", "年份", "字段"], optional: ["地区"], comment: "目标信息 / A target's details" },
  { id: "PLANACTUAL", required: ["指标", "年份"], optional: ["地区"], comment: "最近实际值 / Latest actual" },
  { id: "PLANSEARCH", required: ["搜索词"], optional: [], comment: "查找指标 / Search indicators" },
];

function lambdaFormula({ id, required, optional }: Signature): string {
  const params = [...required, ...optional.map((p) => `[${p}]`)].join(",");
  const args = [...required, ...optional.map((p) => `IF(ISOMITTED(${p}),"",${p})`)].join(",");
  return `=LAMBDA(${params},${FUNCTION_NAMESPACE}.${id}(${args}))`;
}

export const LAMBDA_NAMES: readonly LambdaName[] = SIGNATURES.map((s) => ({
  name: s.id,
  formula: lambdaFormula(s),
  comment: s.comment,
}));
