/**
 * Pairing: the first bridge request from an add-in origin waits until the owner approves that origin
 * in the side panel (DESIGN.md, "Bridge"; issue 19). The static allowlist says which origin may ask at
 * all; pairing says whether the owner agreed. Until then the bridge answers with the code only.
 */

import * as z from "zod";

export type PairingStatus = "pending" | "approved" | "denied";

/** Letters and digits a reader cannot confuse (no 0/O, 1/I/L). */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const PAIRING_CODE_PATTERN = /^[A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}$/;

/** One origin's pairing as stored (in the extension's local storage area); read back through this schema. */
export const pairingRecordSchema = z.strictObject({
  origin: z.string().min(1).max(300),
  status: z.enum(["pending", "approved", "denied"]),
  /** Shown in the task pane and in the side panel, so the owner can tell it is their own request. */
  code: z.string().regex(PAIRING_CODE_PATTERN),
  /** ISO time of the request that opened this record. */
  requestedAt: z.iso.datetime(),
  /** ISO time the owner allowed or denied it. */
  decidedAt: z.iso.datetime().optional(),
});
export type PairingRecord = z.infer<typeof pairingRecordSchema>;

/** A pending request older than this gets a fresh code: a code left on screen should not stay valid for days. */
export const PENDING_PAIRING_TTL_MS = 15 * 60 * 1000;

/**
 * A six-character code such as "K7P-Q2M" from six random bytes (the adapter passes
 * crypto.getRandomValues). Bytes beyond 6 are ignored; fewer is a programming error.
 *
 * @example
 * pairingCode(new Uint8Array([0, 1, 2, 3, 4, 5])) //=> "ABC-DEF"
 */
export function pairingCode(random: Uint8Array): string {
  if (random.length < 6) throw new RangeError("pairingCode needs six random bytes.");
  const chars = Array.from(random.slice(0, 6), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]);
  return `${chars.slice(0, 3).join("")}-${chars.slice(3).join("")}`;
}

export type PairingDecision =
  | { kind: "serve" }
  /** `write` is the record to store (a new or renewed request), or undefined when it is already stored. */
  | { kind: "pending"; code: string; write?: PairingRecord }
  | { kind: "denied" };

/**
 * What to do with a request from an allowlisted origin, given what is stored for that origin.
 *
 * @example
 * decidePairing(undefined, "https://addin.example.com", now, "K7P-Q2M")
 * //=> { kind: "pending", code: "K7P-Q2M", write: { origin, status: "pending", code: "K7P-Q2M", requestedAt } }
 * decidePairing({ status: "approved", ... }, origin, now, code) //=> { kind: "serve" }
 */
export function decidePairing(
  stored: PairingRecord | undefined,
  origin: string,
  now: Date,
  freshCode: string,
): PairingDecision {
  if (stored && stored.origin === origin) {
    if (stored.status === "approved") return { kind: "serve" };
    if (stored.status === "denied") return { kind: "denied" };
    const age = now.getTime() - Date.parse(stored.requestedAt);
    if (age >= 0 && age < PENDING_PAIRING_TTL_MS) return { kind: "pending", code: stored.code };
  }
  const write: PairingRecord = { origin, status: "pending", code: freshCode, requestedAt: now.toISOString() };
  return { kind: "pending", code: freshCode, write };
}

/** The owner's answer in the side panel, as the record to store. */
export function decideRequest(record: PairingRecord, allow: boolean, now: Date): PairingRecord {
  return { ...record, status: allow ? "approved" : "denied", decidedAt: now.toISOString() };
}

/** The sentence the task pane shows under the code. */
export function pairingPendingSentence(code: string): string {
  return `Approve in the VendorScout side panel: open it from the browser toolbar, check that it shows the code ${code}, and choose Allow.`;
}

export const PAIRING_DENIED_SENTENCE =
  "The owner of this browser denied this add-in access to the VendorScout library. To allow it, open the VendorScout side panel, remove the denial, and reopen the add-in.";

/** Side panel order: requests waiting for an answer first, newest first, then the rest by origin. */
export function sortPairings(records: readonly PairingRecord[]): PairingRecord[] {
  const rank = { pending: 0, approved: 1, denied: 2 } as const;
  return [...records].sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      b.requestedAt.localeCompare(a.requestedAt) ||
      a.origin.localeCompare(b.origin),
  );
}
