import { describe, expect, test } from "vitest";
import { onPairingsChanged, type PairingArea, pairingStore } from "./pairing-store";

const ORIGIN = "https://addin.example.com";

/**
 * chrome.storage.local as documented (https://developer.chrome.com/docs/extensions/reference/api/storage):
 * get(key) resolves with { key: value } for keys present, get(null) with everything; values are copied
 * as JSON; set merges; remove deletes.
 */
function memoryArea(): PairingArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  const copy = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  return {
    items,
    get: (async (keys: string | null) => {
      const wanted = keys === null ? [...items.keys()] : [keys];
      return Object.fromEntries(wanted.filter((k) => items.has(k)).map((k) => [k, copy(items.get(k))]));
    }) as PairingArea["get"],
    set: (async (values: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(values)) items.set(key, copy(value));
    }) as PairingArea["set"],
    remove: (async (key: string) => {
      items.delete(key);
    }) as PairingArea["remove"],
  };
}

function setup() {
  const area = memoryArea();
  let counter = 0;
  const store = pairingStore({
    area,
    now: () => new Date("2026-12-06T10:00:00Z"),
    randomBytes: () => new Uint8Array(6).fill(counter++),
  });
  return { area, store };
}

describe("pairingStore", () => {
  test("requests arriving together share one code", async () => {
    const { store } = setup();
    const [a, b] = await Promise.all([store.check(ORIGIN), store.check(ORIGIN)]);
    expect(a).toMatchObject({ kind: "pending" });
    expect(b).toMatchObject({ kind: "pending", code: a.kind === "pending" ? a.code : "" });
    expect(await store.list()).toHaveLength(1);
  });

  test("allow serves the origin, forget holds it again with a new code", async () => {
    const { store } = setup();
    const first = await store.check(ORIGIN);
    if (first.kind !== "pending") throw new Error("expected a pending request");
    expect(await store.answer(ORIGIN, first.code, true)).toBe(true);
    expect(await store.check(ORIGIN)).toEqual({ kind: "serve" });
    expect((await store.list())[0]).toMatchObject({ origin: ORIGIN, status: "approved" });
    await store.forget(ORIGIN);
    const again = await store.check(ORIGIN);
    expect(again.kind).toBe("pending");
    expect(again.kind === "pending" && again.code).not.toBe(first.code);
  });

  test("deny refuses the origin until the denial is forgotten", async () => {
    const { store } = setup();
    const first = await store.check(ORIGIN);
    if (first.kind !== "pending") throw new Error("expected a pending request");
    await store.answer(ORIGIN, first.code, false);
    expect(await store.check(ORIGIN)).toEqual({ kind: "denied" });
  });

  test("an answer to a code that is no longer the stored one changes nothing", async () => {
    const { store } = setup();
    await store.check(ORIGIN);
    expect(await store.answer(ORIGIN, "ZZZ-ZZZ", true)).toBe(false);
    expect((await store.check(ORIGIN)).kind).toBe("pending");
  });

  test("a tampered record approves nothing and other keys are left alone", async () => {
    const { area, store } = setup();
    area.items.set(`vendorscout.bridgePairing:${ORIGIN}`, { origin: ORIGIN, status: "approved" });
    area.items.set("something.else", { origin: ORIGIN, status: "approved" });
    expect((await store.check(ORIGIN)).kind).toBe("pending");
    expect(area.items.get("something.else")).toEqual({ origin: ORIGIN, status: "approved" });
  });
});

describe("onPairingsChanged", () => {
  test("fires for pairing keys in local storage only", () => {
    const listeners: Array<(changes: Record<string, chrome.storage.StorageChange>, area: string) => void> =
      [];
    const onChanged = {
      addListener: (listener: (typeof listeners)[number]) => listeners.push(listener),
      removeListener: (listener: (typeof listeners)[number]) =>
        listeners.splice(listeners.indexOf(listener), 1),
    } as unknown as Pick<typeof chrome.storage.onChanged, "addListener" | "removeListener">;
    let calls = 0;
    const stop = onPairingsChanged(onChanged, () => calls++);
    listeners[0]?.({ [`vendorscout.bridgePairing:${ORIGIN}`]: {} }, "local");
    listeners[0]?.({ [`vendorscout.bridgePairing:${ORIGIN}`]: {} }, "session");
    listeners[0]?.({ "vendorscout.focusVendor": {} }, "local");
    expect(calls).toBe(1);
    stop();
    expect(listeners).toEqual([]);
  });
});
