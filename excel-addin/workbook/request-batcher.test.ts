import { describe, expect, test } from "vitest";
import { ACTION_OVERHEAD_BYTES, jsonBytes, RequestBatcher } from "./request-batcher";

describe("jsonBytes", () => {
  test.each([
    [[["a", 1]], new TextEncoder().encode('[["a",1]]').length],
    [[["é", "€"]], new TextEncoder().encode('[["é","€"]]').length],
    [["😀 emoji"], new TextEncoder().encode('["😀 emoji"]').length],
    [
      [['quote " and \\ backslash\n']],
      new TextEncoder().encode(JSON.stringify([['quote " and \\ backslash\n']])).length,
    ],
    [null, 4],
  ])("%j counts as many bytes as its UTF-8 JSON", (value, bytes) => {
    expect(jsonBytes(value)).toBe(bytes);
  });
});

describe("RequestBatcher", () => {
  function counting() {
    let syncs = 0;
    return { context: { sync: async () => void syncs++ }, syncs: () => syncs };
  }

  test("syncs before an operation that would pass the budget, and only then", async () => {
    const { context, syncs } = counting();
    const batch = new RequestBatcher(context, 2000);
    await batch.reserve(400);
    await batch.reserve(300);
    expect(syncs()).toBe(0);
    await batch.reserve(900); // 700 + 900 + 3 overheads > 2000
    expect(syncs()).toBe(1);
    expect(batch.chunks).toBe(1);
    await batch.sync();
    expect(batch).toMatchObject({ syncs: 2, chunks: 1 });
    expect(batch.maxRequestBytes).toBe(400 + 300 + 2 * ACTION_OVERHEAD_BYTES);
  });

  test("an operation larger than the budget still goes, alone", async () => {
    const { context, syncs } = counting();
    const batch = new RequestBatcher(context, 100);
    await batch.reserve(5000);
    expect(syncs()).toBe(0);
    await batch.sync();
    expect(batch.chunks).toBe(0);
  });

  test("runs after-sync callbacks once, after the sync that carries them", async () => {
    const { context } = counting();
    const batch = new RequestBatcher(context);
    const seen: number[] = [];
    batch.onSynced(() => seen.push(batch.syncs));
    expect(seen).toEqual([]);
    await batch.sync();
    await batch.sync();
    expect(seen).toEqual([1]);
  });
});
