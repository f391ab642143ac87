/**
 * Longest-match lookup of short words at a position, indexed by first (or last) character so a
 * probe costs a Map lookup plus the few words sharing that character.
 */
export class WordList {
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    for (const w of sorted) {
      push(this.byFirst, w[0], w);
      push(this.byLast, w[w.length - 1], w);
    }
  }

  /** Longest word starting at text[i]; "" when none. */
  at(text: string, i: number): string {
    const candidates = this.byFirst.get(text[i]);
    if (candidates) for (const w of candidates) if (text.startsWith(w, i)) return w;
    return "";
  }

  /** Longest word ending just before text[end] and starting at or after `from`; "" when none. */
  before(text: string, from: number, end: number): string {
    const candidates = this.byLast.get(text[end - 1]);
    if (candidates) for (const w of candidates) if (end - w.length >= from && text.startsWith(w, end - w.length)) return w;
    return "";
  }
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}
