/**
 * Adapts handleBridgeRequest to Chrome's `onMessageExternal` callback, which may answer asynchronously only
 * when it returns true.
 */
import type { BridgeResponse } from "../../shared/bridge/protocol";
import { type BridgeDeps, handleBridgeRequest } from "./handle-bridge-request";

type ExternalMessageListener = (
  message: unknown,
  sender: chrome.runtime.MessageSender,
  sendResponse: (response: BridgeResponse) => void,
) => boolean;

/**
 * The `onMessageExternal` callback: hands the message and `sender.origin` to the handler and answers
 * asynchronously, which Chrome allows only when the listener returns true.
 * https://developer.chrome.com/docs/extensions/develop/concepts/messaging#external-webpage
 */
export function bridgeListener(deps: () => BridgeDeps): ExternalMessageListener {
  return (message, sender, sendResponse) => {
    void handleBridgeRequest(message, sender.origin, deps()).then(sendResponse);
    return true;
  };
}
