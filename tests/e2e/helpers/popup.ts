import type { Page } from "playwright-core";
import type { ExtensionSession } from "./extension-session";

export interface PopupOverPage {
  popup: Page;
  /** Closes the popup, then the page's tab. */
  close(): Promise<void>;
}

/**
 * The extension's popup as the owner opens it over a page: the served page (tests/fixtures/pages, or
 * a route on the session's server) in a tab, the real popup in a tab behind it, then the page brought
 * to the front, so the page is the active tab the popup looks at. Returns once the popup has said
 * what it knows of the page (its site-status line); `viewport` sizes the popup, for screenshots.
 */
export async function openPopupOver(
  session: ExtensionSession,
  pagePath: string,
  viewport?: { width: number; height: number },
): Promise<PopupOverPage> {
  const tab = await session.context.newPage();
  await tab.goto(`${session.pages.origin}/${pagePath}`);
  const popup = await session.context.newPage();
  if (viewport) await popup.setViewportSize(viewport);
  await tab.bringToFront();
  await popup.goto(session.extensionUrl("popup.html"));
  await popup.getByTestId("site-status").waitFor({ timeout: 10_000 });
  return {
    popup,
    close: async () => {
      await popup.close();
      await tab.close();
    },
  };
}
