/**
 * Turns what Chrome or the pipeline threw into a sentence that says what to do next. Chrome's own
 * messages are matched loosely: their wording changes between versions.
 */
export function clipErrorMessage(error: unknown, pageUrl?: string): string {
  const text = error instanceof Error ? error.message : String(error);
  if (pageUrl !== undefined && !/^https?:/i.test(pageUrl)) return notAllowedPage(pageUrl);
  if (
    /chrome:\/\/|edge:\/\/|about:|chrome-extension:|extensions gallery|webstore|cannot be scripted/i.test(
      text,
    )
  ) {
    return notAllowedPage(pageUrl);
  }
  if (/file:\/\//i.test(text)) {
    return "VendorScout cannot read files on your computer. Open the provider's web page and clip it there.";
  }
  if (/permission|Cannot access contents|must request permission/i.test(text)) {
    return "VendorScout may read a page only right after you click its toolbar button, shortcut or menu item. Click “Clip this page” again on that tab.";
  }
  if (/error page|showing error/i.test(text)) {
    return "The tab shows an error page, not the provider's site. Reload the page and clip it once it has loaded.";
  }
  if (/No tab with id|tab was closed|Frame with ID|frame was removed|closed before/i.test(text)) {
    return "The tab closed or moved to another page before the clip finished. Open the page again and clip it.";
  }
  return `The clip did not finish (${text}). Reload the page and clip again.`;
}

function notAllowedPage(pageUrl?: string): string {
  const where = pageUrl ? ` (${pageUrl.split(/[?#]/)[0]})` : "";
  return `Chrome does not let extensions read this page${where}: browser pages such as chrome:// and the Chrome Web Store are off limits. Open the provider's own site or its review page, then clip.`;
}
