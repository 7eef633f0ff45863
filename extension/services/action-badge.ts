/** Shows a badge on one tab's toolbar button, with the chrome.action API passed in. */
import type { BadgeState } from "../capture/clip-announcement";

export type ActionApi = Pick<typeof chrome.action, "setBadgeText" | "setBadgeBackgroundColor" | "setTitle">;

/** Shows a badge on one tab's toolbar button. */
export async function showBadge(action: ActionApi, tabId: number, badge: BadgeState): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}
