import { type LaunchedExtension, launchExtension, type ThirdPartyStorage } from "./launch-extension";

export type { ThirdPartyStorage };

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
 * Chromium with one unpacked extension (launchExtension) with test certificates accepted, downloads
 * kept, plus `extraArgs` (the address rules above) and a third-party storage choice.
 */
export function launchExtensionWithArgs(
  extensionDir: string,
  extraArgs: readonly string[],
  thirdPartyStorage: ThirdPartyStorage = "allow",
): Promise<LaunchedExtension> {
  return launchExtension(extensionDir, {
    acceptTestCertificates: true,
    acceptDownloads: true,
    extraArgs,
    thirdPartyStorage,
  });
}
