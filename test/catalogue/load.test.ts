import { parseCatalogue, validateCatalogue } from "../../src/catalogue/load";

const doc = { id: "a", file: "a.txt", title: "t", region: "浙江省", year: 2020, kind: "plan" };
const ind = {
  id: "ind-1", name: "5G基站建成数", aliases: ["5G基站"], region: "浙江省", year: 2020, value: 5, unit: "万个",
  valueMax: null, qualifier: "exact", kind: "count", baseline: null, baseYear: null, attribute: null,
  sources: [{ doc: "a.txt", quote: "建成5G基站5万个", offset: 3 }], actuals: [], conflict: [],
};
const good = { schemaVersion: 1, version: "x", documents: [doc], indicators: [ind] };

describe("parseCatalogue", () => {
  it("accepts a valid catalogue", () => {
    expect(parseCatalogue(JSON.stringify(good)).indicators[0].name).toBe("5G基站建成数");
  });

  it.each([
    ["an empty file", "", /目录文件为空.*empty/],
    ["HTML instead of JSON", "<!doctype html><html></html>", /HTML/],
    ["broken JSON", "{\"schemaVersion\": 1,", /不是有效的 JSON.*not valid JSON/],
    ["a missing field", JSON.stringify({ ...good, indicators: [{ ...ind, value: undefined }] }), /格式不正确.*schema.*value/],
    ["a wrong qualifier", JSON.stringify({ ...good, indicators: [{ ...ind, qualifier: "maybe" }] }), /\/indicators\/0\/qualifier/],
    ["a newer schema version", JSON.stringify({ ...good, schemaVersion: 99 }), /格式版本为 99.*schema version 99/],
    ["a source citing an unknown document", JSON.stringify({ ...good, indicators: [{ ...ind, sources: [{ doc: "b.txt", quote: "q", offset: 0 }] }] }), /b\.txt/],
    ["duplicate ids", JSON.stringify({ ...good, indicators: [ind, ind] }), /重复.*Duplicate/],
    ["a dangling conflict id", JSON.stringify({ ...good, indicators: [{ ...ind, conflict: ["ind-9"] }] }), /ind-9/],
  ])("rejects %s with a bilingual message", (_label, json, message) => {
    expect(() => parseCatalogue(json)).toThrow(message);
  });

  it("gives every loaded catalogue its content hash: absent, stale or edited by hand", () => {
    const fresh = parseCatalogue(JSON.stringify(good)).hash;
    expect(fresh).toMatch(/^[0-9a-f]{16}$/);
    expect(parseCatalogue(JSON.stringify({ ...good, hash: "0000000000000000" })).hash).toBe(fresh);
    const edited = parseCatalogue(JSON.stringify({ ...good, hash: fresh, indicators: [{ ...ind, value: 6 }] }));
    expect(edited.hash).not.toBe(fresh);
    expect(edited.version).toBe("x");
  });

  it("validates already-parsed data the same way", () => {
    expect(() => validateCatalogue(42)).toThrow(/schema/);
  });
});
