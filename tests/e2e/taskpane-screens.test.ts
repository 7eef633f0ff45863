/**
 * The Excel task pane at 320 px (Excel's default pane width), in each state an owner meets it: no
 * extension (the vendor-pack path), a pack in use, waiting for pairing, and connected to the extension
 * with an evaluation. Screenshots into test-output/screens, and on the rendered page (issue 23): no
 * element wider than the pane, no label cut short (criterion names wrap), no raw ISO date or slug.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeReview, makeVendor } from "../support/bridge/records";
import { launchExtensionWithHttps } from "./helpers/https-extension";
import { CHROME_BUILD, type LaunchedExtension } from "./helpers/launch-extension";
import { packWithEvaluation } from "./helpers/packs";
import { answerPairing, taskPanePairingCode } from "./helpers/pairing";
import { layoutProblems, shoot } from "./helpers/screens";
import { openSidePanel } from "./helpers/side-panel";
import {
  choosePackFile,
  openTaskPane,
  type PaneWithoutExtension,
  startPaneWithoutExtension,
} from "./helpers/task-pane";

const WIDTH = 320;
/** The pairing origin the development build allows (externally_connectable): port 3000. */
const PORT = 3000;

const vendors = [
  makeVendor(1, { name: "Northwind IT" }),
  makeVendor(2, { name: "Contoso Managed Services" }),
];
const pack = packWithEvaluation(vendors, [makeReview("vendor-1", 1)], { name: "IT support 2027" });

let outside: PaneWithoutExtension;
let extension: LaunchedExtension;

beforeAll(async () => {
  outside = await startPaneWithoutExtension(PORT);
});

afterAll(async () => {
  await extension?.close();
  await outside?.close();
});

/** The pane at Excel's default width, against the mocked Office host (Excel on the web). */
function openPane(page: Page): Promise<Page> {
  return openTaskPane(page, outside.pane, { platform: "OfficeOnline", excelApi: "1.12" }, WIDTH);
}

describe(`the task pane at ${WIDTH} px`, () => {
  test("without the extension: the pack path, then a pack in use, nothing cut or too wide", async () => {
    const context = await outside.newContext();
    const page = await openPane(await context.newPage());
    await page.getByTestId("fallback-reason").waitFor({ timeout: 10_000 });
    const problems: Record<string, string[]> = {};
    problems.noExtension = await layoutProblems(page);
    await shoot(page, `taskpane-no-extension-${WIDTH}`);

    await choosePackFile(page, pack, "office.vendorpack.json");
    await page.getByRole("button", { name: "Use this pack" }).click();
    await page.getByText("2 of 2 vendors selected").waitFor({ timeout: 10_000 });
    // The longest template criterion name is shown whole, wrapped, not "Cost and pricing trans…".
    await page.getByText("Cost and pricing transparency", { exact: true }).waitFor();
    problems.pack = await layoutProblems(page);
    await shoot(page, `taskpane-pack-${WIDTH}`);
    expect(problems).toEqual({ noExtension: [], pack: [] });
    await context.close();
  });

  test("pairing, then connected to the extension's library with an evaluation", async () => {
    extension = await launchExtensionWithHttps(CHROME_BUILD);
    const panel = await openSidePanel(extension);
    await panel.getByRole("tab", { name: "Evaluations" }).click();
    await panel.getByLabel("New evaluation").fill("Bookkeeping 2027");
    await panel.getByRole("button", { name: "Create evaluation" }).click();
    await panel.getByTestId("evaluation").filter({ hasText: "Bookkeeping 2027" }).waitFor();

    const page = await openPane(await extension.context.newPage());
    const code = await taskPanePairingCode(page);
    const problems: Record<string, string[]> = {};
    problems.pairing = await layoutProblems(page);
    await shoot(page, `taskpane-pairing-${WIDTH}`);

    await answerPairing(panel, outside.pane.origin, code, "Allow");
    await page
      .getByText("Reading your library live from the VendorScout extension")
      .waitFor({ timeout: 10_000 });
    await page.getByText("Cost and pricing transparency", { exact: true }).waitFor({ timeout: 10_000 });
    problems.connected = await layoutProblems(page);
    await shoot(page, `taskpane-connected-${WIDTH}`);
    expect(problems).toEqual({ pairing: [], connected: [] });
  });
});
