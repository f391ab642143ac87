/**
 * Several documents pasted as one: a new document starts where a title line stands in the middle
 * of the text, e.g. "嘉兴市人民政府关于下达2020年嘉兴市国民经济和社会发展计划的通知" or
 * "陕西省2026年政府工作报告". A title names a region or starts with a year, names a year or a
 * five-year plan, and ends with its genre; a section heading is numbered or has no region or year.
 */

export interface TextPart {
  start: number;
  /** Exclusive. */
  end: number;
  /** The title line that opened this part; null for the first part when no title opens it. */
  title: string | null;
}

const GENRE_AT_END =
  /(?:计划|规划|纲要|工作报告|报告|完成情况|进展情况|落实情况|执行情况|讲话)(?:的通知|的决定|的意见)?(?:[（(][^（）()]*[）)])?$/;
const STARTS_WITH_REGION_OR_YEAR =
  /^(?:[\u4e00-\u9fa5]{2,12}?(?:特别行政区|自治区|自治州|省|市|州|盟|县|区)|(?:\d{4}|[〇零一二三四五六七八九]{4})年)/;
const NAMES_A_YEAR = /(?:\d{4}|[〇零一二三四五六七八九]{4})年|第[一二三四五六七八九十]+个五年/;
const NUMBERED = /^(?:第[一二三四五六七八九十百\d]+[章节篇部分条]|[一二三四五六七八九十]+[、.．]|[（(]|\d+[、.．]|专栏|附件)/;
const SENTENCE_PUNCTUATION = /[，。；,;：:！？!?]/;
const MAX_TITLE_LENGTH = 80;
/** A title right after another (a subtitle, a heading under the title) does not start a document. */
const MIN_DOCUMENT_CHARS = 200;

export function isTitleLine(line: string): boolean {
  const compact = line.replace(/\s+/g, "");
  return (
    compact.length >= 6 &&
    compact.length <= MAX_TITLE_LENGTH &&
    !SENTENCE_PUNCTUATION.test(compact) &&
    !NUMBERED.test(compact) &&
    STARTS_WITH_REGION_OR_YEAR.test(compact) &&
    NAMES_A_YEAR.test(compact) &&
    GENRE_AT_END.test(compact)
  );
}

/** Parts of `text`, one per document; a single part when no second title is found. */
export function splitDocuments(text: string): TextPart[] {
  const parts: TextPart[] = [{ start: 0, end: text.length, title: null }];
  let bodyChars = 0;
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end);
    if (isTitleLine(line)) {
      const current = parts[parts.length - 1];
      if (current.title === null && bodyChars < MIN_DOCUMENT_CHARS) {
        current.title = line.trim(); // the first document's own title
      } else if (bodyChars >= MIN_DOCUMENT_CHARS) {
        current.end = at;
        parts.push({ start: at, end: text.length, title: line.trim() });
        bodyChars = 0;
      }
    } else {
      bodyChars += line.trim().length;
    }
    at = end + 1;
  }
  return parts;
}
