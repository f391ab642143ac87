import { getStore, createStore } from "../../src/core/store";
import { PlanFunctionError } from "../../src/functions/errors";
import { planActual, planCompletion, planInfo, planSearch, planTarget } from "../../src/functions/functions";
import { answerFromCatalogue } from "../../src/functions/settle";
import { planCatalogue } from "../fixtures/planCatalogue";

beforeAll(() => getStore().setCatalogue(planCatalogue()));
afterEach(() => getStore().updateSettings({ defaultRegion: null, tolerance: 0.05 }));

/** What a call leaves in its cell: the value, or the error's code and message. */
async function cell(call: () => unknown): Promise<unknown> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof PlanFunctionError) return { code: e.code, message: e.message };
    throw e;
  }
}

describe("PLANTARGET", () => {
  test("answers as typed", async () => {
    await expect(planTarget("5G基站", 2020, "浙江")).resolves.toBe(5);
    await expect(planTarget("5G基站", "2020年", "浙江省", "个")).resolves.toBe(50000);
    await expect(planTarget("5G基站", 2022)).resolves.toBe(12);
  });

  test("uses the workbook's default region from the store", async () => {
    expect(await cell(() => planTarget("5G基站", 2020))).toMatchObject({ code: "#N/A", message: expect.stringMatching(/^请指定地区：浙江省、嘉兴市/) });
    getStore().updateSettings({ defaultRegion: "嘉兴" });
    await expect(planTarget("5G基站", 2020)).resolves.toBe(5000);
  });

  test("treats the LAMBDA forwarding's empty strings as omitted", async () => {
    await expect(planTarget("5G基站", 2022, "", "")).resolves.toBe(12);
  });
});

describe("PLANINFO", () => {
  test.each([
    ["unit", "万个"],
    ["单位", "万个"],
    ["qualifier", ""],
    ["kind", "数量"],
    ["source", "浙江省人民政府关于下达2020年浙江省国民经济和社会发展计划的通知"],
    ["quote", "建成5G基站5万个"],
    ["asOf", "2020-09"],
    ["conflict", ""],
    ["baseline", ""],
    ["value", 5],
  ])("5G基站 2020 %s → %p", async (field, value) => {
    await expect(planInfo("5G基站", 2020, field, "浙江省")).resolves.toBe(value);
  });

  test("outline fields and the conflict message", async () => {
    await expect(planInfo("PM2.5浓度", 2025, "基期值")).resolves.toBe(31);
    await expect(planInfo("PM2.5浓度", 2025, "baseYear")).resolves.toBe(2020);
    await expect(planInfo("PM2.5浓度", 2025, "属性")).resolves.toBe("约束性");
    await expect(planInfo("PM2.5浓度", 2025, "条件")).resolves.toBe("以下");
    await expect(planInfo("产业链协同创新项目", 2020, "冲突")).resolves.toMatch(/^另有来源给出不同数值：50项/);
  });

  test("an unknown field lists the fields", async () => {
    expect(await cell(() => planInfo("5G基站", 2020, "colour", "浙江"))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^字段「colour」无效；可用：目标值、单位、条件、类型、基期值、基期年、属性、来源、原文、截至、冲突/),
    });
  });
});

describe("PLANACTUAL", () => {
  test("the latest actual, converted to the target's unit", async () => {
    await expect(planActual("5G基站", 2020, "浙江")).resolves.toBe(5.4);
    await expect(planActual("企业减负", 2020)).resolves.toBe(3252);
  });

  test("no actual yet is #N/A", async () => {
    expect(await cell(() => planActual("小微企业园", 2020))).toEqual({
      code: "#N/A",
      message: "「小微企业园新增数」2020年尚无实际值报告。No actual has been reported yet for \"小微企业园新增数\" (2020).",
    });
  });
});

describe("PLANSEARCH", () => {
  test("spills name, region, year, value, unit", async () => {
    await expect(planSearch("5G基站")).resolves.toEqual([
      ["5G基站建成数", "浙江省", 2022, 12, "万个"],
      ["5G基站建成数", "浙江省", 2020, 5, "万个"],
      ["5G基站建成数", "嘉兴市", 2020, 5000, "个"],
    ]);
  });

  test("no match is #N/A", async () => {
    expect(await cell(() => planSearch("航天"))).toEqual({ code: "#N/A", message: "没有与「航天」匹配的指标。No indicator matches \"航天\"." });
  });
});

describe("COMPLETION", () => {
  test("spills one column; bad rows hold an error of their own", () => {
    const result = planCompletion([[50, 54], [0, 3], [35, 28, "以下"]]);
    expect(result[0]).toEqual([1.08]);
    expect(result[1][0]).toBeInstanceOf(PlanFunctionError);
    expect(result[1][0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^第2行：目标值为0/) });
    expect(result[2]).toEqual([1.25]);
  });

  test("uses the store's tolerance for 左右", () => {
    expect(planCompletion([[6, 6.4, "左右"]], "status")).toEqual([["超额完成"]]);
    getStore().updateSettings({ tolerance: 0.1 });
    expect(planCompletion([[6, 6.4, "左右"]], "status")).toEqual([["已完成"]]);
  });
});

describe("every call settles", () => {
  test("no catalogue within the timeout is #N/A saying so", async () => {
    const waiting = answerFromCatalogue(() => 1, createStore(), 10);
    await expect(waiting).rejects.toMatchObject({ code: "#N/A", message: expect.stringMatching(/^规划目录在0秒内未加载完成/) });
  });

  test("an unexpected exception becomes #VALUE! with its message", async () => {
    const failing = answerFromCatalogue(() => {
      throw new TypeError("boom");
    });
    await expect(failing).rejects.toMatchObject({ code: "#VALUE!", message: expect.stringContaining("boom") });
  });
});
