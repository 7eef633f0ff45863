/**
 * The offscreen document's page (reason DOM_PARSER): parses clipped markup for the service worker, which has
 * no DOMParser.
 */
import { extractOptionsForBuild } from "../capture/extract-options";
import { extractPageHtml } from "../capture/extract-page-html";
import { listenForExtractRequests } from "../services/offscreen-extractor";

// Inlined by Plasmo at build time; build-extension.ts sets it ("development" or "production").
const BUILD = extractOptionsForBuild(process.env.PLASMO_PUBLIC_BUILD_MODE);

// The offscreen document (reason DOM_PARSER): parses clipped markup for the service worker.
listenForExtractRequests(chrome.runtime.onMessage, (message) =>
  extractPageHtml((html) => new DOMParser().parseFromString(html, "text/html"), message, BUILD),
);

export default function OffscreenPage() {
  return null;
}
