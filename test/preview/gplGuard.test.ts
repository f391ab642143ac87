/** The build's guard: HyperFormula (GPL-3.0) may be bundled into the preview, never into the add-in. */
import * as path from "path";
import { assertNoGplInAddin } from "../../scripts/build";

const file = (...parts: string[]) => ({ resource: path.join("/repo", ...parts) });
const stats = (name: string, ...modules: Array<{ resource?: string }>) => ({ stats: [{ compilation: { name, modules } }] });

test("fails the build when the add-in bundles HyperFormula", () => {
  const leaked = stats("addin", file("src", "functions", "functions.ts"), file("node_modules", "hyperformula", "es", "index.mjs"));
  expect(() => assertNoGplInAddin(leaked)).toThrow(/HyperFormula（GPL-3.0）进入了插件包.*reached the add-in bundle.*hyperformula/s);
});

test("lets the preview bundle it, and an add-in without it pass", () => {
  expect(() => assertNoGplInAddin(stats("preview", file("node_modules", "hyperformula", "es", "index.mjs")))).not.toThrow();
  expect(() => assertNoGplInAddin(stats("addin", file("src", "functions", "functions.ts"), {}))).not.toThrow();
});
