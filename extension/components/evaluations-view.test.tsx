// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import type { Evaluation } from "../../shared/schema/evaluation";
import { weightPercents } from "../../shared/scoring/weight-percents";
import { makeEvaluation, makeVendor } from "../../tests/support/bridge/records";
import { getButton } from "../../tests/support/react/controls";
import { render, type } from "../../tests/support/react/render";
import { EvaluationsView } from "./evaluations-view";
import type { PanelPorts } from "./library-port";

/** Ports whose library records what is saved and deleted; `saveEvaluation` may be replaced. */
function recordingPorts(overrides: Record<string, unknown> = {}) {
  const saved: Evaluation[] = [];
  const deleted: string[] = [];
  const ports = {
    now: () => new Date("2026-11-22T10:00:00.000Z"),
    library: {
      saveEvaluation: async (evaluation: Evaluation) => void saved.push(evaluation),
      deleteEvaluation: async (id: string) => void deleted.push(id),
      ...overrides,
    },
  } as unknown as PanelPorts;
  return { ports, saved, deleted };
}

async function renderView(ports: PanelPorts, evaluations: Evaluation[]): Promise<HTMLElement> {
  const { container } = await render(
    <EvaluationsView
      ports={ports}
      evaluations={evaluations}
      onChanged={() => undefined}
      onOpenVendor={() => undefined}
    />,
  );
  return container;
}

/** The card of a fresh evaluation, the weight field of its first criterion, and what the card saves. */
async function firstWeightField() {
  const { ports, saved } = recordingPorts();
  const evaluation = makeEvaluation([]);
  const container = await renderView(ports, [evaluation]);
  const first = evaluation.criteria[0];
  const weight = container.querySelector<HTMLInputElement>(
    `input[aria-label="Weight of ${first?.name} in percent"]`,
  );
  if (!weight) throw new Error("no weight input");
  return { container, saved, weight };
}

/** Types `value` into a field and leaves it, as the owner tabbing on does. */
async function typeAndLeave(input: HTMLInputElement, value: string) {
  await type(input, value);
  await act(async () => {
    input.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
  });
}

test("a typed weight is saved so the card shows it, the others sharing the rest", async () => {
  const { saved, weight } = await firstWeightField();
  await typeAndLeave(weight, "50");
  expect(saved).toHaveLength(1);
  const percents = weightPercents(saved[0]?.criteria.map((c) => c.weight) ?? []);
  expect(percents[0]).toBe(50);
  expect(percents.reduce((sum, p) => sum + p, 0)).toBe(100);
});

test("a weight over 100 is refused on its own field, not kept, and the total stays 100%", async () => {
  const { container, saved, weight } = await firstWeightField();
  const before = weight.value;
  await typeAndLeave(weight, "150");
  expect(saved).toHaveLength(0);
  expect(weight.value).toBe(before);
  const error = document.getElementById(weight.getAttribute("aria-describedby") ?? "");
  expect(error?.textContent).toBe("Type a whole number from 0 to 100; 150 is more than 100.");
  expect(container.querySelector('[data-testid="weight-total"]')?.textContent).toBe("Total 100%");
});

test("the card ranks its vendors live: score, rank, weakest criterion and what is not rated", async () => {
  const bright = makeVendor(1, {
    name: "BrightBooks",
    criterionRatings: { cost: 4, expertise: 5, reliability: 4, security: 4, communication: 5 },
  });
  const north = makeVendor(2, { name: "Northwind", criterionRatings: { cost: 2, expertise: 3 } });
  const fresh = makeVendor(3, { name: "Fresh Ltd" });
  const { ports } = recordingPorts({
    searchVendors: async () => ({ total: 3, vendors: [north, fresh, bright] }),
  });
  const container = await renderView(ports, [makeEvaluation([north.id, fresh.id, bright.id])]);
  const rows = [...container.querySelectorAll('[data-testid="ranking-row"]')].map((row) => row.textContent);
  expect(rows[0]).toMatch(/^1BrightBooks/);
  expect(rows[1]).toMatch(/^2Northwind.*Weakest: Cost and pricing transparency \(2 of 5\)/);
  expect(rows[2]).toMatch(/^–Fresh Ltd.*No score yet/);
  expect(container.textContent).toContain("3 vendors");
});

test("Add vendors… searches the library and adds a vendor from the card", async () => {
  const acme = makeVendor(1, { name: "Acme Payroll" });
  const bolt = makeVendor(2, { name: "Bolt Books" });
  const added: string[] = [];
  const searched: unknown[] = [];
  const { ports } = recordingPorts({
    searchVendors: async (filter: { text?: string; evaluationId?: string }) => {
      searched.push(filter);
      if (filter.evaluationId) return { total: 1, vendors: [acme] };
      const all = [acme, bolt].filter((v) => !filter.text || v.name.toLowerCase().includes(filter.text));
      return { total: all.length, vendors: all };
    },
    addToEvaluation: async (_evaluationId: string, vendorId: string) => void added.push(vendorId),
  });
  const container = await renderView(ports, [makeEvaluation([acme.id], { name: "Payroll 2027" })]);
  await act(async () => getButton(container, "Add vendors…").click());
  const search = container.querySelector<HTMLInputElement>('input[aria-label="Search vendors to add"]');
  if (!search) throw new Error("no picker search");
  await type(search, "bolt");
  await act(async () => new Promise((resolve) => setTimeout(resolve, 200)));
  expect(searched).toContainEqual({ text: "bolt" });
  // Acme is already in: only Bolt is offered.
  const offered = [...container.querySelectorAll('[data-testid="picker-row"]')].map((r) => r.textContent);
  expect(offered).toEqual(["Bolt Books · IT supportAdd"]);
  await act(async () =>
    (container.querySelector('button[aria-label="Add Bolt Books"]') as HTMLButtonElement).click(),
  );
  expect(added).toEqual([bolt.id]);
  expect(container.textContent).toContain("Added Bolt Books.");
});

test("every export says the file's name and where it went", async () => {
  const downloads: string[] = [];
  const { ports } = recordingPorts({
    exportPack: async () => ({ vendors: [], reviews: [], evaluations: [] }),
  });
  Object.assign(ports, {
    download: (fileName: string) => void downloads.push(fileName),
    vendorsCsv: () => "csv",
    scorecardXlsx: async () => new Uint8Array([1]),
    packFile: () => ({ fileName: "Payroll 2027.vendorpack.json", text: "{}" }),
  });
  const container = await renderView(ports, [makeEvaluation([], { name: "Payroll 2027" })]);
  const message = () => container.querySelector('[data-testid="evaluation-message"]')?.textContent ?? "";
  await act(async () => getButton(container, "Download advisor-safe copy (.xlsx)").click());
  expect(message()).toContain("Downloaded “Payroll 2027 (advisor-safe).xlsx”");
  await act(async () => getButton(container, "Export CSV").click());
  expect(message()).toContain("Downloaded “Payroll 2027.csv”");
  await act(async () => getButton(container, "Export .vendorpack.json").click());
  expect(message()).toContain("Downloaded “Payroll 2027.vendorpack.json”");
  expect(downloads).toEqual([
    "Payroll 2027 (advisor-safe).xlsx",
    "Payroll 2027.csv",
    "Payroll 2027.vendorpack.json",
  ]);
});

test("an evaluation is deleted only after the owner confirms", async () => {
  const { ports, deleted } = recordingPorts();
  const container = await renderView(ports, [makeEvaluation([], { name: "Payroll 2027" })]);
  await act(async () => getButton(container, "Delete").click());
  expect(deleted).toEqual([]);
  expect(container.textContent).toContain("Delete “Payroll 2027” and its weights?");
  await act(async () => getButton(container, "Keep it").click());
  expect(container.textContent).not.toContain("and its weights?");
  await act(async () => getButton(container, "Delete").click());
  await act(async () => getButton(container, "Delete “Payroll 2027”").click());
  expect(deleted).toEqual(["eval-1"]);
});

test("an evaluation the library refuses to create says why and keeps the typed name", async () => {
  const { ports } = recordingPorts({
    saveEvaluation: async () => {
      throw new Error("the name is longer than 200 characters");
    },
  });
  const container = await renderView(ports, []);
  const name = container.querySelector<HTMLInputElement>('input[placeholder="e.g. Bookkeeping 2027"]');
  if (!name) throw new Error("no name input");
  await type(name, "A very long name");
  await act(async () => getButton(container, "Create evaluation").click());
  expect(container.textContent).toContain(
    "Could not create “A very long name” (the name is longer than 200 characters).",
  );
  expect(name.value).toBe("A very long name");
});

test("an evaluation lists its vendors by name, and each Remove says which vendor it removes", async () => {
  const acme = makeVendor(1, { name: "Acme Payroll" });
  const removed: string[] = [];
  const { ports } = recordingPorts({
    searchVendors: async () => ({ total: 1, vendors: [acme] }),
    removeFromEvaluation: async (_evaluationId: string, vendorId: string) => void removed.push(vendorId),
  });
  const container = await renderView(ports, [makeEvaluation([acme.id], { name: "Payroll 2027" })]);
  expect(container.textContent).toContain("Acme Payroll");
  const remove = container.querySelector<HTMLButtonElement>(
    'button[aria-label="Remove Acme Payroll from Payroll 2027"]',
  );
  expect(remove).not.toBeNull();
  await act(async () => remove?.click());
  expect(removed).toEqual([acme.id]);
});
