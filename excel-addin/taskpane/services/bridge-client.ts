/**
 * How the task pane finds the extension: a hello to each known extension id, waiting through pairing, or a
 * sentence saying why the live bridge is not available here.
 */
import {
  BRIDGE_PROTOCOL_VERSION,
  BridgeError,
  BridgePairingPending,
  type BridgeRequest,
  type BridgeTransport,
  callBridge,
} from "../../../shared/bridge/protocol";

/** Sends one message to an extension by id; rejects when the browser reports it could not deliver. */
export type ExtensionSend = (extensionId: string, message: BridgeRequest) => Promise<unknown>;

export type ExtensionConnection =
  | { kind: "connected"; transport: BridgeTransport; appVersion: string }
  | { kind: "unavailable"; reason: string };

export interface ConnectOptions {
  /** null when the page has no `chrome.runtime.sendMessage` (no extension allows this page, or not Chrome/Edge). */
  send: ExtensionSend | null;
  /**
   * The extension's id, or several tried in turn: a store-installed copy has the id its store gave it,
   * an unpacked development copy the id its manifest key pins (shared/bridge/extension-id.ts).
   */
  extensionId: string | readonly string[];
  /** `Office.context.diagnostics.platform`, or null outside Office. */
  platform: string | null;
  /**
   * `window.origin`: "null" in a frame sandboxed without allow-same-origin, which no extension will
   * answer, so the reason can say so (issue 18: Excel on the web hosts the pane in a frame).
   */
  pageOrigin?: string;
  /** The whole search, hello included, gives up after this long. */
  timeoutMs?: number;
  /** Each later request gives up after this long. */
  requestTimeoutMs?: number;
  /**
   * Called with the pairing code while the extension holds this add-in until the owner approves it in
   * the side panel (again if the code changes); the hello is then repeated every `pairingPollMs`.
   */
  onPairing?: (code: string) => void;
  pairingPollMs?: number;
  /** How long to wait for the owner's approval before giving up with a sentence. */
  pairingTimeoutMs?: number;
}

/** Office platforms that run the task pane in an embedded webview, where browser extensions never run. */
const DESKTOP_PLATFORMS = new Set(["PC", "Mac", "iOS", "Android", "Universal"]);

export const REASON_DESKTOP =
  "Excel desktop runs add-ins in a built-in browser where extensions cannot run. Export a vendor pack from the VendorScout extension and import it here.";
export const REASON_NO_EXTENSION =
  "The VendorScout extension is not installed in this browser, or this is not Chrome or Edge. Install the extension in Chrome or Edge and open Excel on the web there, or import a vendor pack.";
export const REASON_SANDBOXED =
  "This pane is in a sandboxed frame without an origin of its own (no allow-same-origin), and the browser does not let such a page reach an extension. Import a vendor pack exported from the VendorScout extension instead.";
export const REASON_NO_ANSWER =
  "The VendorScout extension did not answer within a second (it may be turned off or not installed). Turn it on and reopen the add-in, or import a vendor pack.";
export const REASON_NOT_APPROVED =
  "The VendorScout side panel did not approve this add-in in time. Reopen the add-in to get a new code, or import a vendor pack.";

/**
 * Finds the extension within `timeoutMs` (1 s): a hello over `send`, or a sentence saying why the
 * live bridge is not available (Excel desktop, no extension, no answer, another protocol version,
 * the owner denied it). While the extension holds the add-in for pairing, `onPairing` gets the code
 * and the hello is repeated until the owner approves, denies, or `pairingTimeoutMs` passes.
 *
 * @example
 * await connectToExtension({ send: null, extensionId, platform: "OfficeOnline" })
 * //=> { kind: "unavailable", reason: "The VendorScout extension is not installed in this browser, ..." }
 */
export async function connectToExtension(options: ConnectOptions): Promise<ExtensionConnection> {
  if (options.platform !== null && DESKTOP_PLATFORMS.has(options.platform)) {
    return { kind: "unavailable", reason: REASON_DESKTOP };
  }
  // A frame sandboxed without allow-same-origin has an opaque origin ("null"), which the bridge never
  // approves (isAllowedOrigin). Chrome still gives such a frame chrome.runtime when its address matches
  // externally_connectable, and the extension then refuses it as "not the add-in" (measured in
  // tests/e2e/taskpane-frame.test.ts), so the reason is decided here, before asking.
  // https://html.spec.whatwg.org/multipage/browsers.html#sandboxing
  if (options.pageOrigin === "null") return { kind: "unavailable", reason: REASON_SANDBOXED };
  const send = options.send;
  if (send === null) return { kind: "unavailable", reason: REASON_NO_EXTENSION };
  const ids = typeof options.extensionId === "string" ? [options.extensionId] : options.extensionId;
  let result: ExtensionConnection = { kind: "unavailable", reason: REASON_NO_EXTENSION };
  for (const id of ids) {
    result = await connectToOne(options, send, id);
    // Only "no extension with this id here" moves on to the next id; any other answer came from VendorScout.
    if (result.kind === "connected" || result.reason !== REASON_NO_EXTENSION) return result;
  }
  return result;
}

async function connectToOne(
  options: ConnectOptions,
  send: ExtensionSend,
  extensionId: string,
): Promise<ExtensionConnection> {
  const timeoutMs = options.timeoutMs ?? 1000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const transport: BridgeTransport = (request) =>
    withTimeout(
      send(extensionId, request),
      requestTimeoutMs,
      "The VendorScout extension stopped answering. Reload the add-in and try again, or import a vendor pack.",
    );
  const pairingDeadline = Date.now() + (options.pairingTimeoutMs ?? 10 * 60 * 1000);
  let shownCode: string | null = null;
  try {
    for (;;) {
      try {
        const hello = await callBridge(
          (request) => withTimeout(send(extensionId, request), timeoutMs, REASON_NO_ANSWER),
          { type: "hello", protocolVersion: BRIDGE_PROTOCOL_VERSION },
        );
        return { kind: "connected", transport, appVersion: hello.appVersion };
      } catch (error) {
        // Held until the owner answers in the side panel: show the code, ask again shortly.
        if (!(error instanceof BridgePairingPending)) throw error;
        if (error.code !== shownCode) {
          shownCode = error.code;
          options.onPairing?.(error.code);
        }
        if (Date.now() >= pairingDeadline) return { kind: "unavailable", reason: REASON_NOT_APPROVED };
        await new Promise((resolve) => setTimeout(resolve, options.pairingPollMs ?? 1000));
      }
    }
  } catch (error) {
    const message = error instanceof BridgeError ? error.message : REASON_NO_ANSWER;
    // "Could not establish connection" (no such extension) reads better as the no-extension sentence.
    return {
      kind: "unavailable",
      reason: /could not establish connection|receiving end does not exist/i.test(message)
        ? REASON_NO_EXTENSION
        : message,
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, sentence: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new BridgeError(sentence)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
