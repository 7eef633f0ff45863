/**
 * Opens the side panel, which Chrome allows only inside a user gesture, so callers call it before their first
 * await.
 */
export type SidePanelApi = Pick<typeof chrome.sidePanel, "open">;

/**
 * Opens the side panel. Chrome allows this only inside a user gesture, so callers call it before
 * their first await (https://developer.chrome.com/docs/extensions/reference/api/sidePanel#method-open).
 */
export function openSidePanel(
  sidePanel: SidePanelApi,
  where: { tabId: number } | { windowId: number },
): Promise<void> {
  return sidePanel.open(where);
}
