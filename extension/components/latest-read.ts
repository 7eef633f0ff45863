/** Latest-read-wins for the panel's library reads: a read that started before a newer one never puts its older answer on screen. */
import { useCallback, useEffect, useRef } from "react";

/**
 * The order reads started in, so only the newest one may still show what it read. Reads of the
 * library are not answered in the order they are asked (IndexedDB runs read-only transactions side
 * by side, and a read started before a write may finish after one started behind it): without this,
 * a vendor read before a rating was saved could land after the read that has the rating, and the
 * star the owner just clicked would vanish (issue 20).
 *
 * @example
 * const order = readOrder();
 * const first = order.start();
 * const second = order.start();
 * first() //=> false (a newer read started)
 * second() //=> true
 * order.close();
 * second() //=> false (the component is gone)
 */
export function readOrder(): { start(): () => boolean; open(): void; close(): void } {
  let newest = 0;
  let open = true;
  return {
    start() {
      newest += 1;
      const ticket = newest;
      return () => open && ticket === newest;
    },
    open() {
      open = true;
    },
    close() {
      open = false;
    },
  };
}

/**
 * Reads with `read` and hands the result to `show` only if no later read through the same function
 * started meanwhile and the component is still mounted. Resolves true when shown, false when
 * overtaken. A failure of the newest read rejects, for the caller to say what went wrong; an
 * overtaken read's failure is dropped, as its result would be.
 *
 * A write's own answer (the saved vendor) is passed as `read: async () => saved`: it is newer than any
 * read started before it, which it then overtakes.
 */
export type LatestRead = <T>(read: () => Promise<T>, show: (value: T) => void) => Promise<boolean>;

/**
 * Latest read wins, for every async read whose result a component puts on screen. Use one per kind
 * of read (the vendor, the evaluations, the tags): reads of different things do not overtake each other.
 */
export function useLatestRead(): LatestRead {
  const order = useRef<ReturnType<typeof readOrder> | undefined>(undefined);
  order.current ??= readOrder();
  const current = order.current;
  useEffect(() => {
    // Opened again on mount: React's strict mode unmounts and mounts once more in development.
    current.open();
    return () => current.close();
  }, [current]);
  return useCallback(
    async <T>(read: () => Promise<T>, show: (value: T) => void) => {
      const stillNewest = current.start();
      let value: T;
      try {
        value = await read();
      } catch (error) {
        if (stillNewest()) throw error;
        return false;
      }
      if (!stillNewest()) return false;
      show(value);
      return true;
    },
    [current],
  );
}
