import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { LaunchedExtension } from "./launch-extension";

/**
 * The sandbox Excel on the web puts on an add-in's task pane frame (issue 18), and the same without
 * allow-same-origin, which gives the pane an opaque origin.
 */
export const EXCEL_WEB_SANDBOX =
  "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads";
export const SANDBOX_WITHOUT_SAME_ORIGIN = EXCEL_WEB_SANDBOX.replace(" allow-same-origin", "");

/** The outer page's host name: a site of its own, as excel.cloud.microsoft is to the add-in's host. */
export const OUTER_HOST = "excel-web.test";

/** An outer page holding the task pane at `paneUrl` in a frame with `sandbox`. */
export function outerPage(paneUrl: string, sandbox: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Excel on the web (test host)</title></head>
<body><iframe id="taskpane" title="VendorScout" src="${paneUrl}" sandbox="${sandbox}" style="width:360px;height:860px;border:0"></iframe></body></html>`;
}

/**
 * Chromium's --host-resolver-rules, "MAP host[:port] address[:port]": the browser still asks for the
 * page's own address (so origins, externally_connectable and the bridge's origin check see
 * https://localhost:3000 and https://excel-web.test), but connects to a loopback server this test owns.
 * Both pages therefore live in Chromium's loopback address space, as both live in the public one in
 * Excel on the web; Local Network Access only checks a request into a more private address space
 * (https://developer.chrome.com/blog/local-network-access), so it has nothing to check here or there.
 */
export function addressRules(map: Record<string, string>): string {
  return `--host-resolver-rules=${Object.entries(map)
    .map(([from, to]) => `MAP ${from} ${to}`)
    .join(", ")}`;
}

/**
 * Whether the profile lets a cross-site frame use cookies and storage. Excel on the web's pane frame is
 * cross-site, and office.js reads sessionStorage as it starts. "allow" writes Chrome's
 * "Allow third-party cookies" choice (profile.cookie_controls_mode 0) into the new profile; "block" keeps
 * this Chromium's own default, which blocks them (measured: sessionStorage in the frame throws
 * "Access is denied for this document").
 */
export type ThirdPartyStorage = "allow" | "block";

/**
 * Chromium with one unpacked extension, like launchExtension (launch-extension.ts) with test
 * certificates accepted, plus `extraArgs` (the address rules above) and a third-party storage choice.
 */
export async function launchExtensionWithArgs(
  extensionDir: string,
  extraArgs: readonly string[],
  thirdPartyStorage: ThirdPartyStorage = "allow",
): Promise<LaunchedExtension> {
  const profile = await mkdtemp(join(tmpdir(), "vendorscout-profile-"));
  if (thirdPartyStorage === "allow") {
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
    ignoreHTTPSErrors: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--ignore-certificate-errors",
      ...extraArgs,
    ],
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const serviceWorker =
      context.serviceWorkers().find((worker) => worker.url().startsWith("chrome-extension://")) ??
      (await context.waitForEvent("serviceworker", {
        predicate: (worker) => worker.url().startsWith("chrome-extension://"),
        timeout: 15_000,
      }));
    return { context, serviceWorker, extensionId: new URL(serviceWorker.url()).host, close };
  } catch (error) {
    await close();
    throw error;
  }
}
