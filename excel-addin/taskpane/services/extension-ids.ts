/** The extension ids this build of the task pane calls, filled in at build time. */
import { extensionIdsToCall } from "../../../shared/bridge/extension-id";

// Replaced at build time by excel-addin/build/build.ts (Vite `define`) from VENDORSCOUT_EXTENSION_IDS.
declare const __VENDORSCOUT_EXTENSION_IDS__: string | undefined;

/** The extension ids this build of the task pane calls: the release's store ids, then the development id. */
export function builtExtensionIds(): string[] {
  return extensionIdsToCall(
    typeof __VENDORSCOUT_EXTENSION_IDS__ === "string" ? __VENDORSCOUT_EXTENSION_IDS__ : undefined,
  );
}
