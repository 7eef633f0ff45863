/**
 * The messages the popup and side panel send the service worker, and the check on its answer (no answer means
 * the worker was not reachable).
 */
import * as z from "zod";
import type { ClipOutcome } from "./clip-tab";

/** What the popup and side panel ask the service worker for. */
export const uiRequestSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("clip-tab"), tabId: z.number().int().nonnegative() }),
  // A page changed the library (edit, import, delete): wakes the worker to rebuild the review submenu.
  z.object({ type: z.literal("library-changed") }),
  // The popup opened on a page it may clip: the worker gets its page reader (the offscreen document)
  // ready while the owner reaches for the button.
  z.object({ type: z.literal("prepare-clip") }),
  // The side panel's answer to "Save anyway?" for a shortcut or context-menu clip it holds.
  z.object({ type: z.literal("answer-pending-clip"), id: z.string().min(1), save: z.boolean() }),
]);
export type UiRequest = z.infer<typeof uiRequestSchema>;

const clipOutcomeSchema = z.union([
  z.object({
    ok: z.literal(true),
    kind: z.enum(["page", "review", "note"]),
    vendorId: z.string(),
    vendorName: z.string(),
    created: z.boolean(),
    reviewsAdded: z.number(),
    pageKind: z.enum(["vendor-site", "directory"]).optional(),
    warnings: z.array(z.string()),
  }),
  z.object({ ok: z.literal(false), message: z.string(), asking: z.literal(true).optional() }),
]);

/** Reads the service worker's answer; no answer at all means the worker was not reachable. */
export function readClipOutcome(value: unknown): ClipOutcome {
  const parsed = clipOutcomeSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return {
    ok: false,
    message:
      "VendorScout's background service did not answer. Close this popup and click the toolbar button again.",
  };
}
