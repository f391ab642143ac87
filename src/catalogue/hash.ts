import { CATALOGUE_SCHEMA_VERSION, type Catalogue, type DocumentInfo, type Indicator } from "../core/types";

/**
 * A short, stable content hash (cyrb53 twice with different seeds → 26 hex digits' worth, cut to 16).
 * Pure and synchronous so it runs the same in Node, the browser and Excel; not for security.
 */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function contentHash(text: string): string {
  return (cyrb53(text, 1).toString(16).padStart(14, "0") + cyrb53(text, 2).toString(16).padStart(14, "0")).slice(0, 16);
}

/** The content hash of a catalogue's documents and indicators, whatever its version label says. */
export function catalogueHash(c: Pick<Catalogue, "documents" | "indicators">): string {
  return contentHash(JSON.stringify({ documents: c.documents, indicators: c.indicators }));
}

/** A catalogue of these documents and indicators with its content hash, labelled `version` (by default the hash). */
export function sealCatalogue(documents: DocumentInfo[], indicators: Indicator[], version?: string): Catalogue {
  const hash = catalogueHash({ documents, indicators });
  return { schemaVersion: CATALOGUE_SCHEMA_VERSION, version: version || hash, hash, documents, indicators };
}

/** The same catalogue under the publisher's version label, when one is given; the hash stays, as the content does. */
export function labelled(c: Catalogue, version: string | undefined): Catalogue {
  return version ? { ...c, version } : c;
}
