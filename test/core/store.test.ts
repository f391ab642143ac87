import { createStore, getStore } from "../../src/core/store";
import { planCatalogue } from "../fixtures/planCatalogue";

describe("store", () => {
  test("starts empty with default settings", () => {
    const store = createStore();
    expect(store.catalogue).toBeNull();
    expect(store.index).toBeNull();
    expect(store.settings).toEqual({ defaultRegion: null, tolerance: 0.05 });
  });

  test("builds the index once per catalogue and tells subscribers", () => {
    const store = createStore();
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    const catalogue = planCatalogue();
    store.setCatalogue(catalogue);
    const index = store.index;
    store.setCatalogue(catalogue);
    expect(store.index).toBe(index);
    expect(index?.catalogue).toBe(catalogue);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.setCatalogue(planCatalogue());
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.index).not.toBe(index);
  });

  test("updates settings, trimming the default region and checking the tolerance", () => {
    const store = createStore();
    store.updateSettings({ defaultRegion: " 嘉兴市 " });
    expect(store.settings.defaultRegion).toBe("嘉兴市");
    store.updateSettings({ tolerance: 0.1 });
    expect(store.settings).toEqual({ defaultRegion: "嘉兴市", tolerance: 0.1 });
    store.updateSettings({ defaultRegion: "" });
    expect(store.settings.defaultRegion).toBeNull();
    expect(() => store.updateSettings({ tolerance: 5 })).toThrow(/^容差应在 0 到 1 之间/);
    expect(() => store.updateSettings({ tolerance: NaN })).toThrow(/tolerance must be between 0 and 1/);
    expect(store.settings.tolerance).toBe(0.1);
  });

  test("whenReady resolves when a catalogue arrives, or rejects after the timeout", async () => {
    const store = createStore();
    const ready = store.whenReady(1000, () => new Error("late"));
    store.setCatalogue(planCatalogue());
    await expect(ready).resolves.toBe(store.index);
    await expect(store.whenReady(1000, () => new Error("late"))).resolves.toBe(store.index);
    await expect(createStore().whenReady(5, () => new Error("late"))).rejects.toThrow("late");
  });

  test("getStore is one store for the whole runtime", () => {
    expect(getStore()).toBe(getStore());
  });
});
