/** The grid's number formats: the ones target tables use, shown as Excel shows them. */
import { formatValue } from "../../src/preview/format";

test.each([
  [1.08, "0.0%", "108.0%"],
  [0.5, "0%", "50%"],
  [2020, "0", "2020"],
  [2.456, "0.00", "2.46"],
  [1234567, "#,##0", "1,234,567"],
  [1 / 3, "General", "0.3333333333"],
  [50000, "General", "50000"],
  [1.5e-7, "General", "1.5000e-7"],
  ["1-8月", "@", "1-8月"],
  [true, "General", "TRUE"],
  [7, "yyyy-mm-dd", "7"],
])("%p in %p shows as %p", (value, format, expected) => {
  expect(formatValue(value, format)).toBe(expected);
});
