import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, type BrowserContext, chromium, type Worker } from "playwright-core";

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

/** The switches every test Chromium starts with: no sandbox in a container, no calls home. */
const QUIET_CHROMIUM = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"];

/**
 * Whether the profile lets a cross-site frame use cookies and storage. Excel on the web's pane frame is
 * cross-site, and office.js reads sessionStorage as it starts. "allow" writes Chrome's
 * "Allow third-party cookies" choice (profile.cookie_controls_mode 0) into the new profile; "block" keeps
 * this Chromium's own default, which blocks them (measured: sessionStorage in the frame throws
 * "Access is denied for this document").
 */
export type ThirdPartyStorage = "allow" | "block";

export interface LaunchOptions {
  /** Pages on https://localhost:3000 may use a certificate made for the test run. */
  acceptTestCertificates?: boolean;
  /** More Chromium switches, e.g. --host-resolver-rules (excel-web-frame.ts). */
  extraArgs?: readonly string[];
  /** Left out: Chromium's own default (block). */
  thirdPartyStorage?: ThirdPartyStorage;
  /** Playwright's own default, true: the exports' downloads are saved where the test reads them. */
  acceptDownloads?: boolean;
}

/** Chromium without an extension, for pages that stand alone (the task pane outside Office). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [...QUIET_CHROMIUM, "--ignore-certificate-errors"],
  });
}

/** Starts Chromium with one unpacked extension and waits for its service worker. */
export async function launchExtension(
  extensionDir: string,
  options: LaunchOptions = {},
): Promise<LaunchedExtension> {
  // Chromium given a folder without a manifest starts without the extension, and the wait for its
  // service worker below would only time out: say what to do instead.
  await requireBuild(extensionDir);
  const https = options.acceptTestCertificates === true;
  const profile = await mkdtemp(join(tmpdir(), "vendorscout-profile-"));
  if (options.thirdPartyStorage === "allow") {
    await mkdir(join(profile, "Default"), { recursive: true });
    await writeFile(
      join(profile, "Default", "Preferences"),
      JSON.stringify({ profile: { cookie_controls_mode: 0 } }),
    );
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 420, height: 900 },
    ignoreHTTPSErrors: https,
    acceptDownloads: options.acceptDownloads ?? true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_CHROMIUM,
      ...(https ? ["--ignore-certificate-errors"] : []),
      ...(options.extraArgs ?? []),
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
