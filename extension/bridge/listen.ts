/**
 * Registers the bridge's `onMessageExternal` listener at the service worker's top level, with the real
 * library, pairing store and allowed origins.
 */
import { openLibrary } from "../services/library";
import { ALLOWED_ADDIN_ORIGINS } from "./allowed-origins";
import { bridgeListener } from "./bridge-listener";
import { consoleBridgeLog } from "./console-log";
import { pairingStore } from "./pairing-store";

const pairing = pairingStore({
  area: chrome.storage.local,
  now: () => new Date(),
  randomBytes: () => crypto.getRandomValues(new Uint8Array(6)),
});

// Registered at the service worker's top level so a message from the task pane wakes the worker and
// finds the listener (MV3 drops listeners added later). The library is opened on the first request.
chrome.runtime.onMessageExternal.addListener(
  bridgeListener(() => ({
    library: openLibrary(),
    allowedOrigins: ALLOWED_ADDIN_ORIGINS,
    pairing,
    log: consoleBridgeLog,
    appVersion: chrome.runtime.getManifest().version,
  })),
);
