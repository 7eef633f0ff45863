/** Finds the tab the popup was opened over, with chrome.tabs passed in. */
export interface ActiveTab {
  id: number;
  windowId: number;
  /** Present only when the extension may see it: in the popup, activeTab grants it. */
  url?: string;
}

/** The tab the popup was opened over. */
export async function getActiveTab(tabs: Pick<typeof chrome.tabs, "query">): Promise<ActiveTab | undefined> {
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  return tab.url === undefined
    ? { id: tab.id, windowId: tab.windowId }
    : { id: tab.id, windowId: tab.windowId, url: tab.url };
}
