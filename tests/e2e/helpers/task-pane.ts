import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from "playwright-core";
import type { VendorPack } from "../../../shared/schema/vendor-pack";
import { closeOnFailure } from "./close-on-failure";
import { type StaticServer, serveHttps } from "./https-static";
import { launchChromium, ROOT } from "./launch-extension";
import { type OfficeHostMockOptions, routeOfficeHostDouble } from "./office-host-double";

/** Where `npm run build:addin` puts the task pane (its development copy, for https://localhost:3000). */
export const ADDIN_DIR = resolve(ROOT, "dist/addin");

/** Fails with what to do when the task pane has not been built. */
export function requireAddinBuild(): void {
  if (!existsSync(resolve(ADDIN_DIR, "taskpane.html"))) {
    throw new Error(
      `${ADDIN_DIR}/taskpane.html is missing. Run \`npm run build:dev\` first, then run the tests again.`,
    );
  }
}

/**
 * The built task pane on https://localhost:<port>, after checking it is built. Https because the
 * extension's externally_connectable matches the https origin only; a fixed port because the pane's
 * origin is what the extension and the pairing see (3000 is the one the development build allows;
 * the other files take ports of their own so they can run side by side). `extraRoutes` adds literal
 * pages on the same origin (a probe page, an outer Excel page).
 */
export function serveTaskPane(port: number, extraRoutes: Record<string, string> = {}): Promise<StaticServer> {
  requireAddinBuild();
  return serveHttps(ADDIN_DIR, port, extraRoutes);
}

/** The task pane served, and a Chromium without the extension to open it in. */
export interface PaneWithoutExtension {
  pane: StaticServer;
  browser: Browser;
  /** A fresh context per test, so nothing one test stored is there for the next; accepts the pane's test certificate. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Stops Chromium, then the server. */
  close(): Promise<void>;
}

/**
 * The task pane as an owner without the extension meets it (outside Office, or before installing the
 * extension): the built pane on https://localhost:<port> and a Chromium that has no extension.
 */
export async function startPaneWithoutExtension(port: number): Promise<PaneWithoutExtension> {
  return closeOnFailure(await serveTaskPane(port), async (pane) => {
    const browser = await launchChromium();
    return {
      pane,
      browser,
      newContext: (options: BrowserContextOptions = {}) =>
        browser.newContext({ ...options, ignoreHTTPSErrors: true }),
      close: async () => {
        await browser.close();
        await pane.close();
      },
    };
  });
}

/**
 * Opens the served task pane in `page` at `width` px against the Office host stand-in. The stand-in
 * is routed before the page loads, as office.js is the first script taskpane.html runs.
 */
export async function openTaskPane(
  page: Page,
  pane: StaticServer,
  host: OfficeHostMockOptions,
  width = 360,
): Promise<Page> {
  await page.setViewportSize({ width, height: 900 });
  await routeOfficeHostDouble(page, host);
  await page.goto(`${pane.origin}/taskpane.html`);
  return page;
}

/**
 * Gives the pane's vendor-pack file input `pack` as a file called `fileName`, as the owner's file
 * picker would; the file exists only in memory. `pane` is the page, or the frame Excel on the web
 * holds it in.
 */
export function choosePackFile(pane: Page | Frame, pack: VendorPack, fileName: string): Promise<void> {
  return pane.getByTestId("pack-file-input").setInputFiles({
    name: fileName,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(pack)),
  });
}
