import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeReview, makeVendor } from "../support/bridge/records";
import { axeBlockingViolations } from "./helpers/axe";
import { type SessionWithTaskPane, startSessionWithTaskPane } from "./helpers/extension-session";
import { packWithEvaluation } from "./helpers/packs";
import { openPopupOver } from "./helpers/popup";
import { openSidePanel, showVendorList } from "./helpers/side-panel";
import { choosePackFile, openTaskPane } from "./helpers/task-pane";

/**
 * axe-core on every screen of the journey, in the built extension and add-in: a serious or critical
 * violation fails the test with axe's rule, advice and the element.
 */

// Not 3000-3002: the bridge and task pane tests own those.
const ADDIN_PORT = 3004;
const EVALUATION = "Accessible evaluation";

let session: SessionWithTaskPane;
let panel: Page;

beforeAll(async () => {
  session = await startSessionWithTaskPane(ADDIN_PORT);
});

afterAll(async () => {
  await session?.close();
});

describe("axe-core finds no serious or critical violation", () => {
  test("in the popup, before and after a clip", async () => {
    const { popup, close } = await openPopupOver(session, "provider-brightbooks.html");
    await popup.getByText("Not in your library yet.").waitFor({ timeout: 10_000 });
    // Soft: the clip still runs, so the tests after this one have a vendor to show.
    expect.soft(await axeBlockingViolations(popup)).toEqual([]);

    await popup.getByRole("button", { name: "Clip this page" }).click();
    await popup.getByTestId("clip-result").waitFor({ timeout: 20_000 });
    await popup.getByText("In your library: BrightBooks").waitFor();
    expect(await axeBlockingViolations(popup)).toEqual([]);
    await close();
  });

  test("in the side panel's vendor list", async () => {
    panel = await openSidePanel(session.extension, { width: 400, height: 820 });
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
    const pane = await openTaskPane(await session.context.newPage(), session.addin, {
      platform: "OfficeOnline",
      excelApi: "1.12",
    });
    await pane.getByTestId("fallback-reason").waitFor({ timeout: 10_000 });
    expect(await axeBlockingViolations(pane)).toEqual([]);

    const vendors = [makeVendor(1, { name: "Northwind IT" }), makeVendor(2, { name: "BrightBooks" })];
    const pack = packWithEvaluation(vendors, [makeReview("vendor-1", 1)], { name: "IT support 2027" });
    await choosePackFile(pane, pack, "a.vendorpack.json");
    await pane.getByRole("button", { name: "Use this pack" }).click();
    await pane.getByText("2 of 2 vendors selected").waitFor();
    expect(await axeBlockingViolations(pane)).toEqual([]);
    await pane.getByRole("button", { name: "Build scorecard" }).click();
    await pane.getByText("Scorecard built").waitFor({ timeout: 15_000 });
    expect(await axeBlockingViolations(pane)).toEqual([]);
    await pane.close();
  });
});
