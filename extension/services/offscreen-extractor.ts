import {
  type ExtractRequest,
  type ExtractResponse,
  OFFSCREEN_TARGET,
  readExtractResponse,
} from "../capture/extract-messages";

/** The Plasmo tab page built from extension/tabs/offscreen.tsx. */
export const OFFSCREEN_PATH = "tabs/offscreen.html";

export interface OffscreenApis {
  offscreen: Pick<typeof chrome.offscreen, "createDocument">;
  runtime: Pick<typeof chrome.runtime, "getContexts" | "sendMessage">;
}

/**
 * The service worker has no DOMParser, so page markup is parsed in an offscreen document
 * (https://developer.chrome.com/docs/extensions/reference/api/offscreen). Only one may exist at a time:
 * concurrent clips share one creation.
 */
export function offscreenExtractor(
  apis: OffscreenApis,
): (request: ExtractRequest) => Promise<ExtractResponse> {
  let creating: Promise<void> | undefined;
  async function ensureDocument(): Promise<void> {
    const contexts = await apis.runtime.getContexts({
      contextTypes: ["OFFSCREEN_DOCUMENT" as chrome.runtime.ContextType],
    });
    if (contexts.length > 0) return;
    creating ??= apis.offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: ["DOM_PARSER" as chrome.offscreen.Reason],
        justification: "Parse the markup of a page the user clipped, to read the vendor's details.",
      })
      .finally(() => {
        creating = undefined;
      });
    await creating;
  }
  return async (request) => {
    await ensureDocument();
    const answer: unknown = await apis.runtime.sendMessage({ ...request, target: OFFSCREEN_TARGET });
    return readExtractResponse(answer);
  };
}

/** The offscreen document's side: answers extract requests, ignores every other message. */
export function listenForExtractRequests(
  onMessage: Pick<typeof chrome.runtime.onMessage, "addListener">,
  handle: (message: unknown) => ExtractResponse,
): void {
  onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (typeof message !== "object" || message === null) return false;
    if ((message as { target?: unknown }).target !== OFFSCREEN_TARGET) return false;
    sendResponse(handle(message));
    return false;
  });
}
