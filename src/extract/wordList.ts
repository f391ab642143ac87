/**
 * Longest-match lookup of short words at a position, indexed by the first (or last) character:
 * a probe costs two array reads, and a string compare only for the few words sharing that
 * character. Probes run several times per figure, so none builds a string.
 */

/** A small id for every character that starts or ends a word of any list; 0 for all others. */
const CHAR_ID = new Uint16Array(0x10000);
let charIds = 0;

function idOf(code: number): number {
  if (CHAR_ID[code] === 0) CHAR_ID[code] = ++charIds;
  return CHAR_ID[code];
}

export class WordList {
  private readonly byFirst: Array<string[] | undefined> = [];
  private readonly byLast: Array<string[] | undefined> = [];

  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    for (const w of sorted) {
      push(this.byFirst, idOf(w.charCodeAt(0)), w);
      push(this.byLast, idOf(w.charCodeAt(w.length - 1)), w);
    }
  }

  /** Longest word starting at text[i]; "" when none. */
  at(text: string, i: number): string {
    const candidates = this.byFirst[CHAR_ID[text.charCodeAt(i)]];
    if (candidates) for (const w of candidates) if (sameAt(text, i, w)) return w;
    return "";
  }

  /** Longest word ending just before text[end] and starting at or after `from`; "" when none. */
  before(text: string, from: number, end: number): string {
    if (end <= from) return "";
    const candidates = this.byLast[CHAR_ID[text.charCodeAt(end - 1)]];
    if (candidates) for (const w of candidates) if (end - w.length >= from && sameAt(text, end - w.length, w)) return w;
    return "";
  }
}

/** text.startsWith(word, i) for the short words of a list: a loop over char codes costs less than the call. */
function sameAt(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = word.length - 1; k >= 1; k--) if (text.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return text.charCodeAt(i) === word.charCodeAt(0);
}

function push(table: Array<string[] | undefined>, id: number, word: string): void {
  while (table.length <= id) table.push(undefined);
  const list = table[id];
  if (list) list.push(word);
  else table[id] = [word];
}
