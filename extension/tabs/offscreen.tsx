import { extractPageHtml } from "../capture/extract-page-html";
import { listenForExtractRequests } from "../services/offscreen-extractor";

// The offscreen document (reason DOM_PARSER): parses clipped markup for the service worker.
listenForExtractRequests(chrome.runtime.onMessage, (message) =>
  extractPageHtml((html) => new DOMParser().parseFromString(html, "text/html"), message),
);

export default function OffscreenPage() {
  return null;
}
