/**
 * Every view of the side panel at 320 and 400 px and the popup, as an owner meets them: screenshots
 * into test-output/screens, and checks on the rendered page (issue 23): the ratings within the first
 * 600 px of the vendor page, no element wider than the panel, no raw ISO date or slug in visible text,
 * the popup's status after a clip, and a non-provider page asking before it is saved; then the popup's
 * "Add to evaluation" and the side panel's "Save anyway?" for a shortcut or context-menu clip.
 */
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ExtensionSession, startExtensionSession } from "./helpers/extension-session";
import { openPopupOver } from "./helpers/popup";
import { layoutProblems, SCREENS, shoot } from "./helpers/screens";
import { openSidePanel, showVendorList } from "./helpers/side-panel";

const WIDTHS = [320, 400] as const;
const EVALUATION = "Bookkeeping 2027";
/** The popup's size in the screenshots. */
const POPUP = { width: 360, height: 520 };

/**
 * Hand-written, in the shape issue 23 met (no real news page is stored here): a NewsArticle whose
 * canonical link points at its own domain, money in the story, no services, prices or contacts.
 */
const NEWS_PAGE = `<!doctype html><html lang="en"><head><title>Council raises business rates</title>
<link rel="canonical" href="https://riverside-gazette.example/2026/11/rates">
<meta property="og:type" content="article"><meta property="og:site_name" content="Riverside Gazette">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Council raises business rates"}</script></head>
<body><article><h1>Council raises business rates</h1><p>By Jane Porter · 4 min read</p>
<p>Small firms will pay £1,200 more a year from April, the council said.</p></article></body></html>`;

let session: ExtensionSession;
let panel: Page;

beforeAll(async () => {
  await mkdir(SCREENS, { recursive: true });
  // The session's TEST-ONLY host permission for localhost (see copyWithTestHostAccess): headless
  // Chromium cannot give the toolbar click that grants activeTab, which the popup's look at the page needs.
  session = await startExtensionSession();
  await session.context.route(`${session.pages.origin}/riverside-gazette.html`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: NEWS_PAGE }),
  );
  panel = await openSidePanel(session.extension);
});

afterAll(async () => {
  await session?.close();
});

describe("a first run", () => {
  test("the empty library teaches clip, rate and compare, with no filters, at both widths", async () => {
    for (const width of WIDTHS) {
      await panel.setViewportSize({ width, height: 800 });
      const empty = panel.getByTestId("empty-library");
      await empty.waitFor({ timeout: 10_000 });
      expect(await empty.textContent()).toMatch(/Clip.*Alt\+Shift\+V.*Rate.*Compare/);
      expect(await panel.locator("select").count()).toBe(0);
      expect(await layoutProblems(panel)).toEqual([]);
      await shoot(panel, `empty-${width}`);
    }
  });
});

describe("the popup", () => {
  test("a page with no provider signs asks before saving, and Don't save saves nothing", async () => {
    const { popup, close } = await openPopupOver(session, "riverside-gazette.html", POPUP);
    await popup.getByRole("button", { name: "Clip this page" }).click();
    const ask = popup.getByTestId("save-anyway");
    await ask.waitFor({ timeout: 10_000 });
    expect(await ask.textContent()).toContain("This doesn't look like a provider's page. Save anyway?");
    await popup.locator("main").screenshot({ path: resolve(SCREENS, "popup-save-anyway.png") });
    await popup.getByRole("button", { name: "Don't save" }).click();
    expect(await popup.getByTestId("clip-result").count()).toBe(0);
    await close();
  });

  test.each([
    ["provider-brightbooks.html", /^Saved to your library: BrightBooks/],
    ["provider-northwind-it.html", /^Saved to your library: Northwind/],
    // The same BrightBooks, from its Trustpilot page: a review site's rating and reviews join it.
    ["trustpilot.html", /^Saved to your library: BrightBooks.*Already there/],
  ])("%s is saved at once and the popup says so", async (page, status) => {
    const { popup, close } = await openPopupOver(session, page, POPUP);
    await popup.getByRole("button", { name: "Clip this page" }).click();
    const result = popup.getByTestId("clip-result");
    await result.waitFor({ timeout: 20_000 });
    expect((await result.textContent())?.trim()).toMatch(status);
    expect(await popup.getByRole("button", { name: "Add to evaluation" }).count()).toBe(1);
    expect(await layoutProblems(popup)).toEqual([]);
    await popup
      .locator("main")
      .screenshot({ path: resolve(SCREENS, `popup-${page.replace(".html", "")}.png`) });
    if (page === "provider-brightbooks.html") {
      // No evaluation yet: the popup says what one is and offers to make one in the side panel.
      await popup.getByRole("button", { name: "Add to evaluation" }).click();
      await popup.getByRole("button", { name: "Create an evaluation in the side panel" }).waitFor();
      expect(await popup.getByTestId("evaluation-choice").textContent()).toContain(
        "You have no evaluations yet.",
      );
      expect(await layoutProblems(popup)).toEqual([]);
      await popup.locator("main").screenshot({ path: resolve(SCREENS, "popup-no-evaluation.png") });
    }
    await close();
  });
});

describe("the side panel", () => {
  test("an evaluation made, vendors added with the picker and rated on their pages", async () => {
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.reload();
    await panel.getByRole("tab", { name: "Evaluations" }).click();
    await panel.getByLabel("New evaluation").fill(EVALUATION);
    await panel.getByRole("button", { name: "Create evaluation" }).click();
    const card = panel.getByTestId("evaluation").filter({ hasText: EVALUATION });
    await card.getByRole("button", { name: "Add vendors…" }).click();
    await card.getByRole("button", { name: /^Add BrightBooks/ }).click();
    await card.getByRole("button", { name: /^Add Northwind/ }).click();
    await expect.poll(() => card.getByTestId("ranking-row").count(), { timeout: 10_000 }).toBe(2);
    await card.getByRole("button", { name: "Done" }).click();

    const ratings: Record<string, number[]> = { BrightBooks: [4, 5, 4, 4], Northwind: [3, 4, 5, 5] };
    for (const [name, stars] of Object.entries(ratings)) {
      await card.getByRole("button", { name: new RegExp(`^${name}`) }).click();
      const detail = panel.getByTestId("vendor-detail");
      await detail.waitFor();
      const groups = detail.getByRole("radiogroup");
      for (const [index, rating] of stars.entries()) {
        const group = groups.nth(index);
        await group.getByRole("radio", { name: String(rating), exact: true }).click({ force: true });
        await group.getByRole("radio", { name: String(rating), exact: true, checked: true }).waitFor();
      }
      await panel.getByRole("tab", { name: "Evaluations" }).click();
    }
    // Both rated: both ranked, with a score.
    await expect
      .poll(async () => (await card.getByTestId("ranking-row").allTextContents()).map((row) => row.charAt(0)))
      .toEqual(["1", "2"]);
  });

  for (const width of WIDTHS) {
    test(`every view at ${width} px: nothing wider than the panel, no raw date or slug`, async () => {
      await panel.setViewportSize({ width, height: 800 });
      const problems: Record<string, string[]> = {};

      await showVendorList(panel);
      await panel.getByTestId("vendor-row").first().waitFor();
      await shoot(panel, `vendors-${width}`);
      problems.list = await layoutProblems(panel);

      await panel.getByTestId("vendor-row").filter({ hasText: "BrightBooks" }).click();
      const detail = panel.getByTestId("vendor-detail");
      await detail.waitFor();
      await detail
        .getByTestId("standing")
        .filter({ hasText: /score \d/ })
        .waitFor();
      // The review site's rating with its count, from the Trustpilot clip.
      expect(await detail.getByTestId("site-rating").first().textContent()).toMatch(
        /^Trustpilot★ [\d.]+ of 5[\d,]+ reviews?View on Trustpilot$/,
      );
      // The owner's ratings within the first screen: the first star row starts above 600 px.
      const firstRating = await detail.getByRole("radiogroup").first().boundingBox();
      expect(firstRating?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(600);
      await shoot(panel, `vendor-${width}`);
      problems.vendor = await layoutProblems(panel);
      // Unfolded, every section still fits the panel.
      for (const summary of await detail.locator("details > summary").all()) await summary.click();
      await shoot(panel, `vendor-unfolded-${width}`);
      problems.vendorUnfolded = await layoutProblems(panel);
      // The contacts as the owner edits them: each phone as written, its E.164 in the hint (issue 17).
      const phones = detail.getByLabel("Phones");
      await phones.scrollIntoViewIfNeeded();
      expect(await phones.inputValue()).toBe("+1 415-555-0132");
      await expect
        .poll(() => detail.textContent())
        .toContain("Separate numbers with commas. International: +14155550132.");
      await shoot(panel, `vendor-contacts-${width}`);

      await panel.getByRole("tab", { name: "Evaluations" }).click();
      const card = panel.getByTestId("evaluation").first();
      await card.getByTestId("ranking-row").first().waitFor();
      await card.screenshot({ path: resolve(SCREENS, `ranking-${width}.png`) });
      await card.locator("details > summary").first().click();
      await shoot(panel, `evaluations-${width}`);
      problems.evaluations = await layoutProblems(panel);

      await panel.getByRole("tab", { name: "Import / export" }).click();
      await shoot(panel, `files-${width}`);
      problems.files = await layoutProblems(panel);

      expect(problems).toEqual({ list: [], vendor: [], vendorUnfolded: [], evaluations: [], files: [] });
    });
  }
});

describe("after the screens: joining an evaluation from the popup, and a held clip", () => {
  test("Add to evaluation in the popup puts the clipped vendor in the owner's one evaluation", async () => {
    const { popup, close } = await openPopupOver(session, "capterra.html", POPUP);
    await popup.getByRole("button", { name: "Clip this page" }).click();
    await popup.getByTestId("clip-result").waitFor({ timeout: 20_000 });
    await popup.getByRole("button", { name: "Add to evaluation" }).click();
    const result = popup.getByTestId("evaluation-result");
    await result.waitFor({ timeout: 10_000 });
    expect(await result.textContent()).toBe(`Added LedgerLoop Inc. to “${EVALUATION}”.`);
    expect(await layoutProblems(popup)).toEqual([]);
    await popup.locator("main").screenshot({ path: resolve(SCREENS, "popup-added-to-evaluation.png") });
    await close();
    // The side panel's ranking has it, as a row with gaps until the owner rates it.
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.getByRole("tab", { name: "Evaluations" }).click();
    const card = panel.getByTestId("evaluation").filter({ hasText: EVALUATION });
    await card.getByTestId("ranking-row").filter({ hasText: "LedgerLoop" }).waitFor({ timeout: 10_000 });
  });

  /**
   * The shortcut (Alt+Shift+V) cannot be pressed here: Chromium handles extension shortcuts in its
   * window's accelerators, and a key pressed through the page (Playwright's keyboard) reaches the page
   * only (measured: no chrome.commands.onCommand, no badge). So this drives everything after the
   * gesture with the real parts: the offscreen document reads the news page and says it is not a
   * provider's, the question is held where the worker holds it, the side panel asks, and the worker
   * saves what it held when the owner says "Save anyway".
   */
  test("a held clip of a news page waits in the side panel; Save anyway saves it through the worker", async () => {
    const url = `${session.pages.origin}/riverside-gazette.html`;
    const held = await panel.evaluate(
      async ({ html, pageUrl }) => {
        await chrome.runtime.sendMessage({ type: "prepare-clip" });
        const read = await chrome.runtime.sendMessage({
          target: "vendorscout-offscreen",
          type: "extract",
          html,
          url: pageUrl,
          capturedAt: new Date().toISOString(),
        });
        if (!read?.ok) throw new Error(`extract failed: ${JSON.stringify(read)}`);
        await chrome.storage.session.set({
          "vendorscout.pendingClip": {
            id: "e2e-1",
            tabId: 1,
            pageTitle: "Council raises business rates",
            askedAt: new Date().toISOString(),
            found: read.signals.found,
            capture: read.capture,
          },
        });
        return read.signals;
      },
      { html: NEWS_PAGE, pageUrl: url },
    );
    expect(held.looksLikeProvider).toBe(false);
    const question = panel.getByTestId("pending-clip");
    await question.waitFor({ timeout: 10_000 });
    expect(await question.textContent()).toContain("This doesn't look like a provider's page. Save anyway?");
    for (const width of WIDTHS) {
      await panel.setViewportSize({ width, height: 800 });
      expect(await layoutProblems(panel)).toEqual([]);
      await shoot(panel, `pending-clip-${width}`);
    }
    await panel.getByRole("button", { name: "Save anyway" }).click();
    const result = panel.getByTestId("pending-clip-result");
    await result.waitFor({ timeout: 10_000 });
    expect(await result.textContent()).toBe("Saved to your library: Riverside Gazette");
    expect(await panel.getByTestId("pending-clip").count()).toBe(0);
  });
});
