/**
 * Refresh when the catalogue holds other figures for an indicator a table already has: another
 * layer's figure (the organisation's hosted catalogue, or a document imported into the workbook)
 * or another document's (000 and 001 swap 60/50). Such a figure is an alternative, shown by the
 * card and PLANINFO, not an indicator new to the table: no "目录新增", no row offered.
 * Driven through the preview's port, on the bundled catalogue.
 */
import { readFileSync } from "fs";
import { buildCatalogue } from "../../src/catalogue/build";
import type { Catalogue, Indicator } from "../../src/core/types";
import { extractDocument } from "../../src/extract";
import { addToWorkbookLayer, composeLayers } from "../../src/import/layers";
import { BUNDLED_CATALOGUE, readCatalogueFile } from "../../src/node/readCatalogue";
import { createPreviewPort } from "../../src/preview/previewPort";
import { PreviewWorkbook } from "../../src/preview/workbook";
import type { WorkbookPort } from "../../src/sheets/port";
import { refreshWorkbook, type RefreshPlan } from "../../src/sheets/refresh";
import { buildTargetTable } from "../../src/sheets/tableSpec";
import { SEEDS_DIR } from "../support/gold";

const SCOPE = { kind: "regionYear", region: "浙江省", year: 2020 } as const;
const PLAN_FILE = "000_0468f6baac3c2632.txt";
const bundled = readCatalogueFile(BUNDLED_CATALOGUE);
/** 境外经贸合作示范区: 12 in the plan (and the speech), no other figure anywhere. */
const twelve = bundled.indicators.find((i) => i.region === "浙江省" && i.year === 2020 && i.name === "境外经贸合作示范区数") as Indicator;

let port: WorkbookPort;

beforeEach(() => {
  port = createPreviewPort(new PreviewWorkbook());
});

async function insert(catalogue: Catalogue): Promise<void> {
  await port.insertTable(buildTargetTable(catalogue, SCOPE), { kind: "newSheet", sheetName: "目标" });
}

const kinds = (plan: RefreshPlan) => plan.changes.map((c) => [c.kind, c.indicatorId, c.column]);

/** Refreshes and expects nothing to report and no row offered. */
async function expectNothingNew(catalogue: Catalogue): Promise<void> {
  const plan = await refreshWorkbook(port, catalogue);
  expect(plan.changes).toEqual([]);
  expect(plan.additions).toEqual([]);
}

/** The hosted catalogue: the bundled one with 境外经贸合作示范区 moved from 12 to 24. */
function hosted(): Catalogue {
  return { ...bundled, version: "hosted-2", indicators: bundled.indicators.map((i) => (i.id === twelve.id ? { ...i, value: 24 } : i)) };
}

/** The workbook layer after importing a corrected copy of the 2020 plan that says 15 where the bundled one says 12. */
function imported(): Catalogue {
  const text = readFileSync(`${SEEDS_DIR}/${PLAN_FILE}`, "utf8").replace("深化12个境外经贸合作示范区建设", "深化15个境外经贸合作示范区建设");
  const extraction = extractDocument(text, { file: "2020年计划（修订稿）.txt", region: "浙江省", year: 2020, kind: "plan" });
  return addToWorkbookLayer(null, buildCatalogue([extraction]));
}

describe("refresh with another figure for an indicator the table holds", () => {
  test("the bundled catalogue alone (000 and 001 disagree on 60/50): insert, refresh at once: nothing to report or add", async () => {
    expect(bundled.indicators.some((i) => i.region === "浙江省" && i.year === 2020 && i.conflict.length > 0)).toBe(true);
    await insert(bundled);
    await expectNothingNew(bundled);
  });

  test("the hosted catalogue changes 12 to 24: the row is updated, the bundled 12 is not offered as a new row", async () => {
    await insert(bundled);
    const composed = composeLayers({ bundled, organisation: hosted() }).catalogue;
    const alternative = composed.indicators.find((i) => i.conflict.includes(twelve.id)) as Indicator;
    expect(alternative).toMatchObject({ value: 12, name: twelve.name });

    const plan = await refreshWorkbook(port, composed);
    expect(kinds(plan)).toEqual([["updated", twelve.id, "目标值"]]);
    expect(plan.changes[0]).toMatchObject({ before: 12, after: 24 });
    // The other layer's figure is named in the reason, not offered as a row.
    expect(plan.changes[0].reason).toMatch(/另有 12个.*also gives 12个/);
    expect(plan.additions).toEqual([]);

    await expectNothingNew(composed);
  });

  test("a document imported into the workbook says 15: the row follows it, the bundled 12 is not offered", async () => {
    await insert(bundled);
    const composed = composeLayers({ bundled, workbook: imported() }).catalogue;
    const plan = await refreshWorkbook(port, composed);
    expect(plan.changes.filter((c) => c.kind !== "updated")).toEqual([]);
    expect(plan.changes.find((c) => c.indicatorId === twelve.id && c.column === "目标值")).toMatchObject({ before: 12, after: 15, reason: expect.stringMatching(/另有 12个/) });
    expect(plan.additions).toEqual([]);
    await expectNothingNew(composed);
  });

  test("a table inserted while the layers disagree holds both figures; refreshing at once changes nothing", async () => {
    const composed = composeLayers({ bundled, organisation: hosted() }).catalogue;
    await insert(composed);
    await expectNothingNew(composed);
  });
});
