import { a1FromR1C1, columnIndex, columnLetters, parseAddress, quoteSheet, rangeAddress, uniqueSheetName, uniqueTableName } from "../../src/sheets/address";
import { PortError } from "../../src/sheets/errors";

test("column letters round-trip", () => {
  for (const [n, s] of [[0, "A"], [25, "Z"], [26, "AA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"]] as const) {
    expect(columnLetters(n)).toBe(s);
    expect(columnIndex(s)).toBe(n);
  }
  expect(rangeAddress(1, 1, 3, 2)).toBe("B2:C4");
  expect(rangeAddress(0, 0, 1, 1)).toBe("A1");
});

test("sheet names are quoted when Excel needs it, quotes doubled", () => {
  expect(quoteSheet("Sheet1")).toBe("Sheet1");
  expect(quoteSheet("目标表")).toBe("目标表");
  expect(quoteSheet("My sheet")).toBe("'My sheet'");
  expect(quoteSheet("It's")).toBe("'It''s'");
  expect(quoteSheet("A1")).toBe("'A1'");
  expect(quoteSheet("2020年")).toBe("'2020年'");
});

test("addresses with and without sheets, quoted names included", () => {
  expect(parseAddress("B2:D9")).toEqual({ sheet: null, rect: { row: 1, col: 1, rows: 8, cols: 3 } });
  expect(parseAddress("Sheet1!$B$2")).toEqual({ sheet: "Sheet1", rect: { row: 1, col: 1, rows: 1, cols: 1 } });
  expect(parseAddress("'It''s 2020'!D9:B2")).toEqual({ sheet: "It's 2020", rect: { row: 1, col: 1, rows: 8, cols: 3 } });
  for (const bad of ["", "B2:", "My sheet!A1", "'open!A1", "A0", "B2:C3:D4", "'a'b'!A1"]) {
    expect(() => parseAddress(bad)).toThrow(PortError);
  }
  expect(() => parseAddress("Z")).toThrow(/无法识别地址.*Cannot read the address/);
});

test("new sheet names are made valid and unique", () => {
  expect(uniqueSheetName("浙江省 2020", [])).toBe("浙江省 2020");
  expect(uniqueSheetName("a/b:c*?[d]", [])).toBe("a_b_c___d_");
  expect(uniqueSheetName("'quoted'", [])).toBe("quoted");
  expect(uniqueSheetName("It's", ["it's"])).toBe("It's (2)");
  expect(uniqueSheetName("x".repeat(40), [])).toHaveLength(31);
  expect(uniqueSheetName("x".repeat(40), ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
  expect(uniqueSheetName("   ", [])).toBe("目标表");
});

test("table names are made valid and unique", () => {
  expect(uniqueTableName("目标_浙江省_2020", [])).toBe("目标_浙江省_2020");
  expect(uniqueTableName("目标 浙江省-2020", ["目标_浙江省_2020"])).toBe("目标_浙江省_2020_2");
  expect(uniqueTableName("2020目标", [])).toBe("PT_2020目标");
  expect(uniqueTableName("A1", [])).toBe("PT_A1");
});

describe("a1FromR1C1", () => {
  test("relative and absolute references, string literals and names left alone", () => {
    expect(a1FromR1C1('=IF(RC[-1]="","",IF(RC[-6]="以下",RC[-9]/RC[-1],RC[-1]/RC[-9]))', 4, 12)).toBe('=IF(L5="","",IF(G5="以下",D5/L5,L5/D5))');
    expect(a1FromR1C1("=R1C1+R[1]C+RC[2]+SUM(R2C3:R[-1]C)", 9, 1)).toBe("=$A$1+B11+D10+SUM($C$2:B9)");
    expect(a1FromR1C1('=CONCAT("RC[-1]",RC[-1])&SRC(1)', 0, 3)).toBe('=CONCAT("RC[-1]",C1)&SRC(1)');
  });
});
