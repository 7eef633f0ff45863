// @vitest-environment jsdom
import { act, useEffect } from "react";
import { expect, test } from "vitest";
import { render } from "../../tests/support/react/render";
import { type LatestRead, readOrder, useLatestRead } from "./latest-read";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

test("only the read started last is still the newest; none is once closed", () => {
  const order = readOrder();
  const first = order.start();
  expect(first()).toBe(true);
  const second = order.start();
  expect(first()).toBe(false);
  expect(second()).toBe(true);
  order.close();
  expect(second()).toBe(false);
  order.open();
  expect(second()).toBe(true);
});

/** Holds one useLatestRead and hands it to the test. */
function Holder({ onRead }: { onRead(read: LatestRead): void }) {
  const latest = useLatestRead();
  useEffect(() => onRead(latest), [latest, onRead]);
  return null;
}

async function mountedRead(): Promise<{ read: LatestRead; shown: string[]; unmount(): Promise<void> }> {
  const shown: string[] = [];
  let read: LatestRead | undefined;
  const { root } = await render(
    <Holder
      onRead={(latest) => {
        read = latest;
      }}
    />,
  );
  if (!read) throw new Error("the hook did not mount");
  return { read, shown, unmount: () => act(async () => root.unmount()) };
}

test("a read overtaken by a later one shows nothing, whichever finishes first", async () => {
  const { read, shown } = await mountedRead();
  const early = deferred<string>();
  const late = deferred<string>();
  const first = read(
    () => early.promise,
    (value) => shown.push(value),
  );
  const second = read(
    () => late.promise,
    (value) => shown.push(value),
  );
  late.resolve("with the rating");
  early.resolve("before the rating");
  expect(await second).toBe(true);
  expect(await first).toBe(false);
  expect(shown).toEqual(["with the rating"]);
});

test("the newest read's failure reaches the caller; an overtaken one's is dropped", async () => {
  const { read, shown } = await mountedRead();
  const early = deferred<string>();
  const first = read(
    () => early.promise,
    (value) => shown.push(value),
  );
  const second = read(
    () => Promise.reject(new Error("the library is closed")),
    (value) => shown.push(value),
  );
  early.reject(new Error("an old failure"));
  await expect(first).resolves.toBe(false);
  await expect(second).rejects.toThrow("the library is closed");
  expect(shown).toEqual([]);
});

test("nothing is shown after the component is gone", async () => {
  const { read, shown, unmount } = await mountedRead();
  const pending = deferred<string>();
  const reading = read(
    () => pending.promise,
    (value) => shown.push(value),
  );
  await unmount();
  pending.resolve("late");
  expect(await reading).toBe(false);
  expect(shown).toEqual([]);
});
