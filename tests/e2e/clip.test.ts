import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ClipSession, startClipSession, storedVendors } from "./helpers/extension-session";
import { ROOT } from "./helpers/launch-extension";
import { openSidePanel } from "./helpers/side-panel";

const OUTPUT_DIR = resolve(ROOT, "test-output");

let session: ClipSession;

beforeAll(async () => {
  session = await startClipSession();
});

afterAll(async () => {
  await session?.close();
});

describe("getting ready for a clip", () => {
  // First in the file, so no clip has made the offscreen document yet; and the popup page this file
  // sends from sends no prepare-clip of its own, as its active tab is itself, which it may not clip.
  test("a prepare-clip message, as the popup sends on opening, makes the offscreen document before any clip", async () => {
    const offscreenDocuments = () =>
      session.sender.evaluate(
        async () =>
          (
            await chrome.runtime.getContexts({
              contextTypes: ["OFFSCREEN_DOCUMENT" as chrome.runtime.ContextType],
            })
          ).length,
      );
    expect(await offscreenDocuments()).toBe(0);
    const answer = await session.sender.evaluate(() => chrome.runtime.sendMessage({ type: "prepare-clip" }));
    expect(answer).toEqual({ ok: true });
    expect(await offscreenDocuments()).toBe(1);
  });
});

describe("clipping pages in Chromium through clipTab", () => {
  test("a provider's own site becomes a vendor", async () => {
    const outcome = await session.clip("provider-brightbooks.html");
    expect(outcome).toMatchObject({ ok: true, kind: "page", created: true, pageKind: "vendor-site" });
    expect(String(outcome.vendorName)).toMatch(/BrightBooks/i);
  });

  test("a review directory page adds its reviews to the reviewed company, not to the directory", async () => {
    const outcome = await session.clip("trustpilot.html");
    expect(outcome).toMatchObject({ ok: true, kind: "page", pageKind: "directory", created: false });
    expect(String(outcome.vendorName)).toMatch(/BrightBooks/i);
    expect(Number(outcome.reviewsAdded)).toBeGreaterThan(0);
  });

  test("with host access (the opt-in for review sites), a clipped page shows ✓ on the toolbar button", async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${session.pages.origin}/trustpilot.html`);
    const url = tab.url();
    const badge = () =>
      session.sender.evaluate(async (pageUrl) => {
        const [found] = await chrome.tabs.query({ url: pageUrl });
        return found?.id === undefined ? "no tab" : chrome.action.getBadgeText({ tabId: found.id });
      }, url);
    await expect.poll(badge, { timeout: 10_000 }).toBe("✓");
    await tab.close();
  });

  test("a second provider becomes a second vendor", async () => {
    const outcome = await session.clip("provider-northwind-it.html");
    expect(outcome).toMatchObject({ ok: true, kind: "page", created: true, pageKind: "vendor-site" });
    expect(String(outcome.vendorName)).toMatch(/Northwind/i);
  });

  test("the vendors are in IndexedDB and listed in the side panel", async () => {
    const vendors = await storedVendors(session.sender);
    expect(vendors.map((v) => v.name).sort()).toEqual([
      expect.stringMatching(/BrightBooks/i),
      expect.stringMatching(/Northwind/i),
    ]);

    const panel = await openSidePanel(session.extension, { width: 400, height: 800 });
    // After a clip the side panel opens on the vendor just clipped.
    await expect
      .poll(() => panel.getByTestId("vendor-detail").getByRole("heading", { level: 2 }).textContent(), {
        timeout: 10_000,
      })
      .toMatch(/Northwind/i);
    await panel.getByRole("button", { name: "← All vendors" }).click();
    const rows = panel.getByTestId("vendor-row");
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    for (const vendor of vendors) {
      await expect.poll(() => panel.getByText(vendor.name, { exact: true }).count()).toBeGreaterThan(0);
    }
    await mkdir(OUTPUT_DIR, { recursive: true });
    await panel.screenshot({ path: resolve(OUTPUT_DIR, "sidepanel.png") });
    await panel.close();
  });

  test("a page the extension may not read is refused with a sentence saying what to do, and nothing is saved", async () => {
    const before = (await storedVendors(session.sender)).length;
    const outcome = await session.sender.evaluate(async () => {
      const tab = await chrome.tabs.create({ url: "chrome://version/", active: false });
      try {
        return await chrome.runtime.sendMessage({ type: "clip-tab", tabId: tab.id });
      } finally {
        if (tab.id !== undefined) await chrome.tabs.remove(tab.id);
      }
    });
    // Without the owner's click Chrome reports chrome:// like any page we were not granted; both
    // sentences tell the owner what to do (unit tests cover each wording).
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Chrome does not let extensions read|Click “Clip this page” again/),
    });
    expect(await storedVendors(session.sender)).toHaveLength(before);
  });
});
