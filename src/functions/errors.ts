/**
 * The bridge from our plain errors to Excel's. Inside Excel, CustomFunctions is a global and errors
 * must be CustomFunctions.Error; elsewhere (jest, the CLI, the browser preview) a plain class with
 * the same `code` and `message` stands in.
 */
import type { FormulaErrorCode } from "../core/lookup/errors";

interface CustomFunctionsApi {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: Record<string, string>;
}

const ERROR_CODE_NAMES: Readonly<Record<FormulaErrorCode, string>> = {
  "#N/A": "notAvailable",
  "#VALUE!": "invalidValue",
  "#DIV/0!": "divisionByZero",
};

/** Excel shows a custom message only with #VALUE! and #N/A; other codes must come without one. */
const CODES_WITH_MESSAGE: ReadonlySet<FormulaErrorCode> = new Set(["#N/A", "#VALUE!"]);

/** Stands in for CustomFunctions.Error outside Excel. */
export class PlanFunctionError extends Error {
  constructor(
    readonly code: FormulaErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PlanFunctionError";
  }
}

/** An error value for a cell: CustomFunctions.Error inside Excel, PlanFunctionError elsewhere. */
export function excelError(code: FormulaErrorCode, message: string): Error {
  const api = (globalThis as { CustomFunctions?: Partial<CustomFunctionsApi> }).CustomFunctions;
  // office.js loaded outside Excel defines CustomFunctions with only associate(): no Error class.
  if (!api?.Error || !api.ErrorCode) return new PlanFunctionError(code, message);
  return new api.Error(api.ErrorCode[ERROR_CODE_NAMES[code]], CODES_WITH_MESSAGE.has(code) ? message : undefined);
}
