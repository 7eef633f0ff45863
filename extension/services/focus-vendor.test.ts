import { expect, test } from "vitest";
import { getFocusVendor, onFocusVendor, setFocusVendor } from "./focus-vendor";

function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    area: {
      get: async (key: string) => ({ [key]: data[key] }),
      set: async (items: Record<string, unknown>) => {
        Object.assign(data, items);
      },
    } as unknown as Pick<chrome.storage.StorageArea, "get" | "set">,
  };
}

test("the vendor a clip saved is what the side panel reads", async () => {
  const { area } = memoryArea();
  expect(await getFocusVendor(area)).toBeUndefined();
  await setFocusVendor(area, "brightbooks.example", new Date("2026-11-22T08:00:00Z"));
  expect(await getFocusVendor(area)).toEqual({
    vendorId: "brightbooks.example",
    at: "2026-11-22T08:00:00.000Z",
  });
});

test("the side panel hears session changes to the focus only", () => {
  type Listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => void;
  const listeners = new Set<Listener>();
  const onChanged = {
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
  } as unknown as Pick<typeof chrome.storage.onChanged, "addListener" | "removeListener">;
  const heard: string[] = [];
  const stop = onFocusVendor(onChanged, (focus) => heard.push(focus.vendorId));
  const fire = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    for (const l of listeners) l(changes, area);
  };
  fire({ "vendorscout.focusVendor": { newValue: { vendorId: "a.example", at: "x" } } }, "session");
  fire({ "vendorscout.focusVendor": { newValue: { vendorId: "b.example", at: "x" } } }, "local");
  fire({ other: { newValue: 1 } }, "session");
  stop();
  fire({ "vendorscout.focusVendor": { newValue: { vendorId: "c.example", at: "x" } } }, "session");
  expect(heard).toEqual(["a.example"]);
});
