/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import "@testing-library/jest-dom";
import { fireEvent, screen } from "@testing-library/react";
import type { Catalogue } from "../../src/core/types";
import { sealCatalogue } from "../../src/catalogue/hash";
import { layerOf } from "../../src/import/layers";
import { FETCH_TIMEOUT_MS, fetchCatalogue, loadHostedCatalogue, memoryCache } from "../../src/taskpane/catalogueSource";
import { planCatalogue } from "../fixtures/planCatalogue";
import { answer, renderPane } from "./paneHarness";

const URL = "https://example.org/catalogue.json";
const hosted = sealCatalogue(planCatalogue().documents, planCatalogue().indicators.slice(0, 3), "hosted-7");

describe("fetching a hosted catalogue", () => {
  test("HTML, an HTTP error, a network failure, a bad URL and a timeout each get a clear message", async () => {
    const cases: Array<[Parameters<typeof fetchCatalogue>[1], RegExp, string?]> = [
      [async () => answer("<!doctype html><html>login</html>"), /^收到的是网页（HTML）而不是目录 JSON.*HTML page/],
      [async () => answer("not found", 404), /^获取目录失败：服务器返回 404 Not Found.*server answered 404/],
      [async () => Promise.reject(new Error("net::ERR_NAME_NOT_RESOLVED")), /^无法获取目录：net::ERR_NAME_NOT_RESOLVED.*Could not fetch/],
      [async () => answer("{}"), /^目录文件格式不正确/],
      [async () => answer("{}"), /^目录网址无效：「ftp:\/\/x」.*not valid/, "ftp://x"],
      [() => new Promise(() => undefined), /^获取目录超时（0 秒未响应）.*timed out/],
    ];
    for (const [fetchImpl, message, url] of cases) await expect(fetchCatalogue(url ?? URL, fetchImpl, 20)).rejects.toThrow(message);
    expect(FETCH_TIMEOUT_MS).toBe(15000);
  });

  test("the last good copy is kept and used when a later fetch fails", async () => {
    const cache = memoryCache();
    const ok = await loadHostedCatalogue(URL, async () => answer(JSON.stringify(hosted)), cache);
    expect(ok).toEqual({ catalogue: hosted, error: null });
    const failed = await loadHostedCatalogue(URL, async () => answer("<html>", 200), cache);
    expect(failed.catalogue).toEqual(hosted);
    expect(failed.error).toMatch(/HTML/);
    expect(await loadHostedCatalogue("https://other.example/c.json", async () => answer("<html>"), cache)).toEqual({ catalogue: null, error: expect.stringMatching(/HTML/) });
  });
});

test("in the pane: switching to a hosted catalogue that answers with HTML keeps the catalogue in use", async () => {
  const { store, catalogue, fetch, wb } = renderPane();
  fetch.mockResolvedValue(answer("<!doctype html><p>Sign in</p>"));
  fireEvent.click(screen.getByRole("tab", { name: "设置" }));
  fireEvent.click(screen.getByRole("radio", { name: "托管的目录（网址）" }));
  fireEvent.change(screen.getByRole("textbox", { name: "目录网址" }), { target: { value: URL } });
  fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
  expect(await screen.findByRole("alert")).toHaveTextContent(/^设置已保存到工作簿。 收到的是网页（HTML）.*仍在使用上一次成功获取的目录。$/);
  expect(store.catalogue).toBe(catalogue);
  expect(JSON.parse(wb.settings.get("PlanTargets.settings") as string).catalogueUrl).toBe(URL);

  fetch.mockResolvedValue(answer(JSON.stringify(hosted)));
  fireEvent.change(screen.getByRole("textbox", { name: "目录网址" }), { target: { value: `${URL}?v=2` } });
  fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
  expect(await screen.findByText("设置已保存到工作簿。 目录已加载：3 个指标（版本 hosted-7）。")).toBeInTheDocument();
  // The hosted catalogue is the organisation layer: its documents (the same files here) count as the organisation's.
  const composed = store.catalogue as Catalogue;
  expect(composed.indicators.map((i) => layerOf(i, composed))).toEqual(composed.indicators.map(() => "organisation"));

  fireEvent.click(screen.getByRole("radio", { name: "随插件附带的目录" }));
  fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
  expect(await screen.findByText(/目录已加载：\d+ 个指标（版本 fixture-1）/)).toBeInTheDocument();
  expect(store.catalogue).toBe(catalogue);
});
