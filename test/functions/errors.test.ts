import { PlanFunctionError, excelError } from "../../src/functions/errors";

describe("excelError", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  test("outside Excel: a PlanFunctionError with the same code and message", () => {
    const e = excelError("#N/A", "请指定地区");
    expect(e).toBeInstanceOf(PlanFunctionError);
    expect(e).toMatchObject({ code: "#N/A", message: "请指定地区" });
  });

  test("office.js loaded outside Excel (CustomFunctions without Error): still a PlanFunctionError", () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
    expect(excelError("#VALUE!", "bad")).toBeInstanceOf(PlanFunctionError);
  });

  test("inside Excel: CustomFunctions.Error with the matching ErrorCode; no message where Excel shows none", () => {
    class FakeError extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: FakeError,
      ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!", divisionByZero: "#DIV/0!" },
    };
    expect(excelError("#VALUE!", "bad")).toEqual(expect.objectContaining({ code: "#VALUE!", message: "bad" }));
    expect(excelError("#N/A", "none")).toBeInstanceOf(FakeError);
    expect(excelError("#DIV/0!", "zero")).toEqual(expect.objectContaining({ code: "#DIV/0!", message: "" }));
  });
});
