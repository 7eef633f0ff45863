/**
 * The offscreen document's work: parse the page markup without running its scripts and run the shared
 * extractor on it.
 */
import { type ExtractOptions, extractPage, selectionToReview } from "../../shared/extract";
import { providerSignals } from "../../shared/extract/provider-signals";
import { type ExtractResponse, extractRequestSchema } from "./extract-messages";

/**
 * The offscreen document's work: parse the page markup (DOMParser never runs its scripts) and run the
 * shared extractor on it. The parser is passed in so tests can use jsdom's; `build` is what the build
 * lets the extractor trust (extractOptionsForBuild), never taken from the message.
 */
export function extractPageHtml(
  parseHtml: (html: string) => Document,
  message: unknown,
  build: Pick<ExtractOptions, "trustDeclaredIdentityWithoutDomain"> = {},
): ExtractResponse {
  const request = extractRequestSchema.safeParse(message);
  if (!request.success) return { ok: false, message: "The clip request was malformed. Clip the page again." };
  const { html, url, selectionText, selectionAsReview } = request.data;
  const capturedAt = new Date(request.data.capturedAt);
  try {
    const document = parseHtml(html);
    const read = extractPage(
      document,
      url,
      selectionText ? { ...build, capturedAt, selectionText } : { ...build, capturedAt },
    );
    // A listing page names many providers: saving one would save the wrong one (issue 17, class 4).
    if (!read.ok) return { ok: false, message: read.message };
    const capture = read.capture;
    // Read from the same parsed page, for a shortcut or menu clip to ask before it saves a non-provider.
    const signals = providerSignals(document, url);
    if (!selectionAsReview || !selectionText?.trim()) return { ok: true, capture, signals };
    return {
      ok: true,
      capture,
      signals,
      review: selectionToReview(selectionText, url, capturedAt, document),
    };
  } catch (error) {
    return {
      ok: false,
      message: `VendorScout could not read this page (${(error as Error).message}). Reload the page and clip again; if it keeps failing, add the vendor by hand in the library.`,
    };
  }
}
