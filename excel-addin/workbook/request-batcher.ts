/**
 * Excel on the web refuses a request (everything queued between two context.sync() calls) above
 * 5 MB, and a response of the same size. The batcher keeps a running estimate of the queued payload
 * and syncs before an operation would take it past the budget, so big scorecards cost a few extra
 * syncs and never a refused request.
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */

/** Head-room under the 5 MB limit for what the estimate does not see (object paths, ids, escaping). */
export const REQUEST_BUDGET_BYTES = 3.5 * 1024 * 1024;

/** What one queued action adds besides its data: the action record, object path and property name. */
export const ACTION_OVERHEAD_BYTES = 256;

export interface Syncable {
  sync(): Promise<unknown>;
}

export class RequestBatcher {
  /** Every context.sync() made through the batcher. */
  syncs = 0;
  /** The syncs made because the budget was reached (the only ones that grow with the data). */
  chunks = 0;
  /** The largest estimated request sent. */
  maxRequestBytes = 0;
  private queued = 0;
  private afterSync: (() => void)[] = [];

  constructor(
    private readonly context: Syncable,
    readonly budget = REQUEST_BUDGET_BYTES,
  ) {}

  /**
   * Call before queueing an operation of `bytes` of data made of `actions` request entries (each
   * new range object and each property set is one): syncs first when it would take the current
   * request over the budget.
   */
  async reserve(bytes: number, actions = 1): Promise<void> {
    const cost = bytes + actions * ACTION_OVERHEAD_BYTES;
    if (this.queued > 0 && this.queued + cost > this.budget) {
      this.chunks++;
      await this.sync();
    }
    this.queued += cost;
  }

  /** Runs `fn` after the next sync: where a queued load's result becomes readable. */
  onSynced(fn: () => void): void {
    this.afterSync.push(fn);
  }

  async sync(): Promise<void> {
    this.maxRequestBytes = Math.max(this.maxRequestBytes, this.queued);
    this.queued = 0;
    this.syncs++;
    await this.context.sync();
    const callbacks = this.afterSync;
    this.afterSync = [];
    for (const callback of callbacks) callback();
  }
}

/**
 * UTF-8 length of a value's JSON, which is what travels in the request. Counted without building a
 * byte array, as it runs over every cell of a large scorecard.
 *
 * @example
 * jsonBytes([["é", 1]]) //=> 10
 */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 2 UTF-16 units, 4 UTF-8 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}
