import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EXTENSION_ID } from "../../shared/bridge/extension-id";
import { BRIDGE_PROTOCOL_VERSION } from "../../shared/bridge/protocol";
import type { VendorPack } from "../../shared/schema/vendor-pack";
import { makeReview, makeVendor } from "../support/bridge/records";
import { launchExtensionWithHttps } from "./helpers/https-extension";
import { type StaticServer, serveHttpPages } from "./helpers/https-static";
import { CHROME_BUILD, type LaunchedExtension } from "./helpers/launch-extension";
import { readDoubleWorkbook, routeOfficeHostDouble } from "./helpers/office-host-double";
import { packWithEvaluation } from "./helpers/packs";
import { answerPairing, revokePairing, taskPanePairingCode } from "./helpers/pairing";
import { seedLibrary } from "./helpers/seed-library";
import { openSidePanel } from "./helpers/side-panel";
import { serveTaskPane } from "./helpers/task-pane";

const VENDOR_COUNT = 620; // more than one 500-vendor page
const REVIEWS_PER_VENDOR = 2; // 1,240 reviews: more than one 1,000-review page

function libraryPack(): VendorPack {
  const vendors = Array.from({ length: VENDOR_COUNT }, (_, i) =>
    makeVendor(i + 1, { name: i === 0 ? '=HYPERLINK("https://evil.example","click")' : `Vendor ${i + 1}` }),
  );
  const reviews = vendors.flatMap((vendor) =>
    Array.from({ length: REVIEWS_PER_VENDOR }, (_, i) => makeReview(vendor.id, i)),
  );
  return packWithEvaluation(vendors, reviews, { id: "eval-shortlist", name: "IT support shortlist" }, 3);
}

let extension: LaunchedExtension;
let sidePanel: Page;
let addin: StaticServer;
let otherHttps: StaticServer;
let otherHttp: StaticServer;

const PROBE_PAGE = "<!doctype html><title>not the add-in</title><p>probe</p>";

beforeAll(async () => {
  addin = await serveTaskPane(3000, { "/probe.html": PROBE_PAGE });
  otherHttps = await serveTaskPane(3001, { "/probe.html": PROBE_PAGE });
  otherHttp = await serveHttpPages(8765, { "/probe.html": PROBE_PAGE });
  extension = await launchExtensionWithHttps(CHROME_BUILD);
  sidePanel = await openSidePanel(extension);
  const counts = await seedLibrary(extension, libraryPack());
  expect(counts).toEqual({
    vendors: VENDOR_COUNT,
    reviews: VENDOR_COUNT * REVIEWS_PER_VENDOR,
    evaluations: 1,
  });
});

afterAll(async () => {
  await extension?.close();
  await Promise.all([addin?.close(), otherHttps?.close(), otherHttp?.close()]);
});

async function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    ([id, body]) =>
      new Promise((resolve) => {
        chrome.runtime.sendMessage(id, body, (response: unknown) => {
          resolve(chrome.runtime.lastError ? { lastError: chrome.runtime.lastError.message } : response);
        });
      }),
    [EXTENSION_ID, message] as const,
  );
}

const READ_REQUESTS = [
  { type: "hello", protocolVersion: BRIDGE_PROTOCOL_VERSION },
  { type: "listEvaluations" },
  { type: "pageVendors", evaluationId: null, cursor: null, pageSize: 500 },
  { type: "pageReviews", vendorIds: ["vendor-1"], cursor: null, pageSize: 10 },
];

/** Every read request from `page` is held for pairing: the answer is the code and a sentence, nothing else. */
async function expectNothingRevealed(page: Page): Promise<string> {
  const codes = new Set<string>();
  for (const request of READ_REQUESTS) {
    const response = (await sendFromPage(page, request)) as Record<string, unknown>;
    expect(response).toEqual({
      ok: false,
      pairing: "pending",
      code: expect.stringMatching(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/),
      error: expect.stringMatching(/Approve in the VendorScout side panel/),
    });
    codes.add(String(response.code));
  }
  expect(codes.size).toBe(1);
  return [...codes][0] ?? "";
}

describe("live bridge: task pane <-> extension in real Chromium", () => {
  test("the extension id is the one the task pane build knows", () => {
    expect(extension.extensionId).toBe(EXTENSION_ID);
  });

  test("a development build says so in its name", async () => {
    expect(await extension.serviceWorker.evaluate(() => chrome.runtime.getManifest().name)).toMatch(
      /development/,
    );
  });

  test("before the owner approves the add-in origin, the bridge reveals nothing, not even counts", async () => {
    const page = await extension.context.newPage();
    await page.goto(`${addin.origin}/probe.html`);
    const code = await expectNothingRevealed(page);
    // The side panel shows the request with the same code, waiting for an answer.
    const request = sidePanel.getByTestId("pairing-request");
    await request.getByTestId("pairing-code").getByText(code, { exact: true }).waitFor({ timeout: 5000 });
    expect(await request.getByTestId("pairing-origin").textContent()).toBe(addin.origin);
    await page.close();
  });

  test("the task pane shows the code, the owner allows it in the side panel, and the pane pulls the library and writes the scorecard", async () => {
    const page = await extension.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await routeOfficeHostDouble(page, { platform: "OfficeOnline", excelApi: "1.12" });
    await page.goto(`${addin.origin}/taskpane.html`);
    const code = await taskPanePairingCode(page);
    expect(await page.getByTestId("pairing-message").textContent()).toContain(
      "Approve in the VendorScout side panel",
    );
    const approved = Date.now();
    await answerPairing(sidePanel, addin.origin, code, "Allow");
    await page
      .getByText("Reading your library live from the VendorScout extension")
      .waitFor({ timeout: 5000 });
    const connectedMs = Date.now() - approved;

    // The first evaluation is the 3-vendor shortlist.
    await page.getByText("3 of 3 vendors selected").waitFor({ timeout: 10_000 });
    await page.getByRole("button", { name: "Build scorecard" }).click();
    await page.getByText("Scorecard built").waitFor({ timeout: 20_000 });

    const workbook = await readDoubleWorkbook(page);
    const vendorsSheet = workbook.sheets.Vendors ?? [];
    const flat = vendorsSheet.flat().map(String);
    expect(flat).toEqual(expect.arrayContaining(["vendor-1", "vendor-2", "vendor-3"]));
    expect(flat).not.toContain("vendor-4");
    // Formula-looking page text is written as text, not as a formula.
    expect(flat).toContain('=HYPERLINK("https://evil.example","click")');
    expect(workbook.sheetNames).toEqual(
      expect.arrayContaining(["Vendors", "Reviews", "Criteria", "Scorecard"]),
    );
    const reviewIds = (workbook.sheets.Reviews ?? []).flat().map(String);
    expect(reviewIds.filter((cell) => /^review-vendor-[123]-\d$/.test(cell))).toHaveLength(
      3 * REVIEWS_PER_VENDOR,
    );

    // The whole library: 620 vendors over two vendor pages and two review pages.
    const pullStarted = Date.now();
    await page.getByRole("combobox").first().selectOption("");
    await page.getByText(`${VENDOR_COUNT} of ${VENDOR_COUNT} vendors selected`).waitFor({ timeout: 20_000 });
    const pullMs = Date.now() - pullStarted;
    console.log(
      `bridge: connected ${connectedMs} ms after Allow; whole library (${VENDOR_COUNT} vendors, ${VENDOR_COUNT * REVIEWS_PER_VENDOR} reviews) pulled in ${pullMs} ms`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test("over the real bridge, a write is refused and the library is unchanged", async () => {
    const page = await extension.context.newPage();
    await page.goto(`${addin.origin}/probe.html`);
    const helloStarted = Date.now();
    const hello = await sendFromPage(page, { type: "hello", protocolVersion: BRIDGE_PROTOCOL_VERSION });
    const helloMs = Date.now() - helloStarted;
    expect(hello).toMatchObject({ ok: true, protocolVersion: BRIDGE_PROTOCOL_VERSION });
    console.log(`bridge: hello round trip ${helloMs} ms (the pane gives up after 1000 ms)`);
    expect(helloMs).toBeLessThan(1000);
    expect(await sendFromPage(page, { type: "deleteVendor", id: "vendor-1" })).toEqual({
      ok: false,
      error: expect.stringMatching(/can only read/),
    });
    expect(
      await sendFromPage(page, { type: "pageVendors", evaluationId: null, cursor: null, pageSize: 5000 }),
    ).toEqual({
      ok: false,
      error: expect.stringMatching(/cannot accept/),
    });
    const page1 = (await sendFromPage(page, {
      type: "pageVendors",
      evaluationId: "eval-shortlist",
      cursor: null,
      pageSize: 500,
    })) as { ok: boolean; vendors: Array<{ id: string }> };
    expect(page1.vendors.map((vendor) => vendor.id)).toEqual(["vendor-1", "vendor-2", "vendor-3"]);
    await page.close();
  });

  test("the approval is remembered; once the owner revokes it, the origin gets nothing again", async () => {
    const page = await extension.context.newPage();
    await page.goto(`${addin.origin}/probe.html`);
    const before = (await sendFromPage(page, { type: "listEvaluations" })) as { evaluations?: unknown[] };
    expect(before.evaluations).toHaveLength(1);
    await revokePairing(sidePanel, addin.origin);
    await expectNothingRevealed(page);
    await page.close();
  });

  test.each([
    ["https://localhost:3001", () => otherHttps.origin],
    ["http://localhost:8765", () => otherHttp.origin],
  ])("a page on %s cannot reach the bridge", async (_name, origin) => {
    const page = await extension.context.newPage();
    await page.goto(`${origin()}/probe.html`);
    // Chrome exposes chrome.runtime.sendMessage to a page only if an extension's externally_connectable
    // matches its origin; VendorScout matches https://localhost:3000 only.
    expect(await page.evaluate(() => typeof globalThis.chrome?.runtime?.sendMessage)).toBe("undefined");
    await page.close();
  });

  test("the same task pane served from another origin falls back to the vendor pack", async () => {
    const page = await extension.context.newPage();
    await routeOfficeHostDouble(page, { platform: "OfficeOnline" });
    await page.goto(`${otherHttps.origin}/taskpane.html`);
    await page.getByTestId("fallback-reason").waitFor({ timeout: 5000 });
    expect(await page.getByTestId("fallback-reason").textContent()).toMatch(/not installed in this browser/);
    expect(await page.getByRole("button", { name: "Import vendor pack…" }).isEnabled()).toBe(true);
    await page.close();
  });
});
