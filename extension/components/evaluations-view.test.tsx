// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import { makeEvaluation, makeVendor } from "../../shared/bridge/fixtures/records";
import type { Evaluation } from "../../shared/schema/evaluation";
import { weightPercents } from "../../shared/scoring/weight-percents";
import { EvaluationsView } from "./evaluations-view";
import type { PanelPorts } from "./library-port";
import { render, type } from "./test-support/render";

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

function button(container: HTMLElement, text: string): HTMLButtonElement {
  const found = [...container.querySelectorAll("button")].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

test("a typed weight is saved so the card shows it, the others sharing the rest", async () => {
  const { ports, saved } = recordingPorts();
  const evaluation = makeEvaluation([]);
  const container = await renderView(ports, [evaluation]);
  const first = evaluation.criteria[0];
  const weight = container.querySelector<HTMLInputElement>(
    `input[aria-label="Weight of ${first?.name} in percent"]`,
  );
  if (!weight) throw new Error("no weight input");
  await type(weight, "50");
  await act(async () => {
    weight.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
  });
  expect(saved).toHaveLength(1);
  const percents = weightPercents(saved[0]?.criteria.map((c) => c.weight) ?? []);
  expect(percents[0]).toBe(50);
  expect(percents.reduce((sum, p) => sum + p, 0)).toBeCloseTo(100, 0);
});

test("an evaluation is deleted only after the owner confirms", async () => {
  const { ports, deleted } = recordingPorts();
  const container = await renderView(ports, [makeEvaluation([], { name: "Payroll 2027" })]);
  await act(async () => button(container, "Delete").click());
  expect(deleted).toEqual([]);
  expect(container.textContent).toContain("Delete “Payroll 2027” and its weights?");
  await act(async () => button(container, "Keep it").click());
  expect(container.textContent).not.toContain("and its weights?");
  await act(async () => button(container, "Delete").click());
  await act(async () => button(container, "Delete “Payroll 2027”").click());
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
  await act(async () => button(container, "Create evaluation").click());
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
