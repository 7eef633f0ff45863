// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { makeEvaluation, makeVendor } from "../../tests/support/bridge/records";
import { render } from "../../tests/support/react/render";
import type { FocusVendor } from "../services/focus-vendor";
import type { LibraryPort, PanelPorts } from "./library-port";
import { SidePanelApp } from "./sidepanel-app";

const brightbooks: Vendor = { ...makeVendor(2), id: "brightbooks.example", name: "BrightBooks" };

/**
 * The panel over a library of one vendor and one evaluation. Once `hold()` is called, each
 * listEvaluations answers with the evaluations as they were when asked, but only when the test
 * releases it: the test decides the order the reads finish in.
 */
function panelPorts() {
  let evaluations: Evaluation[] = [makeEvaluation([], { id: "eval-1", name: "Payroll 2027" })];
  let holding = false;
  const held: Array<{ memberCount: number; release(): void }> = [];
  const listeners: Array<(focus: FocusVendor) => void> = [];
  const library = {
    listEvaluations: () => {
      const snapshot = evaluations;
      if (!holding) return Promise.resolve(snapshot);
      return new Promise<Evaluation[]>((resolve) =>
        held.push({
          memberCount: snapshot[0]?.vendorIds.length ?? 0,
          release: () => resolve(snapshot),
        }),
      );
    },
    addToEvaluation: async (evaluationId: string, vendorId: string) => {
      evaluations = evaluations.map((e) =>
        e.id === evaluationId ? { ...e, vendorIds: [...e.vendorIds, vendorId] } : e,
      );
    },
    listTags: async () => [],
    prepareSearch: async () => undefined,
    firstVendors: async () => [brightbooks],
    countVendors: async () => 1,
    searchVendors: async () => ({ total: 1, vendors: [brightbooks] }),
    getVendor: async () => brightbooks,
    listReviews: async () => [],
    clipHistory: async () => [],
  } as unknown as LibraryPort;
  const now = Date.parse("2026-12-06T10:00:00.000Z");
  const ports = {
    library,
    now: () => new Date(now),
    // The panel opens on the vendor just clipped.
    focusedVendor: async () => ({ vendorId: brightbooks.id, at: new Date(now).toISOString() }),
    onFocusVendor: (callback: (focus: FocusVendor) => void) => {
      listeners.push(callback);
      return () => listeners.splice(listeners.indexOf(callback), 1);
    },
  } as unknown as PanelPorts;
  /** A clip of the same vendor finishing: the library changed, the panel reads it again. */
  const clipped = () =>
    act(async () => {
      for (const listener of listeners)
        listener({ vendorId: brightbooks.id, at: new Date(now).toISOString() });
    });
  return {
    ports,
    clipped,
    held,
    hold: () => {
      holding = true;
    },
  };
}

async function settle(work: () => void = () => undefined): Promise<void> {
  await act(async () => {
    work();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

test("a tick stays ticked when the evaluations read before it finish after the ones read after it", async () => {
  const { ports, clipped, held, hold } = panelPorts();
  const { container } = await render(<SidePanelApp ports={ports} />);
  await settle();
  const box = () =>
    container.querySelector<HTMLInputElement>('[data-testid="vendor-detail"] input[type="checkbox"]');
  expect(box()?.checked).toBe(false);
  hold();

  // A clip finishes: the panel reads the evaluations (read 1, before the tick).
  await clipped();
  expect(held.map((read) => read.memberCount)).toEqual([0]);
  // The owner ticks the evaluation: saved, then read again (read 2, with the vendor in it).
  await settle(() => box()?.click());
  expect(held.map((read) => read.memberCount)).toEqual([0, 1]);

  await settle(() => held[1]?.release());
  expect(box()?.checked).toBe(true);
  // Read 1, from before the tick, comes back last: it must not untick the box.
  await settle(() => held[0]?.release());
  expect(box()?.checked).toBe(true);
  expect(container.querySelector('[data-testid="standing"]')?.textContent).toContain("Payroll 2027");
});
