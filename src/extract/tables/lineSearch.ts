/**
 * Finding the lines a table header stands on (指标, 序号) without a regex search over the whole
 * document: every such line holds a character that most lines lack, and a native search for it
 * skips the rest.
 */
import { WHITESPACE, charClasses } from "../segment";

/** A pattern for a line of its own, tried at one position: sticky and multiline (^…$ within the line). */
export interface LinePattern {
  pattern: RegExp;
  /** A character every match holds once. */
  anchor: string;
  /** The characters a match may hold before its anchor. */
  before: Uint8Array;
}

/** A LinePattern; `before` lists what a match may hold before the anchor besides spaces other than \n. */
export function linePattern(pattern: RegExp, anchor: string, before: string): LinePattern {
  return { pattern, anchor, before: charClasses([[WHITESPACE.replace("\n", "") + before, 1]]) };
}

/** Where each match starts, as a global search (text.matchAll) for the same pattern would find them. */
export function* lineMatches(text: string, { pattern, anchor, before }: LinePattern): Generator<number> {
  let from = 0; // where the previous match ended
  for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
    if (at < from) continue;
    // A match holding this anchor starts within the run of `before` characters that ends at it.
    let start = at;
    while (start > from && before[text.charCodeAt(start - 1)] === 1) start--;
    for (; start <= at; start++) {
      pattern.lastIndex = start;
      if (pattern.test(text)) {
        yield start;
        from = pattern.lastIndex;
        break;
      }
    }
  }
}
