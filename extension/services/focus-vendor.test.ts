import { expect, test } from "vitest";
import {
  followsFocus,
  getFocusVendor,
  OPENING_FOCUS_MAX_AGE_MS,
  onFocusVendor,
  recentFocusVendor,
  setFocusVendor,
} from "./focus-vendor";

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

test("an opening side panel follows a focus from the last two minutes only", () => {
  const now = new Date("2026-11-22T10:00:00.000Z");
  const at = (msAgo: number) => ({ vendorId: "acme.com", at: new Date(now.getTime() - msAgo).toISOString() });
  expect(recentFocusVendor(at(5_000), now)).toEqual(at(5_000));
  expect(recentFocusVendor(at(OPENING_FOCUS_MAX_AGE_MS), now)).toEqual(at(OPENING_FOCUS_MAX_AGE_MS));
  // Yesterday's clip, a clock that moved back, a broken time, no focus: the panel opens on the list.
  expect(recentFocusVendor(at(OPENING_FOCUS_MAX_AGE_MS + 1), now)).toBeUndefined();
  expect(recentFocusVendor(at(-60_000), now)).toBeUndefined();
  expect(recentFocusVendor({ vendorId: "acme.com", at: "not a time" }, now)).toBeUndefined();
  expect(recentFocusVendor(undefined, now)).toBeUndefined();
});

test("the side panel follows a focus asked for at or after the owner's latest move in it, and no older one", () => {
  const moved = Date.parse("2026-12-06T10:00:00.000Z");
  const askedAt = (iso: string) => ({ vendorId: "acme.com", at: iso });
  expect(followsFocus(askedAt("2026-12-06T10:00:05.000Z"), moved)).toBe(true);
  expect(followsFocus(askedAt("2026-12-06T10:00:00.000Z"), moved)).toBe(true);
  // The clip was asked for, then the owner moved in the panel before it finished.
  expect(followsFocus(askedAt("2026-12-06T09:59:58.000Z"), moved)).toBe(false);
  // The owner has not touched the panel yet: a valid focus is followed, a broken time never is.
  expect(followsFocus(askedAt("2026-12-06T09:59:58.000Z"), undefined)).toBe(true);
  expect(followsFocus(askedAt("not a time"), undefined)).toBe(false);
  expect(followsFocus(askedAt("not a time"), moved)).toBe(false);
});

test("the popup's Create an evaluation asks for the Evaluations tab; an unknown tab name is not carried", async () => {
  const { area, data } = memoryArea();
  await setFocusVendor(area, "brightbooks.example", new Date("2026-11-22T08:00:00Z"), "evaluations");
  expect(await getFocusVendor(area)).toEqual({
    vendorId: "brightbooks.example",
    at: "2026-11-22T08:00:00.000Z",
    view: "evaluations",
  });
  data["vendorscout.focusVendor"] = { vendorId: "a.example", at: "2026-11-22T08:00:00.000Z", view: "files" };
  expect(await getFocusVendor(area)).toEqual({ vendorId: "a.example", at: "2026-11-22T08:00:00.000Z" });
});
