// @vitest-environment jsdom
import { act } from "react";
import { describe, expect, test } from "vitest";
import { newVendorClipped } from "../../tests/support/capture/clips";
import { getButton } from "../../tests/support/react/controls";
import { render as renderNode } from "../../tests/support/react/render";
import type { ClipOutcome } from "../capture/clip-tab";
import { type PopupPorts, PopupView } from "./popup-view";

async function render(ports: PopupPorts): Promise<HTMLElement> {
  return (await renderNode(<PopupView ports={ports} />)).container;
}

function ports(overrides: Partial<PopupPorts> = {}): PopupPorts & {
  opened: Array<string | undefined>;
  openedEvaluations: string[];
  added: Array<[string, string]>;
  prepared: () => number;
} {
  const opened: Array<string | undefined> = [];
  const openedEvaluations: string[] = [];
  const added: Array<[string, string]> = [];
  let preparations = 0;
  return {
    opened,
    openedEvaluations,
    added,
    listEvaluations: async () => [],
    addToEvaluation: async (evaluationId, vendorId) => {
      added.push([evaluationId, vendorId]);
    },
    openEvaluations: (_tab, vendorId) => openedEvaluations.push(vendorId),
    prepared: () => preparations,
    prepareClip: () => {
      preparations += 1;
    },
    getActiveTab: async () => ({ id: 3, windowId: 1, url: "https://brightbooks.example/" }),
    findVendorForUrl: async () => undefined,
    clip: async (): Promise<ClipOutcome> => newVendorClipped("brightbooks.example", "BrightBooks"),
    openLibrary: (_tab, vendorId) => opened.push(vendorId),
    ...overrides,
  };
}

test("a new site: says so, clips, reports and opens the clipped vendor", async () => {
  const fake = ports();
  const root = await render(fake);
  expect(root.querySelector("[data-testid=site-status]")?.textContent).toBe("Not in your library yet.");
  await act(async () => getButton(root, "Clip this page").click());
  expect(root.querySelector("[data-testid=clip-result]")?.textContent).toBe(
    "Saved to your library: BrightBooksNew vendor.",
  );
  // The line above the result agrees with it: no "Not in your library yet." over "Added …".
  expect(root.querySelector("[data-testid=site-status]")?.textContent).toBe("In your library: BrightBooks.");
  expect(getButton(root, "Add to evaluation")).toBeDefined();
  await act(async () => getButton(root, "Open in library").click());
  expect(fake.opened).toEqual(["brightbooks.example"]);
});

test("after a clip the site line names the vendor the library now holds, with its status", async () => {
  let saved = false;
  const fake = ports({
    findVendorForUrl: async () =>
      saved ? { id: "brightbooks.example", name: "BrightBooks", status: "researching" } : undefined,
    clip: async () => {
      saved = true;
      return newVendorClipped("brightbooks.example", "BrightBooks");
    },
  });
  const root = await render(fake);
  expect(root.querySelector("[data-testid=site-status]")?.textContent).toBe("Not in your library yet.");
  await act(async () => getButton(root, "Clip this page").click());
  expect(root.querySelector("[data-testid=site-status]")?.textContent).toBe(
    "In your library: BrightBooks, researching.",
  );
  expect(root.querySelector("[data-testid=clip-result]")?.textContent).toBe(
    "Saved to your library: BrightBooksNew vendor.",
  );
});

test("opening on a page it may clip asks the worker to get ready for a clip, once, before the lookup", async () => {
  let preparedAtLookup = -1;
  const fake = ports({
    findVendorForUrl: async () => {
      preparedAtLookup = fake.prepared();
      return undefined;
    },
  });
  const root = await render(fake);
  expect(root.querySelector("[data-testid=site-status]")?.textContent).toBe("Not in your library yet.");
  expect(preparedAtLookup).toBe(1);
  expect(fake.prepared()).toBe(1);
});

test("a known site names the vendor and its status", async () => {
  const root = await render(
    ports({
      findVendorForUrl: async () => ({
        id: "brightbooks.example",
        name: "BrightBooks",
        status: "shortlisted",
      }),
    }),
  );
  expect(root.querySelector("[data-testid=site-status]")?.textContent).toBe(
    "Already in your library: BrightBooks, shortlisted.",
  );
});

test("a browser page cannot be clipped and says where to go instead", async () => {
  const root = await render(
    ports({ getActiveTab: async () => ({ id: 3, windowId: 1, url: "chrome://settings/" }) }),
  );
  expect(root.querySelector("[data-testid=site-status]")?.textContent).toMatch(
    /Chrome does not let extensions/,
  );
  expect(getButton(root, "Clip this page").disabled).toBe(true);
});

test("on a page it may not clip, the popup asks the worker for nothing", async () => {
  const fake = ports({ getActiveTab: async () => ({ id: 3, windowId: 1, url: "chrome://settings/" }) });
  const root = await render(fake);
  expect(root.querySelector("[data-testid=site-status]")?.textContent).toMatch(/Chrome does not let/);
  expect(fake.prepared()).toBe(0);
});

test("a failed clip shows the sentence from the pipeline", async () => {
  const root = await render(
    ports({ clip: async () => ({ ok: false, message: "Reload the page and clip again." }) }),
  );
  await act(async () => getButton(root, "Clip this page").click());
  expect(root.querySelector("[data-testid=clip-result]")?.textContent).toBe(
    "Reload the page and clip again.",
  );
  // Nothing was saved, so the line still says so.
  expect(root.querySelector("[data-testid=site-status]")?.textContent).toBe("Not in your library yet.");
});

test("a page with no provider signs asks before saving; Don't save saves nothing, Save anyway saves", async () => {
  let clips = 0;
  const fake = ports({
    checkPage: async () => ({ looksLikeProvider: false, found: ["an article"] }),
    clip: async (): Promise<ClipOutcome> => {
      clips += 1;
      return newVendorClipped("gazette.example", "Riverside Gazette");
    },
  });
  const root = await render(fake);
  await act(async () => getButton(root, "Clip this page").click());
  expect(root.querySelector("[data-testid=save-anyway]")?.textContent).toContain(
    "This doesn't look like a provider's page. Save anyway?",
  );
  expect(clips).toBe(0);
  await act(async () => getButton(root, "Don't save").click());
  expect(root.querySelector("[data-testid=save-anyway]")).toBeNull();
  expect(clips).toBe(0);
  await act(async () => getButton(root, "Clip this page").click());
  await act(async () => getButton(root, "Save anyway").click());
  expect(clips).toBe(1);
  expect(root.querySelector("[data-testid=clip-result]")?.textContent).toContain(
    "Saved to your library: Riverside Gazette",
  );
});

test("a provider's page is saved at once, and an update says what changed", async () => {
  const fake = ports({
    checkPage: async () => ({ looksLikeProvider: true, found: ["prices", "contact links"] }),
    clip: async (): Promise<ClipOutcome> => ({
      ...newVendorClipped("brightbooks.example", "BrightBooks"),
      created: false,
      reviewsAdded: 2,
    }),
  });
  const root = await render(fake);
  await act(async () => getButton(root, "Clip this page").click());
  expect(root.querySelector("[data-testid=save-anyway]")).toBeNull();
  expect(root.querySelector("[data-testid=clip-result]")?.textContent).toBe(
    "Saved to your library: BrightBooksAlready there: 2 reviews added, details updated from this page.",
  );
});

describe("Add to evaluation, after a clip", () => {
  const bookkeeping = { id: "e1", name: "Bookkeeping 2027", vendorIds: [] };
  const payroll = { id: "e2", name: "Payroll", vendorIds: ["brightbooks.example"] };
  const it = { id: "e3", name: "IT support", vendorIds: ["northwind.example"] };

  async function clipped(fake: ReturnType<typeof ports>): Promise<HTMLElement> {
    const root = await render(fake);
    await act(async () => getButton(root, "Clip this page").click());
    return root;
  }

  test("with one evaluation the vendor is added to it in the popup, and the popup says so", async () => {
    const fake = ports({ listEvaluations: async () => [bookkeeping] });
    const root = await clipped(fake);
    await act(async () => getButton(root, "Add to evaluation").click());
    expect(fake.added).toEqual([["e1", "brightbooks.example"]]);
    expect(root.querySelector("[data-testid=evaluation-result]")?.textContent).toBe(
      "Added BrightBooks to “Bookkeeping 2027”.",
    );
    // It no longer only opens the vendor page.
    expect(fake.opened).toEqual([]);
  });

  test("with several the owner picks one; one it is in already is shown and cannot be picked", async () => {
    const fake = ports({ listEvaluations: async () => [bookkeeping, it, payroll] });
    const root = await clipped(fake);
    await act(async () => getButton(root, "Add to evaluation").click());
    expect(fake.added).toEqual([]);
    expect(getButton(root, "Payroll (already in it)").disabled).toBe(true);
    await act(async () => getButton(root, "IT support").click());
    expect(fake.added).toEqual([["e3", "brightbooks.example"]]);
    expect(root.querySelector("[data-testid=evaluation-result]")?.textContent).toBe(
      "Added BrightBooks to “IT support”.",
    );
  });

  test("with none it explains an evaluation and offers to create one in the side panel", async () => {
    const fake = ports();
    const root = await clipped(fake);
    await act(async () => getButton(root, "Add to evaluation").click());
    expect(root.querySelector("[data-testid=evaluation-choice]")?.textContent).toContain(
      "You have no evaluations yet.",
    );
    await act(async () => getButton(root, "Create an evaluation in the side panel").click());
    expect(fake.openedEvaluations).toEqual(["brightbooks.example"]);
    expect(fake.added).toEqual([]);
  });

  test("a failed add says what happened and what to do, and claims nothing", async () => {
    const fake = ports({
      listEvaluations: async () => [bookkeeping],
      addToEvaluation: async () => {
        throw new Error("the library is busy");
      },
    });
    const root = await clipped(fake);
    await act(async () => getButton(root, "Add to evaluation").click());
    expect(root.querySelector("[data-testid=evaluation-result]")?.textContent).toBe(
      "Could not add BrightBooks to “Bookkeeping 2027” (the library is busy). Try again, or add it from the side panel.",
    );
  });

  test("is not offered before a clip", async () => {
    const root = await render(ports({ listEvaluations: async () => [bookkeeping] }));
    expect([...root.querySelectorAll("button")].map((b) => b.textContent)).not.toContain("Add to evaluation");
  });
});
