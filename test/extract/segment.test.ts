import { splitClauses, splitItems, splitLines, splitSentences, trimSpan, WHITESPACE, type Span } from "../../src/extract/segment";

const texts = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end));
const all = (text: string): Span => ({ start: 0, end: text.length });

describe("segment", () => {
  test("trimSpan drops ASCII, ideographic and no-break spaces", () => {
    const text = " \u3000\u00a0新增 \t";
    expect(texts(text, [trimSpan(text, all(text))])).toEqual(["新增"]);
    expect(trimSpan("   ", all("   "))).toEqual({ start: 3, end: 3 });
  });

  test("splitLines: trimmed, empty lines dropped, offsets absolute", () => {
    const text = "前言\n\n  一、目标 \r\n正文";
    const lines = splitLines(text, { start: 3, end: text.length });
    expect(texts(text, lines)).toEqual(["一、目标", "正文"]);
    expect(lines[0].start).toBe(text.indexOf("一"));
  });

  test("splitSentences at 。！？ and newlines", () => {
    const text = "新增企业5家。建成园区2个！是否达标？\n完成";
    expect(texts(text, splitSentences(text, all(text)))).toEqual(["新增企业5家", "建成园区2个", "是否达标", "完成"]);
  });

  test("splitClauses at ，；： and ASCII commas, but not inside quotes or brackets, nor in 10,000", () => {
    const text = "全年新增10,000家,其中“专精特新，小巨人”企业50家；重点（含省级，市级）园区：20个";
    expect(texts(text, splitClauses(text, all(text)))).toEqual([
      "全年新增10,000家",
      "其中“专精特新，小巨人”企业50家",
      "重点（含省级，市级）园区",
      "20个",
    ]);
  });

  test("unbalanced quotes do not run past their clause span", () => {
    const text = "打造“未来社区，新增20个";
    const [clause] = splitSentences(text, all(text));
    expect(texts(text, splitClauses(text, clause))).toEqual(["打造“未来社区，新增20个"]);
    const second = "新增20个，建成3个";
    expect(texts(second, splitClauses(second, all(second)))).toEqual(["新增20个", "建成3个"]);
  });

  test("splitItems at 、 and at 和/及/与 before a number", () => {
    const text = "新建5家以上国家级高新区和25家省级高新区、研究与试验发展机构及3个中心";
    expect(texts(text, splitItems(text, all(text)))).toEqual(["新建5家以上国家级高新区", "25家省级高新区", "研究与试验发展机构", "3个中心"]);
  });

  test("WHITESPACE holds exactly the characters /\s/ matches", () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (/\s/.test(ch) !== WHITESPACE.includes(ch)) throw new Error(`U+${code.toString(16)} disagrees`);
    }
  });

  test("splitItems keeps quoted lists whole", () => {
    const text = "培育“专精特新、小巨人”企业30家、隐形冠军20家";
    expect(texts(text, splitItems(text, all(text)))).toEqual(["培育“专精特新、小巨人”企业30家", "隐形冠军20家"]);
  });
});
