/**
 * Reads the text a visitor sees in one walk of the page, in blocks under their headings, skipping hidden
 * elements and stopping at a cap so huge pages stay fast.
 */
import { clip } from "./plain-text";

/** One run of text between block boundaries, with the heading (or card title) it sits under. */
export interface TextBlock {
  text: string;
  heading?: string;
}

export interface PageText {
  /** The visible text in document order, whitespace collapsed, blocks joined by one space. */
  text: string;
  blocks: TextBlock[];
  /** True when the page had more text than the cap and the rest was not read. */
  truncated: boolean;
  /** Elements met on the way, so other layers need no query of their own. */
  itemScopes: Element[];
  /** href of every mailto: and tel: link. */
  contactHrefs: string[];
}

const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "HEAD",
  "IFRAME",
  "OBJECT",
  "CANVAS",
]);
const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BR",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TBODY",
  "TD",
  "TFOOT",
  "TH",
  "THEAD",
  "TR",
  "UL",
  "BUTTON",
  "OPTION",
  "SELECT",
  "LABEL",
]);
const HEADINGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
// Pricing cards often title a plan with a styled div rather than a heading element.
const CARD_TITLE = /(?:^|[\s_-])(?:plan|tier|package|card|pricing)[-_]?(?:name|title|heading)(?:$|[\s_-])/i;
const WHITESPACE = /[\s\u00a0\u200b]+/g;

/**
 * Reads the text a visitor sees, in one walk of the tree: skips scripts, styles, templates and
 * elements hidden by attribute (`hidden`, `aria-hidden="true"`, inline `display:none`); never
 * asks for computed styles. Stops after `maxChars` characters so huge pages stay fast.
 */
export function readPageText(root: Document | ParentNode, maxChars = 2_000_000): PageText {
  const blocks: TextBlock[] = [];
  let buffer = "";
  let total = 0;
  let heading: string | undefined;
  let truncated = false;
  const itemScopes: Element[] = [];
  const contactHrefs: string[] = [];

  const flush = () => {
    const text = buffer.replace(WHITESPACE, " ").trim();
    buffer = "";
    if (!text) return;
    blocks.push(heading === undefined ? { text } : { text, heading });
    total += text.length + 1;
  };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (truncated) return;
      if (child.nodeType === 3) {
        buffer += (child as Text).data;
        if (buffer.length > 4096) {
          // Long runs without a block boundary still have to respect the cap.
          if (total + buffer.length > maxChars) {
            // Cut before collapsing whitespace: collapsing a 5 MB text node only to keep 2 MB of it
            // was most of the time on the adversarial pages (issue 19, finding 2).
            buffer = buffer.slice(0, Math.max(0, maxChars - total));
            flush();
            truncated = true;
            return;
          }
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      // Attribute reads are the costly part of a walk in jsdom; most elements have none.
      const hasAttributes = element.hasAttributes();
      if (hasAttributes && isHiddenByAttribute(element)) continue;
      if (hasAttributes && element.hasAttribute("itemscope")) itemScopes.push(element);
      if (tag === "A" && hasAttributes) {
        const href = element.getAttribute("href");
        if (href && /^(?:mailto|tel):/i.test(href)) contactHrefs.push(href);
      }
      const isHeading =
        HEADINGS.has(tag) || (hasAttributes && CARD_TITLE.test(element.getAttribute("class") ?? ""));
      const isBlock = isHeading || BLOCKS.has(tag);
      if (isBlock) flush();
      if (isHeading) {
        walk(element);
        const text = buffer.replace(WHITESPACE, " ").trim();
        if (text) heading = clip(text, 120);
        flush();
      } else {
        walk(element);
        if (isBlock) flush();
      }
      if (total > maxChars) {
        truncated = true;
        return;
      }
    }
  };

  walk(root as Node);
  flush();
  let text = blocks.map((block) => block.text).join(" ");
  if (text.length > maxChars) {
    text = text.slice(0, maxChars);
    truncated = true;
  }
  return { text, blocks, truncated, itemScopes, contactHrefs };
}

function isHiddenByAttribute(element: Element): boolean {
  // aria-hidden is not checked: sites hide decorative duplicates from screen readers, not from eyes.
  if (element.hasAttribute("hidden")) return true;
  const style = element.getAttribute("style");
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * The plain text of one element (textContent, whitespace collapsed), skipping scripts and styles,
 * with block boundaries kept as spaces so "<p>a</p><p>b</p>" reads "a b".
 */
export function elementText(element: Element | null | undefined, maxChars = 20_000): string {
  if (!element) return "";
  return readPageText(element, maxChars).text;
}
