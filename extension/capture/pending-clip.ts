/** The held clip's stored shape: a shortcut or menu clip of a page that does not read as a provider's, kept until the owner answers "Save anyway?". */
import * as z from "zod";
import { captureSchema } from "../../shared/schema/capture";

/**
 * A clip started by the shortcut or the context menu on a page that does not read as a provider's
 * (shared/extract/clip-decision.ts): what was read, held until the owner answers "Save anyway?" in the
 * side panel. The page is read once, at the gesture, while activeTab allows it; saving later needs
 * no second read, so the answer still works after the owner has moved to another page.
 */
export const pendingClipSchema = z.object({
  /** Tells one question from the next: an answer to an earlier one never saves a later page. */
  id: z.string().min(1),
  tabId: z.number().int().nonnegative(),
  pageTitle: z.string().max(1_000),
  askedAt: z.iso.datetime({ offset: true }),
  /** What the page showed, in words (provider-signals' `found`): "an article", "prices"... */
  found: z.array(z.string()).max(20),
  capture: captureSchema,
});
export type PendingClip = z.infer<typeof pendingClipSchema>;

/** Reads a stored question; anything else (an older shape, a broken value) is no question. */
export function readPendingClip(value: unknown): PendingClip | undefined {
  const parsed = pendingClipSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * What an answer does: save the held capture, drop it, or nothing when the question it answers is no
 * longer the one waiting (answered in another window, replaced by a newer clip).
 *
 * @example
 * answerPendingClip(pending, { id: pending.id, save: true }) //=> { kind: "save", pending }
 * answerPendingClip(pending, { id: "older", save: true })    //=> { kind: "stale", message: "…" }
 */
export function answerPendingClip(
  waiting: PendingClip | undefined,
  answer: { id: string; save: boolean },
): { kind: "save"; pending: PendingClip } | { kind: "drop" } | { kind: "stale"; message: string } {
  if (!waiting || waiting.id !== answer.id) {
    return {
      kind: "stale",
      message:
        "That question was already answered, or a newer clip replaced it. Clip the page again to save it.",
    };
  }
  return answer.save ? { kind: "save", pending: waiting } : { kind: "drop" };
}

/**
 * The page as the question names it: its title, else its address's host.
 *
 * @example
 * pendingPageName({ pageTitle: "", capture: { url: "https://riverside-gazette.example/2026/rates" } }) //=> "riverside-gazette.example"
 */
export function pendingPageName(
  pending: Pick<PendingClip, "pageTitle"> & { capture: { url: string } },
): string {
  if (pending.pageTitle.trim()) return pending.pageTitle.trim();
  try {
    return new URL(pending.capture.url).host;
  } catch {
    return pending.capture.url;
  }
}
