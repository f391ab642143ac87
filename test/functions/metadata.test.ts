/** functions.json as custom-functions-metadata generates it from the JSDoc in functions.ts (offline). */
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ZH_CN_DESCRIPTIONS, finalizeMetadata, zhCnMetadata } from "../../src/functions/metadata";
import { LAMBDA_NAMES } from "../../src/functions/names";

interface Generated {
  functions: Array<{
    id: string;
    name: string;
    description: string;
    parameters: Array<{ name: string; type: string; optional?: boolean; dimensionality?: string; description: string }>;
    result: { type?: string; dimensionality?: string };
  }>;
  allowErrorForDataTypeAny?: boolean;
}

let generated: string;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "../../src/functions/functions.ts"));
  expect(result.errors).toEqual([]);
  generated = result.metadataJson;
});

test("ids, parameter types, optional flags and dimensionality", () => {
  const metadata = JSON.parse(generated) as Generated;
  const shape = metadata.functions.map((fn) => ({
    id: fn.id,
    name: fn.name,
    parameters: fn.parameters.map((p) => [p.name, p.type, p.optional ?? false, p.dimensionality ?? "scalar"]),
    result: [fn.result.type ?? "any", fn.result.dimensionality ?? "scalar"],
  }));
  expect(shape).toMatchSnapshot();
});

test("every function and parameter has an English description", () => {
  const metadata = JSON.parse(generated) as Generated;
  for (const fn of metadata.functions) {
    expect(fn.description).toMatch(/^[A-Z]/);
    for (const p of fn.parameters) expect(p.description).toMatch(/^\S/);
  }
});

test("the shipped metadata lets error values reach COMPLETION's rows", () => {
  expect((JSON.parse(finalizeMetadata(generated)) as Generated).allowErrorForDataTypeAny).toBe(true);
});

test("the zh-CN metadata has the same functions with Chinese descriptions", () => {
  const english = JSON.parse(finalizeMetadata(generated)) as Generated;
  const chinese = JSON.parse(zhCnMetadata(generated)) as Generated;
  expect(chinese.functions.map((f) => [f.id, f.name, f.parameters.map((p) => [p.name, p.type, p.optional])])).toEqual(
    english.functions.map((f) => [f.id, f.name, f.parameters.map((p) => [p.name, p.type, p.optional])]),
  );
  for (const fn of chinese.functions) {
    expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
    for (const p of fn.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
  }
  expect(Object.keys(ZH_CN_DESCRIPTIONS).sort()).toEqual(english.functions.map((f) => f.id).sort());
});

test("a function without a Chinese description is a build error", () => {
  const extra = JSON.parse(generated) as Generated;
  extra.functions.push({ ...extra.functions[0], id: "NEWFN" });
  expect(() => zhCnMetadata(JSON.stringify(extra))).toThrow(/函数 NEWFN 缺少中文说明/);
});

test("each LAMBDA name takes the parameters of its function, optional ones in brackets", () => {
  const metadata = JSON.parse(generated) as Generated;
  for (const fn of metadata.functions) {
    const lambda = LAMBDA_NAMES.find((n) => n.name === fn.id);
    const params = /^=LAMBDA\(([^()]*),PLANTARGETS\./.exec(lambda?.formula ?? "")?.[1].split(",") ?? [];
    expect(params.map((p) => p.startsWith("["))).toEqual(fn.parameters.map((p) => p.optional ?? false));
  }
});
