// @vitest-environment jsdom
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, expect, test, vi } from "vitest";
import { makeVendor } from "../../shared/bridge/fixtures/records";
import type { LibraryPort, VendorFilter } from "./library-port";
import { VendorList } from "./vendor-list";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// jsdom lays nothing out and has no scrollTo on elements; the list scrolls to the top on a new search.
Element.prototype.scrollTo ??= () => undefined;

let container: HTMLElement;
afterEach(() => {
  container?.remove();
  vi.useRealTimers();
});

function countingLibrary(): { library: LibraryPort; searches: VendorFilter[] } {
  const vendors = Array.from({ length: 30 }, (_, index) => makeVendor(index + 1));
  const searches: VendorFilter[] = [];
  const library = {
    searchVendors: async (filter: VendorFilter, offset: number, limit: number) => {
      searches.push(filter);
      return { total: vendors.length, vendors: vendors.slice(offset, offset + limit) };
    },
  } as unknown as LibraryPort;
  return { library, searches };
}

test("opening the list reads the first page once, and the search box's settle does not read it again", async () => {
  vi.useFakeTimers();
  const { library, searches } = countingLibrary();
  container = document.createElement("div");
  document.body.append(container);
  await act(async () => {
    createRoot(container).render(
      <VendorList library={library} evaluations={[]} tags={[]} version={0} onOpen={() => undefined} />,
    );
  });
  expect(searches).toEqual([{}]);
  // The search box's debounce fires with the same (empty) text: no new filter, no refetch.
  await act(async () => {
    await vi.advanceTimersByTimeAsync(500);
  });
  expect(searches).toEqual([{}]);
});

test("typing a search reads again with the words, once the typing settles", async () => {
  vi.useFakeTimers();
  const { library, searches } = countingLibrary();
  container = document.createElement("div");
  document.body.append(container);
  await act(async () => {
    createRoot(container).render(
      <VendorList library={library} evaluations={[]} tags={[]} version={0} onOpen={() => undefined} />,
    );
  });
  const input = container.querySelector<HTMLInputElement>('input[aria-label="Search vendors"]');
  expect(input).not.toBeNull();
  await act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    setValue?.call(input, "payroll");
    input?.dispatchEvent(new Event("input", { bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
  });
  expect(searches.at(-1)).toEqual({ text: "payroll" });
  expect(searches.filter((filter) => filter.text === "payroll")).toHaveLength(1);
});
