/**
 * `npm start [-- --rebuild] [--self-signed] [--no-browser] [--no-sideload]`: the whole development journey
 * in one command.
 *
 * 1. Builds the extension and the add-in when missing or older than their sources.
 * 2. Serves the add-in on https://localhost:3000 by running `excel-addin/dev/serve.ts` (which prints the
 *    sideload steps and handles the certificate).
 * 3. Serves the bundled demo provider pages on http://localhost:8080 (or a free port).
 * 4. Opens a Chromium-family browser on a fresh temporary profile with only VendorScout loaded.
 * 5. Sideloads the development manifest (dist/addin/manifest.dev.xml: its own id, name and the VSDEV
 *    functions namespace the localhost build's formulas use) into desktop Excel where it is installed (Windows, macOS; see sideload.ts)
 *    and opens Excel; `npm stop` removes that registration.
 * 6. Prints how to clip and how to add the add-in to Excel. Ctrl+C stops the servers and the browser.
 *
 * The decisions are pure functions in start-browser.ts, start-build.ts and start-steps.ts (tested there).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_ADDIN_ORIGIN } from "../../shared/bridge/addin-origin";
import { FIXTURE_PAGES, type PageServer, serveStatic } from "../../tests/e2e/helpers/serve-static";
import { DEMO_CLIP_ORDER, demoPageUrls } from "../../tests/journey/demo-pages";
import { nodeSideloadHost, type SideloadOutcome, sideloadToDesktopExcel } from "./sideload";
import {
  browserArgs,
  type FoundBrowser,
  findBrowser,
  hasDisplay,
  loadExtensionNote,
  majorVersion,
} from "./start-browser";
import { buildWhatIsStale } from "./start-build";
import { addinPortTakenMessage, portIsFree } from "./start-ports";
import { clipShortcut, type StartSummary, startSteps } from "./start-steps";

const ROOT = resolve(import.meta.dirname, "../..");
const EXTENSION_DIR = resolve(ROOT, "build/chrome-mv3-prod");
const ADDIN_PORT = 3000;
const DEV_MANIFEST = "dist/addin/manifest.dev.xml";
const PAGES_PORT = 8080;

const { values } = parseArgs({
  options: {
    rebuild: { type: "boolean", default: false },
    "self-signed": { type: "boolean", default: false },
    "no-browser": { type: "boolean", default: false },
    "no-sideload": { type: "boolean", default: false },
  },
});

let addinServer: ChildProcess | undefined;
let pagesServer: PageServer | undefined;
let browser: ChildProcess | undefined;
let profileDir: string | undefined;
let stopping = false;

/** Resolves once https://localhost:PORT answers; rejects when the server process ends first. */
function waitForAddinServer(child: ChildProcess, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((ready, fail) => {
    let finished = false;
    child.once("exit", (code) => {
      if (finished) return;
      finished = true;
      fail(new Error(`The add-in server stopped (exit code ${code}). Read its message above.`));
    });
    const poll = () => {
      if (finished) return;
      const probe = request(
        { host: "localhost", port, path: "/taskpane.html", method: "HEAD", rejectUnauthorized: false },
        (response) => {
          response.resume();
          finished = true;
          ready();
        },
      );
      probe.once("error", () => {
        if (Date.now() > deadline) {
          finished = true;
          fail(new Error(`The add-in server did not answer on port ${port} within ${timeoutMs / 1000} s.`));
        } else setTimeout(poll, 250);
      });
      probe.end();
    };
    poll();
  });
}

async function servePages(): Promise<PageServer> {
  try {
    return await serveStatic(FIXTURE_PAGES, PAGES_PORT);
  } catch {
    console.log(`Port ${PAGES_PORT} is taken; serving the demo pages on a free port instead.`);
    return serveStatic(FIXTURE_PAGES, 0);
  }
}

function versionLine(found: FoundBrowser): string {
  // Chrome on Windows does not answer --version; the note then covers "137 and later".
  if (process.platform === "win32") return "";
  try {
    return execFileSync(found.path, ["--version"], { encoding: "utf8", timeout: 5000 });
  } catch {
    return "";
  }
}

function openBrowser(urls: readonly string[]): StartSummary["browser"] {
  if (values["no-browser"])
    return { state: "failed", message: "--no-browser was given, so no browser was opened." };
  if (!hasDisplay(process.platform, process.env)) return { state: "no-display" };
  const search = findBrowser(process.platform, process.env, existsSync);
  if (!search.ok) return { state: "not-found", message: search.message };
  const found = search.browser;
  profileDir = mkdtempSync(join(tmpdir(), "vendorscout-start-profile-"));
  browser = spawn(found.path, browserArgs({ extensionDir: EXTENSION_DIR, profileDir, urls }), {
    stdio: "ignore",
  });
  browser.once("error", (error) => {
    console.error(`Could not start ${found.path} (${error.message}). Set CHROME_PATH to another browser.`);
  });
  browser.once("exit", () => {
    browser = undefined;
    if (!stopping) console.log("The browser was closed; the servers keep running. Press Ctrl+C to stop.");
  });
  const note = loadExtensionNote(found.kind, majorVersion(versionLine(found)), EXTENSION_DIR);
  return note ? { state: "opened", path: found.path, note } : { state: "opened", path: found.path };
}

function waitForExit(child: ChildProcess | undefined, timeoutMs: number): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      done();
    }, timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      done();
    });
  });
}

async function stop(code: number): Promise<never> {
  stopping = true;
  const hadBrowser = browser !== undefined;
  browser?.kill("SIGTERM");
  addinServer?.kill("SIGTERM");
  await Promise.all([waitForExit(browser, 5000), waitForExit(addinServer, 5000), pagesServer?.close()]);
  if (profileDir) rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  if (code === 0) console.log(hadBrowser ? "Stopped the browser and both servers." : "Stopped both servers.");
  process.exit(code);
}

async function main(): Promise<void> {
  // Before the build, which can take minutes: the extension answers this one port only.
  if (!(await portIsFree(ADDIN_PORT))) {
    console.error(`✗ ${addinPortTakenMessage(ADDIN_PORT, "npm start")}`);
    process.exit(1);
  }
  try {
    for (const line of buildWhatIsStale(ROOT, DEFAULT_ADDIN_ORIGIN, {
      force: values.rebuild,
      quiet: false,
      log: console.log,
    }))
      console.log(`✓ ${line}`);
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));

  const serveArgs = ["--import", "tsx", resolve(import.meta.dirname, "serve.ts")];
  if (values["self-signed"]) serveArgs.push("--self-signed");
  addinServer = spawn(process.execPath, serveArgs, { cwd: ROOT, stdio: "inherit" });
  try {
    await waitForAddinServer(addinServer, ADDIN_PORT, 120_000);
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    await stop(1);
  }
  addinServer.once("exit", (code) => {
    if (stopping) return;
    console.error(
      `✗ The add-in server stopped (exit code ${code}); stopping the rest. Run \`npm start\` again.`,
    );
    void stop(1);
  });

  pagesServer = await servePages();
  const urls = demoPageUrls(pagesServer.origin, DEMO_CLIP_ORDER);
  // The development copy's manifest: the pane built for localhost writes =VSDEV.VENDORSCORE(, which
  // only this manifest's namespace defines, and its own id keeps it apart from an installed copy.
  const manifestPath = realpathSync(resolve(ROOT, DEV_MANIFEST));
  const desktopExcel: SideloadOutcome = values["no-sideload"]
    ? { state: "no-desktop-excel", reason: "--no-sideload was given, so Excel was left alone." }
    : sideloadToDesktopExcel(nodeSideloadHost(), manifestPath, readFileSync(manifestPath, "utf8"));
  const manifest: unknown = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8"));
  console.log(
    startSteps({
      addinOrigin: `https://localhost:${ADDIN_PORT}`,
      manifestPath,
      extensionDir: EXTENSION_DIR,
      pageUrls: urls,
      browser: openBrowser(urls),
      shortcut: clipShortcut(manifest),
      desktopExcel,
    }),
  );
}

await main();
