/** Node edge: a catalogue file from disk, with the loader's clear errors prefixed by the path. */
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { CatalogueError, parseCatalogue } from "../catalogue/load";
import type { Catalogue } from "../core/types";

/** The project root: the nearest folder above this file with package.json (src/ under jest, lib/src/ when built). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The catalogue shipped with the add-in (generated from seeds/ by the extractor). */
export const BUNDLED_CATALOGUE = join(projectRoot(), "assets", "catalogue.json");

export function readCatalogueFile(path: string): Catalogue {
  let json: string;
  try {
    json = readFileSync(path, "utf8");
  } catch (e) {
    throw new CatalogueError(`无法读取目录文件 ${path}：${(e as Error).message}。Cannot read the catalogue file ${path}: ${(e as Error).message}.`);
  }
  try {
    return parseCatalogue(json);
  } catch (e) {
    throw new CatalogueError(`${path}: ${(e as Error).message}`);
  }
}
