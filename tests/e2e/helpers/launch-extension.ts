import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Worker } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "../../..");
export const CHROME_BUILD = resolve(ROOT, "build/chrome-mv3-prod");
export const EDGE_BUILD = resolve(ROOT, "build/edge-mv3-prod");

export interface LaunchedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Fails with what to do when the extension has not been built. */
export async function requireBuild(dir = CHROME_BUILD): Promise<void> {
  try {
    await stat(join(dir, "manifest.json"));
  } catch {
    throw new Error(`${dir}/manifest.json is missing. Run \`npm run build:dev\` first.`);
  }
}

/**
 * Copies a built extension to a temporary folder and adds host permissions for the test pages.
 *
 * TEST ONLY: activeTab is granted by a real click on the toolbar button, menu or shortcut, which headless
 * automation cannot give. The copy gets http://localhost/* and http://127.0.0.1/* so clipTab can script
 * the served test pages exactly as it would after the owner's click; the bench, which opens pages at
 * their own addresses, passes `["<all_urls>"]`. The shipped build stays without host permissions
 * (tests/e2e/manifest-audit.test.ts checks that).
 */
export async function copyWithTestHostAccess(
  buildDir = CHROME_BUILD,
  hosts: readonly string[] = ["http://localhost/*", "http://127.0.0.1/*"],
): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "vendorscout-ext-"));
  await cp(buildDir, dir, { recursive: true });
  const manifestPath = join(dir, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as Record<string, unknown>;
  manifest.host_permissions = [...hosts];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Starts Chromium with one unpacked extension and waits for its service worker. `acceptTestCertificates`
 * lets pages on https://localhost:3000 use a certificate made for the test run.
 */
export async function launchExtension(
  extensionDir: string,
  options: { acceptTestCertificates?: boolean } = {},
): Promise<LaunchedExtension> {
  const https = options.acceptTestCertificates === true;
  const profile = await mkdtemp(join(tmpdir(), "vendorscout-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 420, height: 900 },
    ignoreHTTPSErrors: https,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      ...(https ? ["--ignore-certificate-errors"] : []),
    ],
  });
  try {
    const serviceWorker =
      context.serviceWorkers().find((worker) => worker.url().startsWith("chrome-extension://")) ??
      (await context.waitForEvent("serviceworker", {
        predicate: (worker) => worker.url().startsWith("chrome-extension://"),
        timeout: 15_000,
      }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      serviceWorker,
      extensionId,
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
