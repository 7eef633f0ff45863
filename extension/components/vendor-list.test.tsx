// @vitest-environment jsdom
import { act } from "react";
import { afterEach, expect, test, vi } from "vitest";
import { makeVendor } from "../../shared/bridge/fixtures/records";
import type { LibraryPort, VendorFilter } from "./library-port";
import { render, type } from "./test-support/render";
import { VendorList } from "./vendor-list";

let container: HTMLElement;
afterEach(() => vi.useRealTimers());

async function renderList(library: LibraryPort): Promise<void> {
  ({ container } = await render(
    <VendorList library={library} evaluations={[]} tags={[]} version={0} onOpen={() => undefined} />,
  ));
}

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
  await renderList(library);
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
  await renderList(library);
  const input = container.querySelector<HTMLInputElement>('input[aria-label="Search vendors"]');
  expect(input).not.toBeNull();
  await type(input as HTMLInputElement, "payroll");
  await act(async () => {
    await vi.advanceTimersByTimeAsync(500);
  });
  expect(searches.at(-1)).toEqual({ text: "payroll" });
  expect(searches.filter((filter) => filter.text === "payroll")).toHaveLength(1);
});
