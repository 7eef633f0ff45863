import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildVendorPack } from "../../shared/schema/vendor-pack";
import { makeEvaluation, makeReview, makeVendor } from "../support/bridge/records";
import { axeBlockingViolations } from "./helpers/axe";
import { type ExtensionSession, startExtensionSession } from "./helpers/extension-session";
import type { StaticServer } from "./helpers/https-static";
import type { LaunchedExtension } from "./helpers/launch-extension";
import { routeOfficeHostDouble } from "./helpers/office-host-double";
import type { PageServer } from "./helpers/serve-static";
import { showVendorList } from "./helpers/side-panel";

/**
 * axe-core on every screen of the journey, in the built extension and add-in: a serious or critical
 * violation fails the test with axe's rule, advice and the element.
 */

// Not 3000-3002: the bridge and task pane tests own those.
const ADDIN_PORT = 3004;
const EVALUATION = "Accessible evaluation";

let session: ExtensionSession;
let extension: LaunchedExtension;
let pages: PageServer;
let addin: StaticServer;
let panel: Page;

beforeAll(async () => {
  session = await startExtensionSession({ addinPort: ADDIN_PORT });
  ({ extension, pages } = session);
  addin = session.addin as StaticServer;
});

afterAll(async () => {
  await session?.close();
});

const extensionUrl = (path: string) => session.extensionUrl(path);

describe("axe-core finds no serious or critical violation", () => {
  test("in the popup, before and after a clip", async () => {
    const tab = await extension.context.newPage();
    await tab.goto(`${pages.origin}/provider-brightbooks.html`);
    const popup = await extension.context.newPage();
    await tab.bringToFront();
    await popup.goto(extensionUrl("popup.html"));
    await popup.getByText("Not in your library yet.").waitFor({ timeout: 10_000 });
    // Soft: the clip still runs, so the tests after this one have a vendor to show.
    expect.soft(await axeBlockingViolations(popup)).toEqual([]);

    await popup.getByRole("button", { name: "Clip this page" }).click();
    await popup.getByTestId("clip-result").waitFor({ timeout: 20_000 });
    await popup.getByText("In your library: BrightBooks").waitFor();
    expect(await axeBlockingViolations(popup)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  test("in the side panel's vendor list", async () => {
    panel = await extension.context.newPage();
    await panel.setViewportSize({ width: 400, height: 820 });
    await panel.goto(extensionUrl("sidepanel.html"));
    await showVendorList(panel);
    expect(await axeBlockingViolations(panel)).toEqual([]);
  });

  test("on a vendor's page", async () => {
    await panel.getByTestId("vendor-row").first().click();
    await panel.getByRole("heading", { level: 2, name: "BrightBooks" }).waitFor();
    expect(await axeBlockingViolations(panel)).toEqual([]);
  });

  test("in the evaluations, with one made from a template", async () => {
    await panel.getByRole("tab", { name: "Evaluations" }).click();
    await panel.getByLabel("New evaluation").fill(EVALUATION);
    await panel.getByRole("button", { name: "Create evaluation" }).click();
    await panel.getByTestId("evaluation").filter({ hasText: EVALUATION }).waitFor();
    expect(await axeBlockingViolations(panel)).toEqual([]);
  });

  test("in import / export", async () => {
    await panel.getByRole("tab", { name: "Import / export" }).click();
    await panel.getByLabel("Vendor pack file").waitFor({ state: "attached" });
    expect(await axeBlockingViolations(panel)).toEqual([]);
  });

  test("in the task pane, before and after a vendor pack is read", async () => {
    const pane = await extension.context.newPage();
    await pane.setViewportSize({ width: 360, height: 900 });
    await routeOfficeHostDouble(pane, { platform: "OfficeOnline", excelApi: "1.12" });
    await pane.goto(`${addin.origin}/taskpane.html`);
    await pane.getByTestId("fallback-reason").waitFor({ timeout: 10_000 });
    expect(await axeBlockingViolations(pane)).toEqual([]);

    const vendors = [makeVendor(1, { name: "Northwind IT" }), makeVendor(2, { name: "BrightBooks" })];
    const pack = buildVendorPack({
      vendors,
      reviews: [makeReview("vendor-1", 1)],
      evaluations: [
        makeEvaluation(
          vendors.map((v) => v.id),
          { name: "IT support 2027" },
        ),
      ],
      appVersion: "0.1.0",
      exportedAt: new Date("2026-11-02T10:00:00Z"),
    });
    await pane.getByTestId("pack-file-input").setInputFiles({
      name: "a.vendorpack.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await pane.getByRole("button", { name: "Use this pack" }).click();
    await pane.getByText("2 of 2 vendors selected").waitFor();
    expect(await axeBlockingViolations(pane)).toEqual([]);
    await pane.getByRole("button", { name: "Build scorecard" }).click();
    await pane.getByText("Scorecard built").waitFor({ timeout: 15_000 });
    expect(await axeBlockingViolations(pane)).toEqual([]);
    await pane.close();
  });
});
