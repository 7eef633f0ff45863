/**
 * The Node path's DOM parse, shared by `npm run extract` and the Node benchmark.
 *
 * One jsdom window is made once and its DOMParser parses every page: the same parse5 parser and the
 * same document as `new JSDOM(html)`, without building a window (globals, location, history) per
 * page, which cost about as much again as the parse itself (19 fixture pages: 2.1 s with a window
 * each, 1.1 s through one DOMParser). No script runs and nothing is fetched: a DOMParser document has
 * no browsing context. The extractor resolves links against the page URL it is given, never the
 * document's own URL, so captures are the same either way (parse-html.test.ts checks every page).
 *
 * happy-dom parses faster still but is not a conforming HTML parser: an inline script in the head
 * holding `a<e` makes it put the whole body inside <head>, losing the page's text.
 */
import { JSDOM } from "jsdom";

let parser: DOMParser | undefined;

export function parseHtml(html: string): Document {
  parser ??= new new JSDOM("").window.DOMParser();
  return parser.parseFromString(html, "text/html");
}
