/**
 * Our custom functions as a HyperFormula plugin, for the preview's workbook. Each function hands
 * HyperFormula's arguments, as plain values, to the same code Excel's custom functions call
 * (src/functions/answers.ts, planinfo.ts) and turns its errors into HyperFormula cell errors with
 * the same messages. Registered under the plain names (=PLANTARGET) and the add-in's namespace
 * (=PLANTARGETS.PLANTARGET), so formulas copied from Excel work too.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InternalScalarValue, InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import { getStore } from "../core/store";
import { FormulaError, isCellError } from "../core/lookup/errors";
import { actualValue, completionColumn, searchRows, SEARCH_LIMIT, targetValue } from "../functions/answers";
import { FUNCTION_NAMESPACE } from "../functions/names";
import { indicatorInfo } from "../functions/planinfo";
import type { FunctionContext } from "../functions/settle";

/** Excel's spelling of HyperFormula's error types, as Excel hands error values to custom functions. */
const EXCEL_CODE: Readonly<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.CYCLE]: "#CYCLE!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.LIC]: "#LIC!",
  [ErrorType.ERROR]: "#ERROR!",
};

const ERROR_TYPE: Readonly<Record<string, ErrorType>> = {
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
};

/** An argument as Excel would pass it: blank → null, error → { code }, rich numbers → number. */
function plain(value: InternalScalarValue | undefined): unknown {
  if (value === EmptyValue) return null;
  if (value instanceof CellError) return { code: EXCEL_CODE[value.type] };
  if (typeof value === "object" && value !== null && "val" in value) return value.val;
  return value;
}

function errorFromCode(code: string, message: string): CellError {
  return new CellError(ERROR_TYPE[code] ?? ErrorType.VALUE, message);
}

/** Runs one of the shared function bodies: its FormulaErrors become cell errors with the same code and message. */
function settled<T>(work: () => T): T | CellError {
  try {
    return work();
  } catch (e) {
    return e instanceof FormulaError ? errorFromCode(e.code, e.message) : new CellError(ErrorType.VALUE, (e as Error).message);
  }
}

/** For the functions that answer from the catalogue: as in Excel, they cannot before it has loaded. */
function answer<T>(work: (context: FunctionContext) => T): T | CellError {
  const { index, settings } = getStore();
  if (!index) {
    return new CellError(
      ErrorType.NA,
      "规划目录尚未加载；请稍候，或在任务窗格中检查目录来源。The catalogue has not loaded yet: wait, or check the catalogue source in the pane.",
    );
  }
  return settled(() => work({ index, settings }));
}

/** A result cell of a spilled answer: errors of single rows stay errors of those cells. */
function resultCell(value: unknown): InternalScalarValue {
  if (isCellError(value)) return errorFromCode(value.error, value.message);
  return value as InternalScalarValue;
}

function spill(rows: unknown[][] | CellError): InterpreterValue {
  return rows instanceof CellError ? rows : SimpleRangeValue.onlyValues(rows.map((r) => r.map(resultCell)));
}

const SCALAR = { argumentType: FunctionArgumentType.SCALAR };
const OPTIONAL = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };

export class PlanTargetsPlugin extends FunctionPlugin {
  static implementedFunctions = {
    PLANTARGET: { method: "plantarget", parameters: [SCALAR, SCALAR, OPTIONAL, OPTIONAL] },
    PLANACTUAL: { method: "planactual", parameters: [SCALAR, SCALAR, OPTIONAL] },
    PLANINFO: { method: "planinfo", parameters: [SCALAR, SCALAR, SCALAR, OPTIONAL] },
    COMPLETION: {
      method: "completion",
      sizeOfResultArrayMethod: "completionSize",
      vectorizationForbidden: true,
      parameters: [{ argumentType: FunctionArgumentType.RANGE }, OPTIONAL],
    },
    PLANSEARCH: {
      method: "plansearch",
      sizeOfResultArrayMethod: "plansearchSize",
      vectorizationForbidden: true,
      parameters: [SCALAR],
    },
  };

  static aliases = Object.fromEntries(Object.keys(PlanTargetsPlugin.implementedFunctions).map((f) => [`${FUNCTION_NAMESPACE}.${f}`, f]));

  plantarget(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata("PLANTARGET"), (...args: InternalScalarValue[]) =>
      answer((c) => targetValue(c, ...(args.map(plain) as [unknown, unknown, unknown, unknown]))),
    );
  }

  planactual(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata("PLANACTUAL"), (...args: InternalScalarValue[]) =>
      answer((c) => actualValue(c, ...(args.map(plain) as [unknown, unknown, unknown]))),
    );
  }

  planinfo(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata("PLANINFO"), (...args: InternalScalarValue[]) =>
      answer((c) => indicatorInfo(c, ...(args.map(plain) as [unknown, unknown, unknown, unknown]))),
    );
  }

  completion(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata("COMPLETION"), (range: SimpleRangeValue, mode?: InternalScalarValue) =>
      // Like Excel's COMPLETION, it needs the settings (tolerance) but not the catalogue.
      spill(settled(() => completionColumn(getStore(), range.rawData().map((row) => row.map(plain)), plain(mode)))),
    );
  }

  /** One result row per row of the range. */
  completionSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    if (ast.args.length < 1) return ArraySize.error();
    return new ArraySize(1, this.arraySizeForAst(ast.args[0], state).height);
  }

  plansearch(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata("PLANSEARCH"), (text: InternalScalarValue) => {
      const rows = answer((c) => searchRows(c, plain(text)));
      return spill(rows instanceof CellError ? rows : padRows(rows, this.plansearchRows(ast)));
    });
  }

  /**
   * HyperFormula fixes a spill's size when it parses the formula: for a typed search text it is the
   * number of matches now (the workbook re-parses when the catalogue changes), else the most there can be.
   */
  plansearchSize(ast: ProcedureAst): ArraySize {
    return new ArraySize(5, this.plansearchRows(ast));
  }

  private plansearchRows(ast: ProcedureAst): number {
    const arg = ast.args[0] as { type: string; value?: unknown } | undefined;
    if (arg?.type !== "STRING") return SEARCH_LIMIT;
    const rows = answer((c) => searchRows(c, arg.value));
    return rows instanceof CellError ? 1 : rows.length;
  }
}

/** A formula calling one of our functions, with or without the namespace. */
export const PLAN_FUNCTION_CALL = new RegExp(`\\b(?:${Object.keys(PlanTargetsPlugin.implementedFunctions).join("|")})\\s*\\(`, "i");

/** Blank rows below the matches fill a spill area sized for more. */
function padRows(rows: unknown[][], height: number): unknown[][] {
  const width = rows[0]?.length ?? 5;
  return rows.length >= height ? rows.slice(0, height) : [...rows, ...Array.from({ length: height - rows.length }, () => Array(width).fill(""))];
}

let registered = false;

/** Registers the plugin once per page (HyperFormula keeps plugins globally). */
export function registerPlanFunctions(): void {
  if (registered) return;
  const names = [...Object.keys(PlanTargetsPlugin.implementedFunctions), ...Object.keys(PlanTargetsPlugin.aliases)];
  HyperFormula.registerFunctionPlugin(PlanTargetsPlugin, { enGB: Object.fromEntries(names.map((n) => [n, n])) });
  registered = true;
}
