import { decodeDocument, MAX_DOCUMENT_BYTES } from "../../src/extract/decode";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeDocument", () => {
  it("reads UTF-8, with or without a BOM", () => {
    expect(decodeDocument(utf8("建成5G基站5万个"))).toEqual({ ok: true, text: "建成5G基站5万个", encoding: "utf-8" });
    expect(decodeDocument(utf8("\uFEFF建成"))).toMatchObject({ ok: true, text: "建成" });
  });

  it("detects and decodes GBK", () => {
    // "浙江省" in GBK
    const gbk = Uint8Array.from([0xd5, 0xe3, 0xbd, 0xad, 0xca, 0xa1]);
    expect(decodeDocument(gbk)).toEqual({ ok: true, text: "浙江省", encoding: "gb18030" });
  });

  it("decodes UTF-16 with a BOM", () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x59, 0x6d, 0x5f, 0x6c]); // 浙江
    expect(decodeDocument(le)).toMatchObject({ ok: true, text: "浙江", encoding: "utf-16le" });
  });

  it.each([
    ["empty", new Uint8Array(0), "empty", /文件为空.*empty/],
    ["whitespace only", utf8(" \n\t "), "empty", /empty/],
    ["binary", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), "binary", /二进制.*binary/],
    ["undecodable", Uint8Array.from([0xff, 0xff, 0xff, 0x41, 0x42]), "unknown_encoding", /UTF-8.*GBK/],
  ])("rejects %s input with a clear message", (_label, bytes, reason, message) => {
    const r = decodeDocument(bytes);
    expect(r).toMatchObject({ ok: false, reason });
    expect(r.ok ? "" : r.message).toMatch(message);
  });

  it("refuses a file larger than one planning document can be", () => {
    const r = decodeDocument(new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x41));
    expect(r).toMatchObject({ ok: false, reason: "too_large" });
    expect(r.ok ? "" : r.message).toMatch(/过大.*too large/);
  });
});
