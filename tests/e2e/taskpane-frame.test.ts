/**
 * The task pane as Excel on the web hosts it (issue 18): in a sandboxed frame inside an outer page of
 * another site, talking to the real extension over the live bridge.
 *
 * office.js: in the frame the Office host stand-in (helpers/office-host-double.browser.js) answers for
 * what Excel on the web provides. Microsoft's real office.js cannot stand in for it there: outside an
 * Office host, in any frame, it sends the frame to about:blank ("The add-in is not hosted in plain
 * browser top window", office.debug.js in @microsoft/office-js 1.1.110); the last tests show that, and
 * what it does where the frame may not use storage. taskpane.test.ts runs the real office.js at top level.
 *
 * Addresses: the pane keeps its origin https://localhost:3000 (the one the development extension's
 * externally_connectable and bridge allow) and the outer page is https://excel-web.test, but Chromium
 * connects both to loopback servers on this file's own ports (--host-resolver-rules, see
 * helpers/excel-web-frame.ts). So this file shares no port with bridge.test.ts, and both pages sit in
 * one address space, as both are public in Excel on the web.
 */
import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REASON_SANDBOXED } from "../../excel-addin/taskpane/services/bridge-client";
import type { VendorPack } from "../../shared/schema/vendor-pack";
import { makeReview, makeVendor } from "../support/bridge/records";
import {
  addressRules,
  EXCEL_WEB_SANDBOX,
  launchExtensionWithArgs,
  OUTER_HOST,
  outerPage,
  SANDBOX_WITHOUT_SAME_ORIGIN,
} from "./helpers/excel-web-frame";
import type { StaticServer } from "./helpers/https-static";
import { CHROME_BUILD, type LaunchedExtension } from "./helpers/launch-extension";
import { routeOfficeHostDouble } from "./helpers/office-host-double";
import { routeRealOfficeJs } from "./helpers/office-js-real";
import { packWithEvaluation } from "./helpers/packs";
import { answerPairing } from "./helpers/pairing";
import { seedLibrary } from "./helpers/seed-library";
import { openSidePanel } from "./helpers/side-panel";
import { choosePackFile, serveTaskPane } from "./helpers/task-pane";

/** The origin the pane is built for and the extension allows; served from PANE_PORT. */
const PANE_ORIGIN = "https://localhost:3000";
// Not 3000-3004 nor the keyboard test's ports: the servers this file owns.
const PANE_PORT = 3010;
const OUTER_PORT = 3011;
const OUTER_ORIGIN = `https://${OUTER_HOST}`;
const PANE_URL = `${PANE_ORIGIN}/taskpane.html`;

function libraryPack(): VendorPack {
  const vendors = [1, 2, 3, 4].map((i) => makeVendor(i, { name: `Frame vendor ${i}` }));
  return packWithEvaluation(
    vendors,
    vendors.flatMap((vendor) => [makeReview(vendor.id, 1), makeReview(vendor.id, 2)]),
    { id: "eval-frame", name: "Frame shortlist" },
    3,
  );
}

let extension: LaunchedExtension;
let sidePanel: Page;
let pane: StaticServer;
let outer: StaticServer;

beforeAll(async () => {
  pane = await serveTaskPane(PANE_PORT);
  outer = await serveTaskPane(OUTER_PORT, {
    "/excel.html": outerPage(PANE_URL, EXCEL_WEB_SANDBOX),
    "/no-same-origin.html": outerPage(PANE_URL, SANDBOX_WITHOUT_SAME_ORIGIN),
  });
  extension = await launchExtensionWithArgs(CHROME_BUILD, [
    addressRules({
      "localhost:3000": `127.0.0.1:${PANE_PORT}`,
      [OUTER_HOST]: `127.0.0.1:${OUTER_PORT}`,
    }),
  ]);
  // Excel on the web without ExcelApi 1.8, so the advisor-safe copy is offered as a download: the
  // sandbox's allow-downloads is what lets the frame save it.
  await routeOfficeHostDouble(extension.context, { platform: "OfficeOnline", excelApi: "1.7" });
  sidePanel = await openSidePanel(extension);
  expect(await seedLibrary(extension, libraryPack())).toEqual({ vendors: 4, reviews: 8, evaluations: 1 });
});

afterAll(async () => {
  await extension?.close();
  await Promise.all([pane?.close(), outer?.close()]);
});

async function openInFrame(outerPath: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await extension.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${OUTER_ORIGIN}${outerPath}`);
  const handle = await page.locator("#taskpane").elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`The outer page ${outerPath} has no task pane frame.`);
  return { page, frame, errors };
}

describe("task pane in Excel on the web's sandboxed frame, with the real extension", () => {
  test("the outer page is another site and the pane keeps its own origin in the frame", async () => {
    const { page, frame } = await openInFrame("/excel.html");
    expect(new URL(page.url()).origin).toBe(OUTER_ORIGIN);
    await frame.waitForLoadState("domcontentloaded");
    expect(await frame.evaluate(() => window.origin)).toBe(PANE_ORIGIN);
    expect(await frame.evaluate(() => window.top !== window)).toBe(true);
    await page.close();
  });

  test("with allow-same-origin: finds the extension, pairs, pulls the evaluation and downloads the advisor copy", async () => {
    const { page, frame, errors } = await openInFrame("/excel.html");
    // The code the pane shows in its frame (helpers/pairing.ts reads it the same way from a top page).
    const codeCell = frame.getByTestId("pairing-message").getByTestId("pairing-code");
    await codeCell.waitFor({ timeout: 10_000 });
    const code = (await codeCell.textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    // The extension sees the frame's own origin, not the outer page's.
    await answerPairing(sidePanel, PANE_ORIGIN, code, "Allow");
    await frame
      .getByText("Reading your library live from the VendorScout extension")
      .waitFor({ timeout: 10_000 });
    await frame.getByText("3 of 3 vendors selected").waitFor({ timeout: 10_000 });

    // The live scorecard goes into the (stand-in) workbook; this localhost build is the development
    // copy's, so its formulas call the functions by manifest.dev.xml's namespace.
    await frame.getByRole("button", { name: "Build scorecard" }).click();
    await frame.getByText("Scorecard built").waitFor({ timeout: 20_000 });
    const formulas = await frame.evaluate(() =>
      (
        window as unknown as { __vendorScoutExcel: { formulaCells(name: string): string[] } }
      ).__vendorScoutExcel.formulaCells("Scorecard"),
    );
    expect(formulas.some((f) => f.includes("VSDEV.VENDORSCORE("))).toBe(true);
    expect(formulas.filter((f) => /(^|[^.A-Z])VENDORSCORE\(/.test(f))).toEqual([]);

    await frame.getByRole("button", { name: "Make advisor-safe copy" }).click();
    const download = page.waitForEvent("download");
    await frame.getByRole("button", { name: "Download Frame shortlist (advisor-safe).xlsx" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("Frame shortlist (advisor-safe).xlsx");
    expect(
      readFileSync(await file.path())
        .subarray(0, 2)
        .toString("latin1"),
    ).toBe("PK");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("without allow-same-origin: says why it cannot connect and offers the vendor pack, which works", async () => {
    const { page, frame } = await openInFrame("/no-same-origin.html");
    const reason = frame.getByTestId("fallback-reason");
    await reason.waitFor({ timeout: 10_000 });
    expect(await reason.textContent()).toBe(REASON_SANDBOXED);
    expect(await frame.evaluate(() => window.origin)).toBe("null");

    const pack = libraryPack();
    await choosePackFile(frame, pack, "frame.vendorpack.json");
    await frame.getByText("4 vendors, 8 reviews, 1 evaluation").waitFor();
    await frame.getByRole("button", { name: "Use this pack" }).click();
    await frame.getByText("3 of 3 vendors selected").waitFor();
    await page.close();
  });

  test("why the outer page is served on loopback: fulfilled by a route it has no address, and Local Network Access blocks its frame", async () => {
    // A page.route answer has no IP address, so Chromium gives the outer page the address space
    // "Unknown", less private than loopback; its frame navigation to the pane on 127.0.0.1 is then a
    // local network request needing a permission no one can grant here (CDP: corsError
    // LocalNetworkAccessPermissionDenied, initiatorIPAddressSpace Unknown). Excel on the web is public
    // and the add-in host is public: no such step, which the loopback outer page above reproduces.
    const page = await extension.context.newPage();
    const failed = new Promise<string | undefined>((done) =>
      page.on("requestfailed", (request) => {
        if (request.url() === PANE_URL) done(request.failure()?.errorText);
      }),
    );
    await page.route("https://routed-excel.test/excel.html", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: outerPage(PANE_URL, EXCEL_WEB_SANDBOX) }),
    );
    await page.goto("https://routed-excel.test/excel.html");
    expect(await failed).toBe("net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS");
    await page.close();
  });

  test("Microsoft's real office.js outside an Office host sends the frame to about:blank (why the frame uses the stand-in)", async () => {
    const page = await extension.context.newPage();
    // A page route comes before the context's stand-in route.
    const officeJs = await routeRealOfficeJs(page);
    const said: string[] = [];
    page.on("console", (message) => said.push(message.text()));
    await page.goto(`${OUTER_ORIGIN}/excel.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => frame?.url(), { timeout: 10_000 }).toBe("about:blank");
    expect(said).toContain("The add-in is not hosted in plain browser top window.");
    expect(officeJs.requests.filter((r) => !r.served)).toEqual([]);
    await page.close();
  });
});

describe("in a browser that blocks third-party storage (this Chromium's default profile)", () => {
  let blocking: LaunchedExtension;
  beforeAll(async () => {
    blocking = await launchExtensionWithArgs(
      CHROME_BUILD,
      [addressRules({ "localhost:3000": `127.0.0.1:${PANE_PORT}`, [OUTER_HOST]: `127.0.0.1:${OUTER_PORT}` })],
      "block",
    );
    await routeRealOfficeJs(blocking.context);
  });
  afterAll(async () => {
    await blocking?.close();
  });

  test("office.js cannot start in the frame, yet the pane renders and asks the extension for pairing", async () => {
    const page = await blocking.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${OUTER_ORIGIN}/excel.html`);
    const frame = page.frameLocator("#taskpane");
    await frame.getByTestId("pairing-message").getByTestId("pairing-code").waitFor({ timeout: 10_000 });
    // office.js's own failure, the reason the pane does not wait for Office.onReady here.
    expect(errors).toEqual([expect.stringMatching(/sessionStorage.*Access is denied/)]);
    await page.close();
  });
});
