/**
 * The task pane's one use of `chrome.runtime`: sendMessage to an extension as a promise, or null when the
 * page's origin cannot reach one.
 */
import type { ExtensionSend } from "./bridge-client";

/**
 * `chrome.runtime.sendMessage(extensionId, …)` as a promise, or null when this page cannot message an
 * extension: Chrome exposes `chrome.runtime` to a web page only when an installed extension lists the
 * page's origin in `externally_connectable`.
 * https://developer.chrome.com/docs/extensions/develop/concepts/messaging#external-webpage
 */
export function chromeRuntimeSend(): ExtensionSend | null {
  const runtime = typeof chrome === "undefined" ? undefined : chrome.runtime;
  if (typeof runtime?.sendMessage !== "function") return null;
  return (extensionId, message) =>
    new Promise((resolve, reject) => {
      runtime.sendMessage(extensionId, message, (response: unknown) => {
        const lastError = runtime.lastError;
        if (lastError) reject(new Error(lastError.message ?? "The extension could not be reached."));
        else resolve(response);
      });
    });
}
