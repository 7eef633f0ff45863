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
 */
export function snapshotPage(maxChars: number): PageSnapshot {
  const html = document.documentElement.outerHTML;
  const selection = window.getSelection();
  return {
    url: location.href,
    title: document.title,
    html: html.length > maxChars ? html.slice(0, maxChars) : html,
    selectionText: selection ? selection.toString() : "",
    truncated: html.length > maxChars,
  };
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
