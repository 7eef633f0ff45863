// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import type { Vendor } from "../../shared/schema/vendor";
import { makeVendor } from "../../tests/support/bridge/records";
import { render } from "../../tests/support/react/render";
import type { FocusVendor } from "../services/focus-vendor";
import type { LibraryPort, PanelPorts } from "./library-port";
import { SidePanelApp } from "./sidepanel-app";

/** A promise and the function that settles it, so a test decides when a read comes back. */
function later<T>(): { promise: Promise<T>; settle(value: T): void } {
  let settle: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

const northwind: Vendor = { ...makeVendor(1), id: "northwind-it.example", name: "Northwind IT" };
const brightbooks: Vendor = { ...makeVendor(2), id: "brightbooks.example", name: "BrightBooks" };

/**
 * The panel's ports with a two-vendor library. The clock reads `clock.now`; the opening read of the
 * focus answers when the test settles `opening`; `clip(focus)` is a focus arriving from a clip.
 */
function panelPorts() {
  const clock = { now: Date.parse("2026-12-06T10:00:00.000Z") };
  const opening = later<FocusVendor | undefined>();
  const listeners: Array<(focus: FocusVendor) => void> = [];
  const vendors = [brightbooks, northwind];
  const library = {
    listEvaluations: async () => [],
    listTags: async () => [],
    prepareSearch: async () => undefined,
    firstVendors: async (limit: number) => vendors.slice(0, limit),
    countVendors: async () => vendors.length,
    searchVendors: async () => ({ total: vendors.length, vendors }),
    getVendor: async (id: string) => vendors.find((vendor) => vendor.id === id),
    listReviews: async () => [],
    clipHistory: async () => [],
  } as unknown as LibraryPort;
  const ports = {
    library,
    now: () => new Date(clock.now),
    focusedVendor: () => opening.promise,
    onFocusVendor: (callback: (focus: FocusVendor) => void) => {
      listeners.push(callback);
      return () => listeners.splice(listeners.indexOf(callback), 1);
    },
  } as unknown as PanelPorts;
  const clip = async (focus: FocusVendor) => {
    await act(async () => {
      for (const listener of listeners) listener(focus);
    });
    await settle();
  };
  const openingRead = async (focus: FocusVendor | undefined) => {
    await act(async () => opening.settle(focus));
    await settle();
  };
  return { ports, clock, clip, openingRead };
}

/** A focus the owner asked for `msAgo` before the clock's time. */
function asked(vendorId: string, clock: { now: number }, msAgo: number): FocusVendor {
  return { vendorId, at: new Date(clock.now - msAgo).toISOString() };
}

async function renderPanel(ports: PanelPorts): Promise<HTMLElement> {
  return (await render(<SidePanelApp ports={ports} />)).container;
}

/** Fluent's tab holds its name twice (once hidden, to reserve the bold width): read the shown one. */
function tabName(tab: Element | null): string | undefined {
  return tab?.querySelector(".fui-Tab__content")?.textContent ?? undefined;
}

function tab(container: HTMLElement, name: string): HTMLElement {
  const found = [...container.querySelectorAll<HTMLElement>("[role=tab]")].find((t) => tabName(t) === name);
  if (!found) throw new Error(`no tab "${name}"`);
  return found;
}

/** Lets the reads a render started (the vendor page's) come back and render. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function press(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
  });
  await settle();
}

/** What the panel shows: its tab, and the vendor page's heading when one is open. */
function shown(container: HTMLElement): { tab: string | undefined; vendor: string | undefined } {
  return {
    tab: tabName(container.querySelector("[role=tab][aria-selected=true]")),
    vendor: container.querySelector("[data-testid=vendor-detail] h2")?.textContent ?? undefined,
  };
}

test("a panel opened by a clip shows the clipped vendor", async () => {
  const { ports, clock, openingRead } = panelPorts();
  const container = await renderPanel(ports);
  await openingRead(asked("northwind-it.example", clock, 2_000));
  expect(shown(container)).toEqual({ tab: "Vendors", vendor: "Northwind IT" });
});

test("the clip's focus read late does not take the owner away from the tab they moved to", async () => {
  const { ports, clock, openingRead } = panelPorts();
  const container = await renderPanel(ports);
  // The clip was asked for before the panel opened; the owner moves before its focus is read.
  clock.now += 300;
  await press(tab(container, "Evaluations"));
  await openingRead(asked("northwind-it.example", clock, 2_000));
  expect(shown(container)).toEqual({ tab: "Evaluations", vendor: undefined });
});

test("a clip asked for before the owner's last move in the panel leaves the panel where it is", async () => {
  const { ports, clock, clip, openingRead } = panelPorts();
  const container = await renderPanel(ports);
  await openingRead(undefined);
  const askedAt = asked("northwind-it.example", clock, 0);
  // The clip takes seconds; meanwhile the owner opens the Evaluations tab.
  clock.now += 2_000;
  await press(tab(container, "Evaluations"));
  await clip(askedAt);
  expect(shown(container)).toEqual({ tab: "Evaluations", vendor: undefined });
});

test("a clip asked for after the owner's last move opens its vendor", async () => {
  const { ports, clock, clip, openingRead } = panelPorts();
  const container = await renderPanel(ports);
  await openingRead(undefined);
  await press(tab(container, "Evaluations"));
  clock.now += 5_000;
  await clip(asked("brightbooks.example", clock, 0));
  expect(shown(container)).toEqual({ tab: "Vendors", vendor: "BrightBooks" });
});

test("an older focus read after a newer one does not replace it", async () => {
  const { ports, clock, clip, openingRead } = panelPorts();
  const container = await renderPanel(ports);
  // The popup's "Open in library" wrote BrightBooks while the opening read still held Northwind.
  await clip(asked("brightbooks.example", clock, 0));
  await openingRead(asked("northwind-it.example", clock, 60_000));
  expect(shown(container)).toEqual({ tab: "Vendors", vendor: "BrightBooks" });
});
