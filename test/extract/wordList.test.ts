import { WordList } from "../../src/extract/wordList";

describe("WordList", () => {
  const words = new WordList(["新增", "新增加", "增长", "年均增长", "长", ""]);

  test("at: the longest word starting at an index", () => {
    expect(words.at("新增加值", 0)).toBe("新增加");
    expect(words.at("新增企业", 0)).toBe("新增");
    expect(words.at("企业新增", 2)).toBe("新增");
    expect(words.at("企业", 0)).toBe("");
    expect(words.at("", 0)).toBe("");
  });

  test("before: the longest word ending at an index, not starting before `from`", () => {
    expect(words.before("投资年均增长", 0, 6)).toBe("年均增长");
    expect(words.before("投资年均增长", 3, 6)).toBe("增长");
    expect(words.before("投资年均增长", 5, 6)).toBe("长");
    expect(words.before("投资", 0, 2)).toBe("");
    expect(words.before("", 0, 0)).toBe("");
  });
});
