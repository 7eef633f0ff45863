/**
 * `npm run demo [-- --rebuild]`: the whole VendorScout journey, headless, in real Chromium.
 *
 * Clips the bundled provider pages through the extension's popup, builds an evaluation in the side
 * panel, exports the vendor pack, lets the task pane (https://localhost:3000, Office mocked) pull the
 * evaluation over the live bridge (after Allow in the side panel, as the owner approves it) and build
 * the scorecard, then writes the advisor-safe .xlsx with the same builder as `npm run scorecard`.
 * Everything lands in out/; each step prints ✓ or ✗.
 *
 * The browser parts reuse tests/e2e/helpers (extension copy with test-only localhost access, Chromium
 * launch with --ignore-certificate-errors, page servers, the office.js stand-in).
 */
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { buildWhatIsStale } from "../../excel-addin/dev/start-build";
import { addinPortTakenMessage, portIsFree } from "../../excel-addin/dev/start-ports";
import { exportScorecard } from "../../extension/cli/export-scorecard";
import { DEFAULT_ADDIN_ORIGIN } from "../../shared/bridge/addin-origin";
import { EXTENSION_ID } from "../../shared/bridge/extension-id";
import { parseVendorPack } from "../../shared/schema/vendor-pack";
import { costVendor } from "../../shared/scorecard/vendor-costing";
import { launchExtensionWithHttps } from "../e2e/helpers/https-extension";
import { type StaticServer, serveHttps } from "../e2e/helpers/https-static";
import {
  CHROME_BUILD,
  copyWithTestHostAccess,
  type LaunchedExtension,
  ROOT,
  requireBuild,
} from "../e2e/helpers/launch-extension";
import { readDoubleWorkbook, routeOfficeHostDouble } from "../e2e/helpers/office-host-double";
import { answerPairing, taskPanePairingCode } from "../e2e/helpers/pairing";
import { type PageServer, serveStatic } from "../e2e/helpers/serve-static";
import { showVendorList } from "../e2e/helpers/side-panel";
import { DEMO_CLIP_ORDER, DEMO_PAGES, demoPageUrls } from "./demo-pages";
import { DEMO_COSTS, DEMO_EVALUATION, DEMO_OUTPUTS, DEMO_VENDOR_COUNT, ratingsFor } from "./demo-script";
import { type DemoStep, demoSummary, runSteps } from "./demo-steps";

const OUT = resolve(ROOT, "out");
const ADDIN_DIR = resolve(ROOT, "dist/addin");
const ADDIN_PORT = 3000;
const out = (name: string) => resolve(OUT, name);
const DEMO_FILES = new Set<string>([
  DEMO_OUTPUTS.pack,
  DEMO_OUTPUTS.xlsx,
  ...Object.values(DEMO_OUTPUTS.screenshots),
]);

const { values } = parseArgs({ options: { rebuild: { type: "boolean", default: false } } });

/** What the steps start, so the end can stop it whatever happened. */
const running: {
  pages?: PageServer;
  copy?: { dir: string; remove(): Promise<void> };
  extension?: LaunchedExtension;
  addin?: StaticServer;
  panel?: Page;
  vendorNames: string[];
} = { vendorNames: [] };

function extensionUrl(path: string): string {
  return `chrome-extension://${EXTENSION_ID}/${path}`;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not running: an earlier step did not finish.`);
  return value;
}

/**
 * Opens the page in a tab, then the real popup in a tab behind it: with the page the active tab, the
 * popup's "Clip this page" runs exactly as after a toolbar click (popup -> service worker -> clipTab).
 */
async function clipThroughPopup(pageUrl: string, screenshot?: string): Promise<string> {
  const { context } = need(running.extension, "Chromium");
  const tab = await context.newPage();
  await tab.goto(pageUrl);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 420 });
  await tab.bringToFront();
  await popup.goto(extensionUrl("popup.html"));
  await popup.getByTestId("site-status").waitFor({ timeout: 10_000 });
  await popup.getByRole("button", { name: "Clip this page" }).click();
  const result = popup.getByTestId("clip-result");
  await result.waitFor({ timeout: 20_000 });
  const text = (await result.textContent())?.trim() ?? "";
  const failed = await popup.locator(".fui-MessageBar[data-intent='error'], [data-intent='error']").count();
  if (failed > 0) throw new Error(`The popup reported: ${text}`);
  // The line about the page agrees with the clip: the vendor is in the library now.
  const status = (await popup.getByTestId("site-status").textContent())?.trim() ?? "";
  if (!status.startsWith("In your library: ")) {
    throw new Error(`After "${text}" the popup still says "${status}" about the page.`);
  }
  if (screenshot) await popup.locator("main").screenshot({ path: out(screenshot) });
  await popup.close();
  await tab.close();
  return text;
}

async function openPanel(): Promise<Page> {
  if (running.panel) return running.panel;
  const panel = await need(running.extension, "Chromium").context.newPage();
  await panel.setViewportSize({ width: 400, height: 820 });
  await panel.goto(extensionUrl("sidepanel.html"));
  running.panel = panel;
  return panel;
}

async function createEvaluation(): Promise<string> {
  const panel = await openPanel();
  await panel.getByRole("tab", { name: "Evaluations" }).click();
  await panel.getByLabel("New evaluation").fill(DEMO_EVALUATION);
  await panel.getByRole("button", { name: "Create evaluation" }).click();
  await panel.getByText(`Created “${DEMO_EVALUATION}”`, { exact: false }).waitFor({ timeout: 10_000 });
  return `"${DEMO_EVALUATION}" from the accounting and payroll criteria template`;
}

/** Opens each vendor on its side panel page, ticks the evaluation and types the owner's ratings. */
async function addVendorsAndRate(): Promise<string> {
  const panel = await openPanel();
  const count = DEMO_VENDOR_COUNT;
  await showVendorList(panel, count);
  const listed = await panel.getByTestId("vendor-row").count();
  if (listed !== count) {
    throw new Error(`The side panel lists ${listed} vendors; the clips should have made ${count}.`);
  }
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    await panel.getByTestId("vendor-row").nth(index).click();
    // The page of the vendor clicked, read in full: its heading is there once the vendor is.
    const vendorId = await panel.locator("main").getAttribute("data-vendor-id");
    const detail = panel.getByTestId("vendor-detail");
    const heading = detail.getByRole("heading", { level: 2 });
    await heading.waitFor({ timeout: 10_000 });
    const name = (await heading.textContent())?.trim() ?? "";
    if (!vendorId) throw new Error(`Clicking row ${index + 1} did not open a vendor page.`);
    names.push(name);
    await detail.getByRole("checkbox", { name: DEMO_EVALUATION }).check();
    // The tick shows at once; the vendor's standing in the evaluation shows once the library holds
    // it, and the ratings below move down by its height then. A star is clicked where it is drawn,
    // so the clicks wait for that move, not for luck.
    await detail.getByTestId("standing").filter({ hasText: DEMO_EVALUATION }).waitFor({ timeout: 10_000 });
    for (const [criterion, rating] of ratingsFor(name)) {
      const group = detail.getByRole("radiogroup", { name: criterion });
      // The stars are controlled by the stored rating, so the radio turns checked after the save.
      await group.getByRole("radio", { name: String(rating), exact: true }).click({ force: true });
      await group.getByRole("radio", { name: String(rating), exact: true, checked: true }).waitFor();
    }
    if (index === 0) await panel.screenshot({ path: out(DEMO_OUTPUTS.screenshots.vendor) });
    await showVendorList(panel, count);
  }
  running.vendorNames = names;
  // Down to the last row: the rest of the panel is empty with two vendors.
  const lastRow = await panel.getByTestId("vendor-row").last().boundingBox();
  const viewport = panel.viewportSize();
  const height =
    lastRow && viewport ? Math.min(viewport.height, Math.ceil(lastRow.y + lastRow.height + 24)) : undefined;
  await panel.screenshot({
    path: out(DEMO_OUTPUTS.screenshots.list),
    ...(height && viewport ? { clip: { x: 0, y: 0, width: viewport.width, height } } : {}),
  });
  return `${names.join(" and ")} added and rated`;
}

/** The side panel's own "Export .vendorpack.json" button (VendorLibrary.exportPack), saved to out/. */
/** The owner's cost settings on the evaluation's card: one reporting currency, the team size, a rate. */
async function setCostSettings(): Promise<string> {
  const panel = await openPanel();
  await panel.getByRole("tab", { name: "Evaluations" }).click();
  const card = panel.getByTestId("evaluation").filter({ hasText: DEMO_EVALUATION });
  await card.getByText("Costs in", { exact: false }).click();
  await card.getByLabel("Reporting currency", { exact: true }).fill(DEMO_COSTS.reportingCurrency);
  await card.getByLabel("Team size (seats)", { exact: true }).fill(DEMO_COSTS.teamSize);
  await card.getByLabel("Exchange rates to the reporting currency", { exact: true }).fill(DEMO_COSTS.rates);
  await card.getByRole("button", { name: "Save cost settings" }).click();
  await panel.getByText(`Saved: costs of “${DEMO_EVALUATION}” in ${DEMO_COSTS.reportingCurrency}`).waitFor({
    timeout: 10_000,
  });
  const outcomes = (await card.getByTestId("vendor-outcome").allInnerTexts()).map((row) =>
    row.replace(/\s+/g, " ").trim(),
  );
  return `costs in ${DEMO_COSTS.reportingCurrency} for ${DEMO_COSTS.teamSize} seats, ${DEMO_COSTS.rates}: ${outcomes.join(" | ")}`;
}

async function exportPack(): Promise<string> {
  const panel = await openPanel();
  await panel.getByRole("tab", { name: "Evaluations" }).click();
  const card = panel.getByTestId("evaluation").filter({ hasText: DEMO_EVALUATION });
  // The card counts the members the library holds: both ticks are saved once it says so.
  await card.getByText(new RegExp(`· ${DEMO_VENDOR_COUNT} vendors$`)).waitFor({ timeout: 10_000 });
  const download = panel.waitForEvent("download", { timeout: 15_000 });
  await card.getByRole("button", { name: "Export .vendorpack.json" }).click();
  const file = await download;
  await file.saveAs(out(DEMO_OUTPUTS.pack));
  const parsed = parseVendorPack(await readFile(out(DEMO_OUTPUTS.pack), "utf8"));
  if (!parsed.ok) throw new Error(`The exported pack does not read back: ${parsed.errors.join(" ")}`);
  const { vendors, reviews, evaluations } = parsed.pack;
  const evaluation = evaluations.find((e) => e.name === DEMO_EVALUATION);
  if (!evaluation || evaluation.vendorIds.length < 2) {
    throw new Error(
      `The pack should hold "${DEMO_EVALUATION}" with 2 vendors; it holds ${evaluations.length} evaluation(s).`,
    );
  }
  return `out/${DEMO_OUTPUTS.pack}: ${vendors.length} vendors, ${reviews.length} reviews, ${evaluations.length} evaluation`;
}

async function buildInTaskPane(): Promise<string> {
  const { origin } = need(running.addin, "The task pane server");
  const page = await need(running.extension, "Chromium").context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.setViewportSize({ width: 360, height: 900 });
  await routeOfficeHostDouble(page, { platform: "OfficeOnline", excelApi: "1.12" });
  await page.goto(`${origin}/taskpane.html`);
  // The owner approves the task pane's first request in the side panel, checking the code matches.
  await answerPairing(await openPanel(), origin, await taskPanePairingCode(page), "Allow");
  await page
    .getByText("Reading your library live from the VendorScout extension")
    .waitFor({ timeout: 10_000 })
    .catch(async () => {
      const reason = await page
        .getByTestId("fallback-reason")
        .textContent()
        .catch(() => null);
      throw new Error(
        `The task pane did not reach the extension over the bridge${reason ? `: ${reason}` : "."}`,
      );
    });
  const vendorCount = running.vendorNames.length;
  await page.getByText(`${vendorCount} of ${vendorCount} vendors selected`).waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Build scorecard" }).click();
  await page.getByText("Scorecard built").waitFor({ timeout: 30_000 });
  const workbook = await readDoubleWorkbook(page);
  const missing = ["Vendors", "Reviews", "Criteria", "Scorecard", "Costs"].filter(
    (sheet) => !workbook.sheetNames.includes(sheet),
  );
  if (missing.length > 0) throw new Error(`The workbook has no ${missing.join(", ")} sheet after the build.`);
  const cells = (workbook.sheets.Vendors ?? []).flat().map(String).join(" ");
  const absent = running.vendorNames.filter((name) => !cells.includes(name));
  if (absent.length > 0) throw new Error(`The Vendors sheet does not name ${absent.join(", ")}.`);
  await page.screenshot({ path: out(DEMO_OUTPUTS.screenshots.taskpane), fullPage: true });
  if (errors.length > 0) throw new Error(`The task pane threw: ${errors.join("; ")}`);
  await page.close();
  return `sheets ${workbook.sheetNames.join(", ")} written in ${workbook.syncs} syncs`;
}

/** Reads the file back: every sheet is there, the vendors are named, and no formula needs the add-in. */
async function checkAdvisorSafe(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  const missing = ["Vendors", "Scorecard", "Costs"].filter((name) => !sheets.includes(name));
  if (missing.length > 0) throw new Error(`${path} has no ${missing.join(", ")} sheet.`);
  const texts: string[] = [];
  const customFormulas: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) {
          if (/VENDOR[A-Z]+\(/i.test(cell.formula)) customFormulas.push(`${sheet.name}!${cell.address}`);
        } else texts.push(String(cell.text));
      }),
    ),
  );
  if (customFormulas.length > 0) {
    throw new Error(
      `The advisor-safe workbook calls the add-in's functions in ${customFormulas.slice(0, 3).join(", ")}.`,
    );
  }
  const unnamed = running.vendorNames.filter((name) => !texts.includes(name));
  if (unnamed.length > 0) throw new Error(`${path} does not name ${unnamed.join(", ")}.`);
}

/**
 * The Costs sheet compares in one reporting currency with every seat counted: the file's settings
 * say GBP, Northwind's row costs its per-seat plan for the team, and shared/cost (which the sheet's
 * formulas restate, checked by tests/workbook) gives both vendors a monthly figure in GBP.
 */
async function checkCosts(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const costs = workbook.getWorksheet("Costs");
  if (!costs) throw new Error(`${path} has no Costs sheet.`);
  const currency = costs.getCell("B2").value;
  if (currency !== DEMO_COSTS.reportingCurrency) {
    throw new Error(`The Costs sheet reports in ${String(currency)}, not ${DEMO_COSTS.reportingCurrency}.`);
  }
  const parsed = parseVendorPack(await readFile(out(DEMO_OUTPUTS.pack), "utf8"));
  if (!parsed.ok) throw new Error(parsed.errors.join(" "));
  const evaluation = parsed.pack.evaluations.find((e) => e.name === DEMO_EVALUATION);
  if (!evaluation) throw new Error(`The pack has no "${DEMO_EVALUATION}".`);
  const header = (costs.getRow(7).values as unknown[]).map(String);
  const column = (name: string) => header.indexOf(name);
  const lines: string[] = [];
  for (const vendor of parsed.pack.vendors.filter((v) => evaluation.vendorIds.includes(v.id))) {
    const costing = costVendor(evaluation, vendor, DEMO_COSTS.reportingCurrency);
    if (costing.monthly === undefined) {
      throw new Error(
        `${vendor.name} has no monthly cost in ${DEMO_COSTS.reportingCurrency}: ${String(costing.tco)}.`,
      );
    }
    let row = 0;
    costs.eachRow((r, n) => {
      if (r.getCell(1).value === vendor.id) row = n;
    });
    const seats = seatsCosted(costs, costs.getRow(row).getCell(column("Seats")).value);
    const plan = vendor.pricing.plans[costing.planIndex ?? -1];
    if (plan?.perSeat && seats !== Number(DEMO_COSTS.teamSize)) {
      throw new Error(
        `${vendor.name}'s per-seat plan is costed for ${String(seats)} seats, not ${DEMO_COSTS.teamSize}.`,
      );
    }
    lines.push(
      `${vendor.name} ${costing.monthly.toFixed(2)} ${DEMO_COSTS.reportingCurrency}/month (${plan?.price} ${plan?.currency}${plan?.perSeat ? ` x ${String(seats)} seats` : ""})`,
    );
  }
  return lines.join("; ");
}

/**
 * The seats a Costs row is costed for. A row follows the evaluation's team size through a reference
 * (=Costs!$C$2), so the owner's new team size re-costs every per-seat plan; the check reads what the
 * reference points at, as Excel would, rather than the formula text.
 */
function seatsCosted(sheet: ExcelJS.Worksheet, value: ExcelJS.CellValue): unknown {
  if (value && typeof value === "object" && "formula" in value) {
    const reference = /^=?(?:'?Costs'?!)?\$?([A-Z]+)\$?(\d+)$/.exec(value.formula ?? "");
    return reference ? sheet.getCell(`${reference[1]}${reference[2]}`).value : value.result;
  }
  return value;
}

async function writeXlsx(): Promise<string> {
  const result = await exportScorecard([out(DEMO_OUTPUTS.pack), out(DEMO_OUTPUTS.xlsx)]);
  if (!result.ok) throw new Error(result.message);
  const { size } = await stat(out(DEMO_OUTPUTS.xlsx));
  await checkAdvisorSafe(out(DEMO_OUTPUTS.xlsx));
  const costs = await checkCosts(out(DEMO_OUTPUTS.xlsx));
  return `${result.message.replace(OUT, "out")} (${Math.round(size / 1024)} KB, native formulas only); Costs: ${costs}`;
}

const steps: DemoStep[] = [
  {
    name: `Check that port ${ADDIN_PORT} is free for the task pane`,
    run: async () => {
      if (!(await portIsFree(ADDIN_PORT))) throw new Error(addinPortTakenMessage(ADDIN_PORT, "npm run demo"));
      return "free";
    },
  },
  {
    name: "Build the extension and the add-in",
    run: async () =>
      buildWhatIsStale(ROOT, DEFAULT_ADDIN_ORIGIN, {
        force: values.rebuild,
        quiet: true,
        log: console.log,
      }).join("; "),
  },
  {
    name: "Clear out/ of the last run's files",
    run: async () => {
      await mkdir(OUT, { recursive: true });
      const stale = (await readdir(OUT)).filter(
        (name) => DEMO_FILES.has(name) || /^failure-\d+\.png$/.test(name),
      );
      await Promise.all(stale.map((name) => rm(out(name), { force: true })));
      return stale.length > 0 ? `removed ${stale.join(", ")}` : "nothing to remove";
    },
  },
  {
    name: "Serve the demo provider pages",
    run: async () => {
      running.pages = await serveStatic();
      return running.pages.origin;
    },
  },
  {
    name: "Copy the extension with test-only access to localhost pages",
    run: async () => {
      await requireBuild(CHROME_BUILD);
      running.copy = await copyWithTestHostAccess(CHROME_BUILD);
      return "a real click grants activeTab; headless Chromium cannot click the toolbar, so this copy may read http://localhost (build/ is unchanged)";
    },
  },
  {
    name: "Start Chromium with the extension",
    run: async () => {
      running.extension = await launchExtensionWithHttps(need(running.copy, "The extension copy").dir);
      if (running.extension.extensionId !== EXTENSION_ID) {
        throw new Error(
          `The extension loaded as ${running.extension.extensionId}, not ${EXTENSION_ID}: the manifest key is missing from the build. Run \`npm run build:extension\`.`,
        );
      }
      return `extension ${EXTENSION_ID}`;
    },
  },
  ...DEMO_CLIP_ORDER.map(
    (page): DemoStep => ({
      name: `Clip ${page} from the popup`,
      run: async () => {
        const [url] = demoPageUrls(need(running.pages, "The page server").origin, [page]);
        return clipThroughPopup(
          url ?? page,
          page === DEMO_PAGES.provider ? DEMO_OUTPUTS.screenshots.popup : undefined,
        );
      },
    }),
  ),
  { name: "Create an evaluation in the side panel", run: createEvaluation },
  { name: "Add the vendors to it and rate them", run: addVendorsAndRate },
  { name: "Set its costs: one reporting currency, the team size, a rate", run: setCostSettings },
  { name: "Export the vendor pack from the side panel", run: exportPack },
  {
    name: `Serve the task pane on https://localhost:${ADDIN_PORT}`,
    run: async () => {
      try {
        running.addin = await serveHttps(ADDIN_DIR, ADDIN_PORT);
      } catch {
        throw new Error(addinPortTakenMessage(ADDIN_PORT, "npm run demo"));
      }
      return "Office host mocked (office.js stand-in with an in-memory workbook)";
    },
  },
  { name: "Pull the evaluation over the live bridge and build the scorecard", run: buildInTaskPane },
  { name: "Write the advisor-safe .xlsx", run: writeXlsx },
];

/** After a ✗: what every open page showed, to see why. */
async function saveFailureScreens(): Promise<void> {
  const pages = running.extension?.context.pages() ?? [];
  for (const [index, page] of pages.entries()) {
    const path = out(`failure-${index + 1}.png`);
    try {
      await page.screenshot({ path, timeout: 5000 });
      console.log(`  Saw ${page.url()}: ${path.replace(`${ROOT}/`, "")}`);
    } catch {
      // A page that cannot be drawn any more has nothing to show.
    }
  }
}

async function stopAll(): Promise<void> {
  await running.extension?.close().catch(() => undefined);
  await Promise.all([running.pages?.close(), running.addin?.close(), running.copy?.remove()]);
}

console.log("VendorScout demo: the journey in headless Chromium, results in out/.\n");
const run = await runSteps(steps, console.log);
if (!run.ok) await saveFailureScreens();
await stopAll();
const summary = demoSummary(run);
if (run.ok) {
  console.log(
    `\nIn out/: ${DEMO_OUTPUTS.pack}, ${DEMO_OUTPUTS.xlsx}, ${Object.values(DEMO_OUTPUTS.screenshots).join(", ")}`,
  );
}
console.log(`\n${summary.line}`);
process.exit(summary.exitCode);
