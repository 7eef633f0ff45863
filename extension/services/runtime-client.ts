/**
 * The messages between the extension's pages and the service worker: ask for a clip or for the worker to get
 * ready, and in the worker, answer those requests.
 */
import type { ClipOutcome } from "../capture/clip-tab";
import { readClipOutcome, type UiRequest, uiRequestSchema } from "../capture/ui-messages";

/** From the popup or side panel: ask the service worker to clip a tab (the same clipTab as the shortcut). */
export async function requestClip(
  runtime: Pick<typeof chrome.runtime, "sendMessage">,
  tabId: number,
): Promise<ClipOutcome> {
  try {
    return readClipOutcome(await runtime.sendMessage({ type: "clip-tab", tabId } satisfies UiRequest));
  } catch {
    return readClipOutcome(undefined);
  }
}

/** From the side panel: the owner's answer to "Save anyway?" for a clip the service worker holds. */
export async function answerPendingClip(
  runtime: Pick<typeof chrome.runtime, "sendMessage">,
  id: string,
  save: boolean,
): Promise<ClipOutcome> {
  try {
    return readClipOutcome(
      await runtime.sendMessage({ type: "answer-pending-clip", id, save } satisfies UiRequest),
    );
  } catch {
    return readClipOutcome(undefined);
  }
}

/**
 * From the popup, as it opens on a page it may clip: asks the service worker to get ready for a clip.
 * Only an optimisation, so a worker that does not answer is left to the clip itself to report.
 */
export async function prepareClip(runtime: Pick<typeof chrome.runtime, "sendMessage">): Promise<void> {
  try {
    await runtime.sendMessage({ type: "prepare-clip" } satisfies UiRequest);
  } catch {
    // The clip, if the owner asks for one, says that the worker is unreachable and what to do.
  }
}

/** In the service worker: answers UI requests asynchronously, ignores every other message. */
export function listenForUiRequests(
  onMessage: Pick<typeof chrome.runtime.onMessage, "addListener">,
  extensionOrigin: string,
  handle: (request: UiRequest) => Promise<unknown>,
): void {
  onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only the extension's own pages may ask (VendorScout has no content scripts; this is a second lock).
    if (!sender.url?.startsWith(extensionOrigin)) return false;
    const request = uiRequestSchema.safeParse(message);
    if (!request.success) return false;
    // A handler that fails still answers, so the page is not left waiting; its reader says what to do.
    void handle(request.data).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}
