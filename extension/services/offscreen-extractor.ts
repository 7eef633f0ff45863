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

export interface OffscreenExtractor {
  /** Parses and extracts one page's markup in the offscreen document, creating it when there is none. */
  extract(request: ExtractRequest): Promise<ExtractResponse>;
  /**
   * Creates the offscreen document ahead of a clip: creating it and loading the extractor there is
   * most of the first clip after the browser starts (about 150 ms of 200-240 ms here).
   */
  prepare(): Promise<void>;
}

/**
 * The service worker has no DOMParser, so page markup is parsed in an offscreen document
 * (https://developer.chrome.com/docs/extensions/reference/api/offscreen). Only one may exist at a time:
 * concurrent clips share one creation. Once made it stays, for the clips that follow.
 */
export function offscreenExtractor(apis: OffscreenApis): OffscreenExtractor {
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
  return {
    prepare: ensureDocument,
    async extract(request) {
      await ensureDocument();
      const answer: unknown = await apis.runtime.sendMessage({ ...request, target: OFFSCREEN_TARGET });
      return readExtractResponse(answer);
    },
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
