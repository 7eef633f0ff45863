// @vitest-environment jsdom
import { act } from "react";
import { describe, expect, test, vi } from "vitest";
import { buildVendorPack } from "../../../shared/schema/vendor-pack";
import { extensionBridgeDouble } from "../../../tests/support/bridge/extension-bridge-double";
import { makeEvaluation, makeReview, makeVendor } from "../../../tests/support/bridge/records";
import { getButton } from "../../../tests/support/react/controls";
import { render as renderNode } from "../../../tests/support/react/render";
import { REASON_DESKTOP } from "../services/bridge-client";
import type { TaskPaneServices } from "../services/task-pane-services";
import { TaskPane } from "./task-pane";

const vendors = [
  makeVendor(1, { name: '=HYPERLINK("http://evil")' }),
  makeVendor(2, { name: "<img src=x onerror=alert(1)>" }),
  makeVendor(3),
];
const reviews = [makeReview("vendor-1", 1), makeReview("vendor-3", 1)];
const evaluation = makeEvaluation(["vendor-1", "vendor-2"], { name: "Payroll 2027" });

const transport = extensionBridgeDouble({ vendors, reviews, evaluations: [evaluation] });

function fakeServices(connected: boolean) {
  const writes: Array<{ plan: unknown; mode: string }> = [];
  const services: TaskPaneServices = {
    connect: async () =>
      connected
        ? { kind: "connected", transport, appVersion: "0.1.0" }
        : { kind: "unavailable", reason: REASON_DESKTOP },
    readPack: async (file) => ({
      ok: true,
      fileName: file.name,
      pack: buildVendorPack({
        vendors,
        reviews,
        evaluations: [evaluation],
        appVersion: "0.1.0",
        exportedAt: new Date("2026-11-02T10:00:00Z"),
      }),
      vendors: 3,
      reviews: 2,
      evaluations: 1,
    }),
    workbook: {
      plan: (input) => input,
      write: async (plan, options) => {
        writes.push({ plan, mode: options.mode });
        options.onProgress({ fraction: 0.5, message: "Writing…" });
        return { summary: "Wrote 2 vendors to the Scorecard sheet." };
      },
      buildXlsx: async () => new Uint8Array([1, 2, 3]),
      host: {
        platform: () => "OfficeOnline",
        canCreateWorkbook: () => false,
        createWorkbook: vi.fn(async () => {}),
        offerDownload: vi.fn(),
      },
    },
  };
  return { services, writes };
}

let container: HTMLElement;

async function render(services: TaskPaneServices) {
  container = (await renderNode(<TaskPane services={services} />)).container;
}

async function waitFor(check: () => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}; pane text: ${container.textContent}`);
}

function button(name: string): HTMLButtonElement {
  return getButton(container, name);
}

describe("TaskPane", () => {
  test("connected: pulls the first evaluation's vendors and builds the scorecard with edited weights", async () => {
    const { services, writes } = fakeServices(true);
    await render(services);
    await waitFor(() => container.textContent?.includes("2 of 2 vendors selected") ?? false, "vendors");
    expect(container.textContent).toContain("Connected");
    expect(container.textContent).toContain("Payroll 2027 (2 vendors)");
    // Page-derived text is text, never markup.
    expect(container.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector('[data-testid="weight-total"]')?.textContent).toBe("Total 100%");

    const firstWeight = container.querySelector<HTMLInputElement>('input[type="number"]');
    if (!firstWeight) throw new Error("no weight input");
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      setValue?.call(firstWeight, "40");
      firstWeight.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(container.querySelector('[data-testid="weight-total"]')?.textContent).toBe(
      "Total 125% (should be 100%)",
    );
    // 150 is refused on the field itself and not kept.
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      setValue?.call(firstWeight, "150");
      firstWeight.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      "Type a whole number from 0 to 100; 150 is more than 100.",
    );
    expect(container.querySelector('[data-testid="weight-total"]')?.textContent).toBe(
      "Total 125% (should be 100%)",
    );
    await act(async () => button("Normalise to 100%").click());
    expect(container.querySelector('[data-testid="weight-total"]')?.textContent).toBe("Total 100%");

    // Add a criterion (0%), remove the last template one, normalise again.
    const newName = container.querySelector<HTMLInputElement>('input[aria-label="New criterion name"]');
    if (!newName) throw new Error("no new-criterion input");
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      setValue?.call(newName, "Data residency (EU)");
      newName.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await act(async () => button("Add criterion").click());
    const removeLast = container.querySelector<HTMLButtonElement>(
      'button[aria-label="Remove Contract flexibility and exit terms"]',
    );
    await act(async () => removeLast?.click());
    await act(async () => button("Normalise to 100%").click());

    await act(async () => button("Build scorecard").click());
    await waitFor(() => container.textContent?.includes("Scorecard built") ?? false, "build outcome");
    expect(container.textContent).toContain("Wrote 2 vendors to the Scorecard sheet.");
    expect(writes).toHaveLength(1);
    const plan = writes[0]?.plan as {
      mode: string;
      vendors: { id: string }[];
      reviews: unknown[];
      evaluation: { criteria: { weight: number }[] };
    };
    expect(plan.mode).toBe("live");
    expect(plan.vendors.map((v) => v.id)).toEqual(["vendor-1", "vendor-2"]);
    expect(plan.reviews).toHaveLength(1);
    expect(plan.evaluation.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    expect(plan.evaluation.criteria[0]?.weight).toBe(33);
    const ids = plan.evaluation.criteria.map((c) => (c as { id?: string }).id);
    expect(ids).toContain("data-residency-eu");
    expect(ids).not.toContain("contract");
  });

  test("update scorecard writes in update mode; no vendors selected disables the actions", async () => {
    const { services, writes } = fakeServices(true);
    await render(services);
    await waitFor(() => container.textContent?.includes("2 of 2 vendors selected") ?? false, "vendors");
    await act(async () => button("Update scorecard").click());
    await waitFor(() => container.textContent?.includes("Scorecard updated") ?? false, "update outcome");
    expect(writes.map((w) => w.mode)).toEqual(["update"]);
    await act(async () => button("None").click());
    expect(button("Build scorecard").disabled).toBe(true);
  });

  test("advisor-safe copy is offered as a download where Excel cannot open it", async () => {
    const { services } = fakeServices(true);
    await render(services);
    await waitFor(() => container.textContent?.includes("2 of 2 vendors selected") ?? false, "vendors");
    await act(async () => button("Make advisor-safe copy").click());
    await waitFor(
      () => container.textContent?.includes("Advisor-safe copy ready") ?? false,
      "download offer",
    );
    await act(async () => button("Download Payroll 2027 (advisor-safe).xlsx").click());
    expect(services.workbook.host.offerDownload).toHaveBeenCalledWith(
      new Uint8Array([1, 2, 3]),
      "Payroll 2027 (advisor-safe).xlsx",
    );
    expect(container.querySelector('[data-testid="outcome"]')?.textContent).toContain(
      "“Payroll 2027 (advisor-safe).xlsx” is in your browser's downloads folder.",
    );
  });

  test("not connected: says why, and a vendor pack can be dry-run then used", async () => {
    const { services } = fakeServices(false);
    await render(services);
    await waitFor(
      () => container.textContent?.includes("Import a vendor pack to build your scorecard") ?? false,
      "fallback",
    );
    expect(container.querySelector('[data-testid="fallback-reason"]')?.textContent).toBe(REASON_DESKTOP);
    expect(container.textContent).not.toContain("Build scorecard");
    // Importing is the main action, and the pane says where a pack comes from.
    expect(container.textContent).toContain("click Export .vendorpack.json");
    expect(button("Import vendor pack…").getAttribute("data-appearance")).toBe("primary");

    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error("no file input");
    const file = new File(["{}"], "library.vendorpack.json", { type: "application/json" });
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event("change", { bubbles: true })));
    await waitFor(
      () => container.textContent?.includes("3 vendors, 2 reviews, 1 evaluation") ?? false,
      "dry run",
    );
    await act(async () => button("Use this pack").click());
    await waitFor(() => container.textContent?.includes("2 of 2 vendors selected") ?? false, "pack vendors");
    expect(container.textContent).toContain("Using library.vendorpack.json");
  });

  test("whole library with a criteria template", async () => {
    const { services, writes } = fakeServices(true);
    await render(services);
    await waitFor(() => container.textContent?.includes("2 of 2 vendors selected") ?? false, "vendors");
    const select = container.querySelector("select");
    if (!select) throw new Error("no select");
    await act(async () => {
      select.value = "";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await waitFor(() => container.textContent?.includes("3 of 3 vendors selected") ?? false, "all vendors");
    expect(container.textContent).toContain("Criteria template");
    await act(async () => button("Build scorecard").click());
    await waitFor(() => writes.length === 1, "write");
    const plan = writes[0]?.plan as { evaluation: { function: string; vendorIds: string[] } };
    expect(plan.evaluation).toMatchObject({
      function: "it-support",
      vendorIds: ["vendor-1", "vendor-2", "vendor-3"],
    });
  });

  test("held for pairing: shows the code and what to do, then connects once approved", async () => {
    const { services } = fakeServices(true);
    let approve: () => void = () => {};
    services.connect = (onPairing) =>
      new Promise((resolve) => {
        onPairing?.("K7P-Q2M");
        approve = () => resolve({ kind: "connected", transport, appVersion: "0.1.0" });
      });
    await render(services);
    await waitFor(() => container.querySelector('[data-testid="pairing-code"]') !== null, "pairing code");
    expect(container.querySelector('[data-testid="pairing-code"]')?.textContent).toBe("K7P-Q2M");
    expect(container.textContent).toContain("Approve in the VendorScout side panel");
    await act(async () => approve());
    await waitFor(() => container.textContent?.includes("Reading your library live") ?? false, "connected");
    expect(container.querySelector('[data-testid="pairing-message"]')).toBeNull();
  });
});
