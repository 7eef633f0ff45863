import { describe, expect, test, vi } from "vitest";
import { emptyVendorCandidate } from "../../shared/schema";
import type { Capture } from "../../shared/schema/capture";
import type { PageSnapshot } from "../services/page-snapshot";
import {
  ASKING_MESSAGE,
  type ClipDeps,
  type ClipLibrary,
  type ClipOutcome,
  clipSelection,
  clipTab,
  NOT_A_PROVIDER_SELECTION_MESSAGE,
  saveHeldClip,
} from "./clip-tab";
import type { ExtractRequest, ExtractResponse } from "./extract-messages";
import type { PendingClip } from "./pending-clip";

const NOW = new Date("2026-11-22T08:00:00.000Z");

function capture(overrides: Partial<Capture> = {}): Capture {
  return {
    url: "https://brightbooks.example/",
    capturedAt: NOW.toISOString(),
    pageKind: "vendor-site",
    vendor: {
      ...emptyVendorCandidate(),
      name: "BrightBooks",
      domain: "brightbooks.example",
    },
    reviews: [],
    warnings: [],
    ...overrides,
  };
}

function snapshot(overrides: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    url: "https://brightbooks.example/",
    title: "BrightBooks",
    html: "<html></html>",
    selectionText: "",
    truncated: false,
    ...overrides,
  };
}

function fakeDeps(overrides: Partial<ClipDeps> = {}, library: Partial<ClipLibrary> = {}) {
  const announced: ClipOutcome[] = [];
  const requests: ExtractRequest[] = [];
  const calls: string[] = [];
  const deps: ClipDeps = {
    readPage: async () => snapshot(),
    extract: async (request): Promise<ExtractResponse> => {
      requests.push(request);
      return {
        ok: true,
        capture: capture(),
        ...(request.selectionAsReview
          ? {
              review: {
                source: "website",
                body: request.selectionText ?? "",
                scale: 5,
                quote: { exact: request.selectionText ?? "", prefix: "", suffix: "" },
              },
            }
          : {}),
      };
    },
    library: {
      saveCapture: async (c) => {
        calls.push(`saveCapture ${c.vendor.name}`);
        return { vendorId: "brightbooks.example", vendorName: "BrightBooks", created: true, reviewsAdded: 2 };
      },
      findVendorForUrl: async () => undefined,
      vendorById: async (id) => (id === "acme.com" ? { id, name: "Acme Payroll" } : undefined),
      saveSelectionAsReview: async (vendorId, review) => {
        calls.push(`review ${vendorId} ${review.body}`);
      },
      saveSelectionAsNote: async (vendorId, text, url) => {
        calls.push(`note ${vendorId} ${text} ${url}`);
      },
      ...library,
    },
    now: () => NOW,
    announce: async (_tabId, outcome) => {
      announced.push(outcome);
    },
    ...overrides,
  };
  return { deps, announced, requests, calls };
}

describe("clipTab", () => {
  test("reads the tab, extracts, saves and announces the vendor", async () => {
    const { deps, announced, requests, calls } = fakeDeps();
    const outcome = await clipTab(7, deps);
    expect(outcome).toEqual({
      ok: true,
      kind: "page",
      vendorId: "brightbooks.example",
      vendorName: "BrightBooks",
      created: true,
      reviewsAdded: 2,
      pageKind: "vendor-site",
      warnings: [],
    });
    expect(requests[0]).toMatchObject({ url: "https://brightbooks.example/", capturedAt: NOW.toISOString() });
    expect(calls).toEqual(["saveCapture BrightBooks"]);
    expect(announced).toEqual([outcome]);
  });

  test("a page cut at 5 MB says so first among the warnings", async () => {
    const { deps } = fakeDeps({
      readPage: async () => snapshot({ truncated: true }),
      extract: async () => ({ ok: true, capture: capture({ warnings: ["No price found."] }) }),
    });
    const outcome = await clipTab(7, deps);
    expect(outcome.ok && outcome.warnings).toEqual([
      expect.stringContaining("larger than 5 MB"),
      "No price found.",
    ]);
  });

  test("a page Chrome will not let us script becomes a sentence, and nothing is saved", async () => {
    const saveCapture = vi.fn();
    const { deps, announced } = fakeDeps(
      { readPage: async () => Promise.reject(new Error("Cannot access a chrome:// URL")) },
      { saveCapture },
    );
    const outcome = await clipTab(7, deps);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/Chrome does not let extensions read this page/);
    expect(saveCapture).not.toHaveBeenCalled();
    expect(announced).toEqual([outcome]);
  });

  test("an extraction failure is reported as the offscreen document worded it", async () => {
    const { deps } = fakeDeps({
      extract: async () => ({ ok: false, message: "Reload the page and clip again." }),
    });
    expect(await clipTab(7, deps)).toEqual({ ok: false, message: "Reload the page and clip again." });
  });

  test("a failing badge does not turn a saved clip into an error", async () => {
    const { deps } = fakeDeps({ announce: async () => Promise.reject(new Error("tab gone")) });
    expect((await clipTab(7, deps)).ok).toBe(true);
  });
});

describe("clipSelection", () => {
  test("nothing selected: says to select first", async () => {
    const { deps, calls } = fakeDeps();
    const outcome = await clipSelection(7, "note", deps);
    expect(!outcome.ok && outcome.message).toMatch(/Nothing is selected/);
    expect(calls).toEqual([]);
  });

  test("a note goes to the vendor the library already knows for the page", async () => {
    const { deps, calls } = fakeDeps(
      { readPage: async () => snapshot({ selectionText: "  Call back Tuesday  " }) },
      { findVendorForUrl: async () => ({ id: "brightbooks.example", name: "BrightBooks" }) },
    );
    const outcome = await clipSelection(7, "note", deps);
    expect(outcome).toMatchObject({ ok: true, kind: "note", created: false, vendorName: "BrightBooks" });
    expect(calls).toEqual(["note brightbooks.example Call back Tuesday https://brightbooks.example/"]);
  });

  test("a review of a vendor not yet in the library clips the page first", async () => {
    const { deps, calls, requests } = fakeDeps();
    const outcome = await clipSelection(7, "review", deps, "Fast and friendly");
    expect(outcome).toMatchObject({ ok: true, kind: "review", created: true });
    expect(requests[0]).toMatchObject({ selectionText: "Fast and friendly", selectionAsReview: true });
    expect(calls).toEqual(["saveCapture BrightBooks", "review brightbooks.example Fast and friendly"]);
  });

  test("a review of a vendor picked in the submenu goes to that vendor, whatever the page is", async () => {
    const { deps, calls } = fakeDeps(
      {},
      { findVendorForUrl: async () => ({ id: "brightbooks.example", name: "BrightBooks" }) },
    );
    const outcome = await clipSelection(7, "review", deps, "Quoted us in a day", "acme.com");
    expect(outcome).toMatchObject({
      ok: true,
      kind: "review",
      vendorId: "acme.com",
      vendorName: "Acme Payroll",
    });
    expect(calls).toEqual(["review acme.com Quoted us in a day"]);
  });

  test("a selection on a page that is no provider's, with no vendor known or picked, saves nothing and says where it can go", async () => {
    const { deps, calls } = fakeDeps({
      readPage: async () => snapshot({ url: "https://riverside-gazette.example/2026/rates" }),
      extract: async () => ({
        ok: true,
        capture: capture(),
        signals: { looksLikeProvider: false, found: ["an article"] },
      }),
    });
    const outcome = await clipSelection(7, "review", deps, "Quoted us in a day");
    expect(outcome).toEqual({ ok: false, message: NOT_A_PROVIDER_SELECTION_MESSAGE });
    expect(calls).toEqual([]);
  });

  test("the same selection goes to a vendor picked in the submenu: the owner said whose it is", async () => {
    const { deps, calls } = fakeDeps({
      extract: async () => ({
        ok: true,
        capture: capture(),
        signals: { looksLikeProvider: false, found: ["an article"] },
      }),
    });
    const outcome = await clipSelection(7, "note", deps, "Quoted us in a day", "acme.com");
    expect(outcome).toMatchObject({ ok: true, kind: "note", vendorId: "acme.com" });
    expect(calls).toEqual(["note acme.com Quoted us in a day https://brightbooks.example/"]);
  });

  test("a picked vendor deleted since says so and saves nothing", async () => {
    const { deps, calls, announced } = fakeDeps();
    const outcome = await clipSelection(7, "review", deps, "Quoted us in a day", "gone.com");
    expect(!outcome.ok && outcome.message).toMatch(/no longer in your library/);
    expect(calls).toEqual([]);
    expect(announced).toEqual([outcome]);
  });
});

describe("a shortcut or context-menu clip asks first on a page that is not a provider's", () => {
  const article = { looksLikeProvider: false, found: ["an article"] };
  const gazette = capture({
    url: "https://riverside-gazette.example/2026/rates",
    vendor: { ...capture().vendor, name: "Riverside Gazette", domain: "riverside-gazette.example" },
  });

  function held() {
    const questions: PendingClip[] = [];
    return { questions, options: { holdUnlessProvider: async (p: PendingClip) => void questions.push(p) } };
  }

  test("nothing is saved: the capture is held as a question and the badge hears the question", async () => {
    const { deps, announced, calls } = fakeDeps({
      readPage: async () => snapshot({ url: gazette.url, title: "Council raises business rates" }),
      extract: async () => ({ ok: true, capture: gazette, signals: article }),
    });
    const { questions, options } = held();
    const outcome = await clipTab(7, deps, options);
    expect(outcome).toEqual({ ok: false, asking: true, message: ASKING_MESSAGE });
    expect(calls).toEqual([]);
    expect(announced).toEqual([outcome]);
    expect(questions).toEqual([
      {
        id: `7-${NOW.getTime()}`,
        tabId: 7,
        pageTitle: "Council raises business rates",
        askedAt: NOW.toISOString(),
        found: ["an article"],
        capture: gazette,
      },
    ]);
  });

  test("Save anyway saves what was held, and announces it as any clip", async () => {
    const { deps, announced, calls } = fakeDeps();
    const pending: PendingClip = {
      id: "7-1",
      tabId: 7,
      pageTitle: "Council raises business rates",
      askedAt: NOW.toISOString(),
      found: ["an article"],
      capture: gazette,
    };
    const outcome = await saveHeldClip(pending, deps);
    expect(calls).toEqual(["saveCapture Riverside Gazette"]);
    expect(outcome).toMatchObject({ ok: true, kind: "page", vendorId: "brightbooks.example" });
    expect(announced).toEqual([outcome]);
  });

  test.each([
    ["a provider's page", { looksLikeProvider: true, found: ["prices"] }, undefined],
    ["a page whose vendor is in the library already", article, { id: "gazette.example", name: "Gazette" }],
  ])("%s is saved at once", async (_, signals, known) => {
    const { deps, calls } = fakeDeps(
      { extract: async () => ({ ok: true, capture: capture(), signals }) },
      { findVendorForUrl: async () => known },
    );
    const { questions, options } = held();
    const outcome = await clipTab(7, deps, options);
    expect(outcome.ok).toBe(true);
    expect(calls).toEqual(["saveCapture BrightBooks"]);
    expect(questions).toEqual([]);
  });

  test("the popup's clip (no hold given) saves, as the popup asked before it clipped", async () => {
    const { deps, calls } = fakeDeps({
      extract: async () => ({ ok: true, capture: gazette, signals: article }),
    });
    expect((await clipTab(7, deps)).ok).toBe(true);
    expect(calls).toEqual(["saveCapture Riverside Gazette"]);
  });
});
