/**
 * Page markup is parsed in an offscreen document because the service worker has no DOMParser: this creates
 * that document once, shares it between concurrent clips, and answers extract requests inside it.
 */
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
   * most of the first clip after the browser starts (BENCHMARKS.md, extract.first_clip_*).
   */
  prepare(): Promise<void>;
}

/**
 * The service worker has no DOMParser, so page markup is parsed in an offscreen document
 * (https://developer.chrome.com/docs/extensions/reference/api/offscreen). Only one may exist at a time:
 * concurrent clips and preparations share one look and one creation. Once made it stays for the
 * clips that follow, also when the popup made it and the owner did not clip.
 */
export function offscreenExtractor(apis: OffscreenApis): OffscreenExtractor {
  let ensuring: Promise<void> | undefined;
  async function createUnlessThere(): Promise<void> {
    const contexts = await apis.runtime.getContexts({
      contextTypes: ["OFFSCREEN_DOCUMENT" as chrome.runtime.ContextType],
    });
    if (contexts.length > 0) return;
    await apis.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ["DOM_PARSER" as chrome.offscreen.Reason],
      justification: "Parse the markup of a page the user clipped, to read the vendor's details.",
    });
  }
  // The look and the creation are one step: a caller that looked while another was creating, and
  // heard back after it finished, would otherwise create a second document, which Chrome refuses.
  function ensureDocument(): Promise<void> {
    ensuring ??= createUnlessThere().finally(() => {
      ensuring = undefined;
    });
    return ensuring;
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
