/**
 * The hosted catalogue: fetched from the URL in the workbook's settings, with a clear error when
 * the server fails, answers with a web page, or does not answer in time. The last copy that loaded
 * is kept (in memory by the store, and in a cache for the next session) and used when a fetch fails.
 */
import { CatalogueError, parseCatalogue } from "../catalogue/load";
import type { Catalogue } from "../core/types";

export const FETCH_TIMEOUT_MS = 15000;

/** Where the last good copy of each hosted catalogue is kept between sessions. */
export interface CatalogueCache {
  read(url: string): string | null;
  write(url: string, json: string): void;
}

export function memoryCache(): CatalogueCache {
  const copies = new Map<string, string>();
  return { read: (url) => copies.get(url) ?? null, write: (url, json) => void copies.set(url, json) };
}

/** localStorage, where the browser has it; a full quota only loses the cache, never the catalogue. */
export function storageCache(storage: Storage): CatalogueCache {
  const key = (url: string) => `PlanTargets.catalogue:${url}`;
  return {
    read: (url) => storage.getItem(key(url)),
    write: (url, json) => {
      try {
        storage.setItem(key(url), json);
      } catch {
        // Quota exceeded: the copy in memory still serves this session.
      }
    },
  };
}

export type FetchLike = (url: string, init: { signal: AbortSignal }) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    parsed = new URL("invalid:");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new CatalogueError(`目录网址无效：「${url}」；请填写以 https:// 开头的完整网址。The catalogue URL "${url}" is not valid; give a full address starting with https://.`);
  }
}

export async function fetchCatalogue(url: string, fetchImpl: FetchLike, timeoutMs = FETCH_TIMEOUT_MS): Promise<{ catalogue: Catalogue; json: string }> {
  checkUrl(url);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      const s = Math.round(timeoutMs / 1000);
      reject(new CatalogueError(`获取目录超时（${s} 秒未响应）：${url}；请检查网络或网址。Fetching the catalogue timed out (no answer in ${s} s) from ${url}; check the network or the URL.`));
    }, timeoutMs);
  });
  try {
    const response = await Promise.race([
      fetchImpl(url, { signal: controller.signal }).catch((e: unknown) => {
        throw new CatalogueError(`无法获取目录：${(e as Error).message}；请检查网络或网址。Could not fetch the catalogue: ${(e as Error).message}; check the network or the URL.`);
      }),
      timeout,
    ]);
    if (!response.ok) {
      throw new CatalogueError(`获取目录失败：服务器返回 ${response.status} ${response.statusText}；请检查网址。Fetching the catalogue failed: the server answered ${response.status} ${response.statusText}; check the URL.`);
    }
    const json = await Promise.race([response.text(), timeout]);
    return { catalogue: parseCatalogue(json), json };
  } finally {
    clearTimeout(timer);
  }
}

export interface HostedCatalogue {
  /** The fresh catalogue, the last good copy when the fetch failed, or null when there is neither. */
  catalogue: Catalogue | null;
  /** Why the fetch failed; null when it succeeded. */
  error: string | null;
}

export async function loadHostedCatalogue(url: string, fetchImpl: FetchLike, cache: CatalogueCache, timeoutMs?: number): Promise<HostedCatalogue> {
  try {
    const { catalogue, json } = await fetchCatalogue(url, fetchImpl, timeoutMs);
    cache.write(url, json);
    return { catalogue, error: null };
  } catch (e) {
    const error = (e as Error).message;
    const copy = cache.read(url);
    if (copy === null) return { catalogue: null, error };
    try {
      return { catalogue: parseCatalogue(copy), error };
    } catch {
      return { catalogue: null, error };
    }
  }
}
