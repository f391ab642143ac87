/** The shipped catalogue is never hand-edited: it must equal a fresh extraction of seeds/. */
import { readFileSync } from "fs";
import { join } from "path";
import { parseCatalogue } from "../../src/catalogue/load";
import { catalogueFromFiles } from "../../src/node/catalogueFromFiles";
import { SEEDS_DIR } from "../support/gold";

describe("assets/catalogue.json", () => {
  it("equals a fresh run of the extractor over seeds/ (regenerate: npm run build && npm run catalogue)", () => {
    const shipped = parseCatalogue(readFileSync(join(__dirname, "..", "..", "assets", "catalogue.json"), "utf8"));
    const fresh = catalogueFromFiles([SEEDS_DIR]).catalogue;
    expect(shipped.version).toBe(fresh.version);
    expect(shipped).toEqual(fresh);
  });
});
