/**
 * One job: tell a full-storage failure apart from other errors, and say it to the owner.
 */
/** What the owner reads when the browser refuses to store more (IndexedDB QuotaExceededError). */
export const STORAGE_FULL_MESSAGE =
  "Your browser's storage for VendorScout is full. To free space, open vendors you no longer need in the side panel and choose “Delete this vendor” (to keep a copy first, use “Export library (.vendorpack.json)” under Import / export), then try again.";

/**
 * Whether an error from Dexie/IndexedDB means the storage quota is used up. Dexie may pass the
 * DOMException on, or wrap it (`inner`) in an AbortError or BulkError (`failures`).
 *
 * @example
 * isQuotaExceeded(new DOMException("full", "QuotaExceededError")) //=> true
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const record = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (record.name === "QuotaExceededError") return true;
  if (isQuotaExceeded(record.inner, depth + 1)) return true;
  const failures = Array.isArray(record.failures)
    ? record.failures
    : typeof record.failures === "object" && record.failures !== null
      ? Object.values(record.failures)
      : [];
  return failures.some((failure) => isQuotaExceeded(failure, depth + 1));
}
