// @vitest-environment jsdom
import { act, Profiler } from "react";
import { afterEach, expect, test, vi } from "vitest";
import type { Vendor } from "../../shared/schema/vendor";
import { makeVendor } from "../../tests/support/bridge/records";
import { render, type } from "../../tests/support/react/render";
import type { LibraryPort, VendorFilter } from "./library-port";
import { VendorList } from "./vendor-list";

let container: HTMLElement;
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The list as the panel first shows it: no tags or evaluations yet, version 0. */
function openingList(library: LibraryPort, openingVendors?: Vendor[]) {
  return (
    <VendorList
      library={library}
      evaluations={[]}
      tags={[]}
      version={0}
      openingVendors={openingVendors}
      onOpen={() => undefined}
    />
  );
}

async function renderList(library: LibraryPort, openingVendors?: Vendor[]): Promise<void> {
  ({ container } = await render(openingList(library, openingVendors)));
}

/**
 * A library of 30 vendors that notes each read the list makes: "first", "count" or a search's filter;
 * `prepared` counts its readings of the search index ahead of a search.
 */
function countingLibrary(count: () => Promise<number> = async () => 30): {
  library: LibraryPort;
  reads: Array<string | VendorFilter>;
  prepared: () => number;
} {
  const vendors = Array.from({ length: 30 }, (_, index) => makeVendor(index + 1));
  const reads: Array<string | VendorFilter> = [];
  let preparations = 0;
  const library = {
    prepareSearch: async () => {
      preparations += 1;
    },
    firstVendors: async (limit: number) => {
      reads.push("first");
      return vendors.slice(0, limit);
    },
    countVendors: () => {
      reads.push("count");
      return count();
    },
    searchVendors: async (filter: VendorFilter, offset: number, limit: number) => {
      reads.push(filter);
      return { total: vendors.length, vendors: vendors.slice(offset, offset + limit) };
    },
  } as unknown as LibraryPort;
  return { library, reads, prepared: () => preparations };
}

test("opening the list reads the first rows and the count once, and the search box's settle reads nothing more", async () => {
  vi.useFakeTimers();
  const { library, reads } = countingLibrary();
  await renderList(library);
  expect(reads).toEqual(["first", "count"]);
  // The search box's debounce fires with the same (empty) text: no new filter, no refetch.
  await act(async () => {
    await vi.advanceTimersByTimeAsync(500);
  });
  expect(reads).toEqual(["first", "count"]);
});

test("the first rows show while the library is still being counted", async () => {
  // jsdom lays nothing out: the list's scroller gets the height of a side panel, so rows are due.
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(400);
  let finishCount: (count: number) => void = () => undefined;
  const { library } = countingLibrary(
    () =>
      new Promise<number>((resolve) => {
        finishCount = resolve;
      }),
  );
  await renderList(library);
  expect(container.querySelectorAll('[data-testid="vendor-row"]').length).toBeGreaterThan(0);
  expect(container.textContent).not.toContain("Loading the library");
  expect(container.textContent).not.toContain("30 vendors");
  await act(async () => finishCount(30));
  expect(container.textContent).toContain("30 vendors");
});

test("rows read as the panel opened are in the first render, and the list only counts the library", async () => {
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(400);
  const { library, reads } = countingLibrary();
  const opening = [makeVendor(101), makeVendor(102)];
  await renderList(library, opening);
  const names = [...container.querySelectorAll('[data-testid="vendor-row"]')].map(
    (row) => row.querySelector("span")?.textContent,
  );
  expect(names).toEqual(opening.map((vendor) => vendor.name));
  expect(reads).toEqual(["count"]);
  expect(container.textContent).toContain("30 vendors");
});

test("opening rows are on screen from the list's first commit, which is its only one until the count is in", async () => {
  // The scroller measures what the window's height promised: no second render to fit the rows.
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(window.innerHeight);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(400);
  const { library } = countingLibrary(() => new Promise<number>(() => undefined));
  const opening = Array.from({ length: 30 }, (_, index) => makeVendor(index + 101));
  const rowsAtCommit: number[] = [];
  const noteCommit = () => rowsAtCommit.push(document.querySelectorAll('[data-testid="vendor-row"]').length);
  await render(
    <Profiler id="list" onRender={noteCommit}>
      {openingList(library, opening)}
    </Profiler>,
  );
  expect(rowsAtCommit).toHaveLength(1);
  expect(rowsAtCommit[0]).toBeGreaterThan(0);
});

test("once the library is counted, the list asks to read the search index ahead, once", async () => {
  vi.useFakeTimers();
  let finishCount: (count: number) => void = () => undefined;
  const { library, prepared } = countingLibrary(
    () =>
      new Promise<number>((resolve) => {
        finishCount = resolve;
      }),
  );
  await renderList(library);
  await act(async () => {
    await vi.advanceTimersByTimeAsync(500);
  });
  // Uncounted, the list is still opening: nothing is read that it does not show.
  expect(prepared()).toBe(0);
  await act(async () => finishCount(30));
  expect(prepared()).toBe(1);

  // A search counts fewer vendors; the index was read already.
  Object.assign(library, {
    searchVendors: async () => ({ total: 1, vendors: [makeVendor(7)] }),
  });
  const input = container.querySelector<HTMLInputElement>('input[aria-label="Search vendors"]');
  await type(input as HTMLInputElement, "payroll");
  await act(async () => {
    await vi.advanceTimersByTimeAsync(500);
  });
  expect(container.textContent).toContain("1 vendor");
  expect(prepared()).toBe(1);
});

test("typing a search reads again with the words, once the typing settles", async () => {
  vi.useFakeTimers();
  const { library, reads } = countingLibrary();
  await renderList(library);
  const input = container.querySelector<HTMLInputElement>('input[aria-label="Search vendors"]');
  expect(input).not.toBeNull();
  await type(input as HTMLInputElement, "payroll");
  await act(async () => {
    await vi.advanceTimersByTimeAsync(500);
  });
  expect(reads.at(-1)).toEqual({ text: "payroll" });
  expect(reads.filter((read) => typeof read === "object" && read.text === "payroll")).toHaveLength(1);
});

test("picking a status narrows the list through the library, and Any status widens it again", async () => {
  const { library, reads } = countingLibrary();
  await renderList(library);
  const status = container.querySelector<HTMLSelectElement>('select[aria-label="Status"]');
  expect(status).not.toBeNull();
  const pick = async (value: string) => {
    await act(async () => {
      (status as HTMLSelectElement).value = value;
      status?.dispatchEvent(new Event("change", { bubbles: true }));
    });
  };
  await pick("shortlisted");
  expect(reads.at(-1)).toEqual({ status: "shortlisted" });
  await pick("");
  expect(reads.slice(-2)).toEqual(["first", "count"]);
});

test("a tag filter whose tag is gone lets go: the select shows Any tag and the list reads unfiltered", async () => {
  const { library, reads } = countingLibrary();
  const list = (tags: string[]) => (
    <VendorList library={library} evaluations={[]} tags={tags} version={0} onOpen={() => undefined} />
  );
  const { root } = await render(list(["shortlist"]));
  const tag = document.querySelector<HTMLSelectElement>('select[aria-label="Tag"]') as HTMLSelectElement;
  await act(async () => {
    tag.value = "shortlist";
    tag.dispatchEvent(new Event("change", { bubbles: true }));
  });
  expect(reads.at(-1)).toEqual({ tag: "shortlist" });
  expect(tag.value).toBe("shortlist");

  // The owner removed the tag from its last vendor: the panel's tag list no longer has it.
  await act(async () => root.render(list([])));
  expect(tag.value).toBe("");
  expect(reads.slice(-2)).toEqual(["first", "count"]);
});

test("a change elsewhere reads the rows in view again and keeps them on screen meanwhile", async () => {
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(400);
  let release: () => void = () => undefined;
  const { library, reads } = countingLibrary();
  const list = (version: number) => (
    <VendorList library={library} evaluations={[]} tags={[]} version={version} onOpen={() => undefined} />
  );
  const { root, container: shown } = await render(list(0));
  const rows = () => shown.querySelectorAll('[data-testid="vendor-row"]').length;
  const before = rows();
  expect(before).toBeGreaterThan(0);
  expect(shown.textContent).toContain("30 vendors");

  // The second read of the first rows waits: meanwhile the list shows what it had, not a blank.
  const firstVendors = library.firstVendors.bind(library);
  Object.assign(library, {
    firstVendors: (limit: number) =>
      new Promise<Vendor[]>((resolve) => {
        release = () => void firstVendors(limit).then(resolve);
      }),
  });
  await act(async () => root.render(list(1)));
  expect(rows()).toBe(before);
  expect(shown.textContent).toContain("30 vendors");
  await act(async () => release());
  expect(reads.slice(-2)).toEqual(["first", "count"]);
  expect(rows()).toBe(before);
});

test("an empty library teaches clip, rate and compare with the shortcut, and shows no search or filters", async () => {
  const { library } = countingLibrary(async () => 0);
  Object.assign(library, { firstVendors: async () => [] });
  await renderList(library, []);
  const steps = container.querySelector('[data-testid="empty-library"]')?.textContent ?? "";
  expect(steps).toMatch(/Clip.*Alt\+Shift\+V.*Rate.*Compare/);
  expect(container.querySelector("select")).toBeNull();
  expect(container.querySelector('input[aria-label="Search vendors"]')).toBeNull();
});

test("one vendor: a search box but no filters, since there is nothing to filter yet", async () => {
  const one = [makeVendor(1)];
  const { library } = countingLibrary(async () => 1);
  Object.assign(library, { firstVendors: async () => one });
  await renderList(library, one);
  expect(container.querySelector('input[aria-label="Search vendors"]')).not.toBeNull();
  expect(container.querySelector('select[aria-label="Status"]')).toBeNull();
  expect(container.querySelector('select[aria-label="Tag"]')).toBeNull();
});

test("a search with no match says so and offers to clear it", async () => {
  vi.useFakeTimers();
  const { library, reads } = countingLibrary();
  await renderList(library);
  Object.assign(library, {
    searchVendors: async (filter: VendorFilter) => {
      reads.push(filter);
      return { total: 0, vendors: [] };
    },
  });
  const input = container.querySelector<HTMLInputElement>(
    'input[aria-label="Search vendors"]',
  ) as HTMLInputElement;
  await type(input, "zebra");
  await act(async () => {
    await vi.advanceTimersByTimeAsync(500);
  });
  expect(container.textContent).toContain("No vendor matches “zebra”.");
  const clear = [...container.querySelectorAll("button")].find(
    (b) => b.textContent === "Clear search and filters",
  );
  await act(async () => {
    clear?.click();
    await vi.advanceTimersByTimeAsync(500);
  });
  expect(input.value).toBe("");
  expect(reads.slice(-2)).toEqual(["first", "count"]);
});

test("a row adds its vendor to an evaluation it is not in yet, and says so", async () => {
  // jsdom lays nothing out: the list is given a size so its rows render.
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(400);
  const { library } = countingLibrary();
  const calls: string[] = [];
  ({ container } = await render(
    <VendorList
      library={library}
      evaluations={[
        { id: "eval-1", name: "Payroll 2027", vendorIds: ["vendor-1"] } as never,
        { id: "eval-2", name: "IT 2027", vendorIds: [] } as never,
      ]}
      tags={[]}
      version={0}
      onOpen={() => undefined}
      onAddToEvaluation={async (evaluationId, vendor) => {
        calls.push(`${evaluationId}:${vendor.id}`);
        return `${vendor.name} is now in “IT 2027”.`;
      }}
    />,
  ));
  const select = container.querySelector<HTMLSelectElement>(
    'select[aria-label="Add Vendor 1 to an evaluation"]',
  );
  // Vendor 1 is in Payroll 2027 already: only IT 2027 is offered.
  expect([...(select?.options ?? [])].map((o) => o.textContent)).toEqual(["Add to evaluation", "IT 2027"]);
  await act(async () => {
    (select as HTMLSelectElement).value = "eval-2";
    select?.dispatchEvent(new Event("change", { bubbles: true }));
  });
  expect(calls).toEqual(["eval-2:vendor-1"]);
  expect(container.textContent).toContain("Vendor 1 is now in “IT 2027”.");
});
