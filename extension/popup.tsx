import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { type PopupPorts, PopupView } from "./components/popup-view";
import { getActiveTab } from "./services/active-tab";
import { setFocusVendor } from "./services/focus-vendor";
import { knownVendorForUrl } from "./services/known-vendor";
import { openLibrary } from "./services/library";
import { prepareClip, requestClip } from "./services/runtime-client";
import { openSidePanel } from "./services/side-panel";

const ports: PopupPorts = {
  getActiveTab: () => getActiveTab(chrome.tabs),
  findVendorForUrl: async (url) => {
    const vendor = await knownVendorForUrl(openLibrary(), url);
    return vendor ? { id: vendor.id, name: vendor.name, status: vendor.status } : undefined;
  },
  clip: (tabId) => requestClip(chrome.runtime, tabId),
  prepareClip: () => void prepareClip(chrome.runtime),
  openLibrary: (tab, vendorId) => {
    // Both calls start inside the click: sidePanel.open must not wait behind an await.
    if (vendorId) void setFocusVendor(chrome.storage.session, vendorId, new Date());
    openSidePanel(chrome.sidePanel, { windowId: tab.windowId })
      .then(() => window.close())
      .catch(() => undefined);
  },
};

export default function Popup() {
  return (
    <FluentProvider theme={webLightTheme}>
      <PopupView ports={ports} />
    </FluentProvider>
  );
}
