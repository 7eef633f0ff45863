/** Sends the bridge's refusals to the service worker console, where an owner or a test can read them. */
import type { BridgeLog } from "./handle-bridge-request";

/** Bridge refusals go to the service worker console, where an owner or a test can read them. */
export const consoleBridgeLog: BridgeLog = {
  warn: (message, details) => console.warn(`[VendorScout] ${message}`, details ?? {}),
  error: (message, details) => console.error(`[VendorScout] ${message}`, details ?? {}),
};
