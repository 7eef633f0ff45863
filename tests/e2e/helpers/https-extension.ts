import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { LaunchedExtension } from "./launch-extension";

/**
 * As launchExtension (launch-extension.ts), plus --ignore-certificate-errors so the task pane can be
 * served on https://localhost:3000 with a certificate made for the test run: externally_connectable
 * only matches that https origin, so plain http would not exercise the real bridge.
 */
export async function launchExtensionWithHttps(extensionDir: string): Promise<LaunchedExtension> {
  const profile = await mkdtemp(join(tmpdir(), "vendorscout-bridge-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 420, height: 900 },
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--ignore-certificate-errors",
    ],
  });
  try {
    const serviceWorker =
      context.serviceWorkers().find((worker) => worker.url().startsWith("chrome-extension://")) ??
      (await context.waitForEvent("serviceworker", {
        predicate: (worker) => worker.url().startsWith("chrome-extension://"),
        timeout: 15_000,
      }));
    return {
      context,
      serviceWorker,
      extensionId: new URL(serviceWorker.url()).host,
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
