/** What the clip reads from a tab: its markup (bounded), address and the owner's selection. */
export interface PageSnapshot {
  url: string;
  title: string;
  html: string;
  selectionText: string;
  /** True when the markup was cut at `MAX_PAGE_CHARS`; the clip says so in its warnings. */
  truncated: boolean;
}

/** 5 MB of markup is far more than any provider or directory page needs; larger pages are cut. */
export const MAX_PAGE_CHARS = 5 * 1024 * 1024;

/**
 * Runs inside the page through `chrome.scripting.executeScript`, which serialises the function's
 * source: it must not refer to anything outside its own body.
 *
 * Nothing is built whole before it is cut (issue 19, finding 8): the markup is serialised node by node
 * (as the HTML serialisation algorithm does, https://html.spec.whatwg.org/#serialising-html-fragments)
 * and stops at `maxChars`, so a page with a 200 MB attribute costs no more than `maxChars`; the title
 * is read from its text nodes up to 1,000 characters and the selection's text is measured before
 * `toString()` builds it, and cut at 100,000 characters.
 */
export function snapshotPage(maxChars: number): PageSnapshot {
  const MAX_TITLE_CHARS = 1_000;
  const MAX_SELECTION_CHARS = 100_000;
  const VOID = new Set([
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "keygen",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
  ]);
  const LITERAL = new Set([
    "style",
    "script",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
    "noscript",
  ]);
  const escapeText = (text: string) =>
    text
      .replace(/&/g, "&amp;")
      .replace(/\u00a0/g, "&nbsp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;");
  const escapeAttribute = (text: string) =>
    text
      .replace(/&/g, "&amp;")
      .replace(/\u00a0/g, "&nbsp;")
      .replace(/"/g, "&quot;");

  const parts: string[] = [];
  let used = 0;
  let truncated = false;
  /** Appends up to the budget; false once the budget is spent. */
  const append = (text: string): boolean => {
    if (used + text.length > maxChars) {
      parts.push(text.slice(0, maxChars - used));
      used = maxChars;
      truncated = true;
      return false;
    }
    parts.push(text);
    used += text.length;
    return true;
  };
  /** At most what is left of the budget (plus one, so going over is still seen), never the whole value. */
  const head = (text: string) => (text.length > maxChars - used ? text.slice(0, maxChars - used + 1) : text);

  // Depth first without recursion: a page nested 100,000 deep must not overflow the stack.
  const stack: Array<Node | string> = [document.documentElement];
  while (stack.length > 0 && !truncated) {
    const item = stack.pop() as Node | string;
    if (typeof item === "string") {
      append(item);
      continue;
    }
    if (item.nodeType === Node.TEXT_NODE) {
      const text = head((item as Text).data);
      const parent = item.parentNode?.nodeName.toLowerCase() ?? "";
      append(LITERAL.has(parent) ? text : escapeText(text));
      continue;
    }
    if (item.nodeType !== Node.ELEMENT_NODE) continue;
    const element = item as Element;
    const name = element.localName;
    if (!append(`<${name}`)) break;
    for (const attribute of Array.from(element.attributes)) {
      if (!append(` ${attribute.name}="${escapeAttribute(head(attribute.value))}"`)) break;
    }
    if (!append(">") || VOID.has(name)) continue;
    stack.push(`</${name}>`);
    const children =
      name === "template" ? (element as HTMLTemplateElement).content.childNodes : element.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node);
  }

  let title = "";
  const titleElement = document.querySelector("title");
  for (const node of Array.from(titleElement?.childNodes ?? [])) {
    if (title.length >= MAX_TITLE_CHARS) break;
    if (node.nodeType === Node.TEXT_NODE)
      title += (node as Text).data.slice(0, MAX_TITLE_CHARS - title.length);
  }
  title = title.replace(/\s+/g, " ").trim();

  let selectionText = "";
  const selection = window.getSelection();
  if (selection && selection.rangeCount > 0) {
    // Measured first: toString() builds the whole text, which for a select-all of a huge page is huge.
    let length = 0;
    const pieces: string[] = [];
    for (let r = 0; r < selection.rangeCount && length <= MAX_SELECTION_CHARS; r++) {
      const range = selection.getRangeAt(r);
      const root = range.commonAncestorContainer;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (
        let node = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode();
        node;
        node = walker.nextNode()
      ) {
        if (!range.intersectsNode(node)) continue;
        const data = (node as Text).data;
        const start = node === range.startContainer ? range.startOffset : 0;
        const end = node === range.endContainer ? range.endOffset : data.length;
        length += Math.max(0, end - start);
        if (length > MAX_SELECTION_CHARS) {
          pieces.push(data.slice(start, Math.max(start, end - (length - MAX_SELECTION_CHARS))));
          break;
        }
        pieces.push(data.slice(start, end));
        if (root.nodeType === Node.TEXT_NODE) break;
      }
    }
    selectionText = length <= MAX_SELECTION_CHARS ? selection.toString() : pieces.join("");
  }

  return { url: location.href, title, html: parts.join(""), selectionText, truncated };
}

export type ExecuteScript = (injection: {
  target: { tabId: number };
  func: (maxChars: number) => PageSnapshot;
  args: [number];
}) => Promise<Array<{ result?: unknown }>>;

/**
 * Reads a tab's page. Works only where the extension may script the tab: right after the owner's
 * gesture (activeTab) or on a host they granted.
 */
export async function readPageSnapshot(executeScript: ExecuteScript, tabId: number): Promise<PageSnapshot> {
  const results = await executeScript({ target: { tabId }, func: snapshotPage, args: [MAX_PAGE_CHARS] });
  const result = results[0]?.result;
  if (!isPageSnapshot(result)) {
    throw new Error("The page did not answer: it may still be loading or may have closed.");
  }
  return result;
}

function isPageSnapshot(value: unknown): value is PageSnapshot {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.url === "string" &&
    typeof record.html === "string" &&
    typeof record.title === "string" &&
    typeof record.selectionText === "string" &&
    typeof record.truncated === "boolean"
  );
}
