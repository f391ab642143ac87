/**
 * The errors a formula can show, as plain data: the custom functions turn them into
 * CustomFunctions.Error, the CLI prints them, the pane shows them. Messages are Chinese first,
 * then English, and say what was wrong and what to do.
 */

export type FormulaErrorCode = "#N/A" | "#VALUE!" | "#DIV/0!";

export interface CellError {
  error: FormulaErrorCode;
  message: string;
}

/** Thrown by the pure function layer when a whole call cannot answer. */
export class FormulaError extends Error {
  constructor(
    readonly code: FormulaErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FormulaError";
  }
}

export function cellError(error: FormulaErrorCode, message: string): CellError {
  return { error, message };
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && "error" in value && "message" in value;
}

/** Quotes user text in messages, cut short so a 10,000-character argument does not flood the cell. */
export function quote(text: string, max = 20): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
