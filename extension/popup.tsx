/**
 * The toolbar popup's Plasmo entry: binds the popup's ports to chrome, the page reader and the library, then
 * renders PopupView.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { providerSignals } from "../shared/extract/provider-signals";
import { type PopupPorts, PopupView } from "./components/popup-view";
import { getActiveTab } from "./services/active-tab";
import { setFocusVendor } from "./services/focus-vendor";
import { knownVendorForUrl } from "./services/known-vendor";
import { openLibrary } from "./services/library";
import { readPageSnapshot } from "./services/page-snapshot";
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
  checkPage: async (tab) => {
    const page = await readPageSnapshot((injection) => chrome.scripting.executeScript(injection), tab.id);
    // Parsed inert (DOMParser runs no script and loads nothing): the markup is only read.
    return providerSignals(new DOMParser().parseFromString(page.html, "text/html"), page.url);
  },
  openLibrary: (tab, vendorId) => {
    // Both calls start inside the click: sidePanel.open must not wait behind an await.
    if (vendorId) void setFocusVendor(chrome.storage.session, vendorId, new Date());
    openPanel(tab);
  },
  openEvaluations: (tab, vendorId) => {
    void setFocusVendor(chrome.storage.session, vendorId, new Date(), "evaluations");
    openPanel(tab);
  },
  listEvaluations: () => openLibrary().listEvaluations(),
  addToEvaluation: async (evaluationId, vendorId) => {
    await openLibrary().addToEvaluation(evaluationId, [vendorId]);
  },
};

function openPanel(tab: { windowId: number }): void {
  openSidePanel(chrome.sidePanel, { windowId: tab.windowId })
    .then(() => window.close())
    .catch(() => undefined);
}

export default function Popup() {
  return (
    <FluentProvider theme={webLightTheme}>
      <PopupView ports={ports} />
    </FluentProvider>
  );
}
