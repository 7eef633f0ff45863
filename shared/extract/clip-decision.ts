/**
 * Whether a clip the owner started without seeing the page's verdict first (the keyboard shortcut,
 * the context menu) is saved at once or waits for "Save anyway?" in the side panel. The popup asks
 * before it clips; these gestures have no popup, so the decision is made once the page is read
 * (issue 23, item 1: a news article was saved as a vendor).
 *
 * A vendor the library already holds for this page is a provider by the owner's own earlier choice:
 * asking again would only be in the way. Otherwise the page's provider signs decide
 * (shared/extract/provider-signals.ts).
 *
 * @example
 * decideGestureClip({ looksLikeProvider: true, inLibrary: false })  //=> "save"
 * decideGestureClip({ looksLikeProvider: false, inLibrary: true })  //=> "save"
 * decideGestureClip({ looksLikeProvider: false, inLibrary: false }) //=> "ask"
 */
export function decideGestureClip(page: { looksLikeProvider: boolean; inLibrary: boolean }): "save" | "ask" {
  return page.looksLikeProvider || page.inLibrary ? "save" : "ask";
}

/** The question, word for word the popup's. */
export const NOT_A_PROVIDER_QUESTION = "This doesn't look like a provider's page. Save anyway?";
