/**
 * Reading a catalogue file: JSON, then the schema, then references between entries.
 * Every failure is one clear message (Chinese first, English second) naming what is wrong.
 */
import Ajv from "ajv";
import { CATALOGUE_SCHEMA_VERSION, type Catalogue } from "../core/types";
import schema from "./catalogue.schema.json";
import { catalogueHash } from "./hash";

const validate = new Ajv({ allErrors: false }).compile<Catalogue>(schema);

export class CatalogueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CatalogueError";
  }
}

function checkReferences(c: Catalogue): void {
  const files = new Set(c.documents.map((d) => d.file));
  const ids = new Set<string>();
  for (const ind of c.indicators) {
    if (ids.has(ind.id)) throw new CatalogueError(`目录中指标编号重复：${ind.id}。Duplicate indicator id in the catalogue: ${ind.id}.`);
    ids.add(ind.id);
  }
  for (const ind of c.indicators) {
    for (const ref of [...ind.sources, ...ind.actuals]) {
      if (!files.has(ref.doc)) {
        throw new CatalogueError(
          `指标「${ind.name}」引用了目录中不存在的文件 ${ref.doc}。Indicator "${ind.name}" cites ${ref.doc}, which is not among the catalogue's documents.`,
        );
      }
    }
    for (const other of ind.conflict) {
      if (!ids.has(other)) {
        throw new CatalogueError(`指标「${ind.name}」的冲突项 ${other} 不存在。Indicator "${ind.name}" names a missing conflicting entry ${other}.`);
      }
    }
  }
}

/** Validates an already-parsed value (e.g. from fetch().json()). */
export function validateCatalogue(data: unknown): Catalogue {
  if (typeof data === "object" && data !== null && "schemaVersion" in data) {
    const v = (data as { schemaVersion: unknown }).schemaVersion;
    if (typeof v === "number" && v > CATALOGUE_SCHEMA_VERSION) {
      throw new CatalogueError(
        `该目录的格式版本为 ${v}，本插件只支持到 ${CATALOGUE_SCHEMA_VERSION}；请升级插件。` +
          ` This catalogue uses schema version ${v}; this add-in reads up to ${CATALOGUE_SCHEMA_VERSION}. Update the add-in.`,
      );
    }
  }
  if (!validate(data)) {
    const e = validate.errors?.[0];
    const where = e ? `${e.instancePath || "/"} ${e.message ?? ""}` : "";
    throw new CatalogueError(`目录文件格式不正确（${where}）。The catalogue file does not match the schema (${where}).`);
  }
  checkReferences(data);
  // The hash always says what the content is, even in a file edited by hand or written before it existed.
  data.hash = catalogueHash(data);
  return data;
}

export function parseCatalogue(json: string): Catalogue {
  if (json.trim() === "") throw new CatalogueError("目录文件为空。The catalogue file is empty.");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const looksHtml = /^\s*</.test(json);
    throw new CatalogueError(
      looksHtml
        ? "收到的是网页（HTML）而不是目录 JSON；请检查目录地址。Got an HTML page instead of catalogue JSON; check the catalogue URL."
        : `目录文件不是有效的 JSON：${(e as Error).message}。The catalogue file is not valid JSON: ${(e as Error).message}.`,
    );
  }
  return validateCatalogue(data);
}
