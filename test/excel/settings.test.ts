import { createOfficePort } from "../../src/excel/officePort";
import { SETTINGS_KEY } from "../../src/sheets/link";
import { NAME_MARK } from "../../src/sheets/names";
import { FakeWorkbook } from "./fakeExcel";

test("settings round-trip through the workbook, one sync each; odd stored values fall back to defaults", async () => {
  const wb = new FakeWorkbook();
  const port = createOfficePort(wb.run);
  expect(await port.loadSettings()).toBeNull();
  const settings = { defaultRegion: "浙江省", tolerance: 0.03, catalogueUrl: "https://example.org/catalogue.json" };
  await port.saveSettings(settings);
  expect(await port.loadSettings()).toEqual(settings);
  expect(wb.syncs).toBe(3);
  wb.settings.set(SETTINGS_KEY, JSON.stringify({ defaultRegion: 5, tolerance: -1 }));
  expect(await port.loadSettings()).toEqual({ defaultRegion: null, tolerance: 0.05, catalogueUrl: null });
});

test("names: added, updated when ours, a user's own name of the same spelling left alone", async () => {
  const wb = new FakeWorkbook();
  wb.names.set("completion", { name: "COMPLETION", formula: "=Sheet1!$A$1", comment: "mine" });
  wb.names.set("planinfo", { name: "PLANINFO", formula: "=LAMBDA(x,old(x))", comment: `规划目标 ${NAME_MARK}` });
  const defs = [
    { name: "PLANTARGET", formula: "=LAMBDA(n,y,PT.PLANTARGET(n,y))", comment: "规划目标" },
    { name: "COMPLETION", formula: "=LAMBDA(r,PT.COMPLETION(r))" },
    { name: "PLANINFO", formula: "=LAMBDA(x,PT.PLANINFO(x))", comment: "规划目标" },
  ];
  const port = createOfficePort(wb.run);
  expect(await port.installNames(defs)).toEqual({ added: ["PLANTARGET"], updated: ["PLANINFO"], unchanged: [], skipped: ["COMPLETION"] });
  expect(wb.syncs).toBe(2);
  expect(wb.names.get("completion")?.formula).toBe("=Sheet1!$A$1");
  expect(wb.names.get("planinfo")?.formula).toBe(defs[2].formula);
  expect(await port.installNames(defs)).toEqual({ added: [], updated: [], unchanged: ["PLANTARGET", "PLANINFO"], skipped: ["COMPLETION"] });
});
