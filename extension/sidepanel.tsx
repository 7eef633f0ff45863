import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { PanelPorts } from "./components/library-port";
import { SidePanelApp } from "./components/sidepanel-app";
import { vendorsToCsv } from "./export/csv";
import { serializeVendorPack, vendorPackFileName } from "./export/vendor-pack-file";
import {
  dropDirectoryAccess,
  hasDirectoryAccess,
  requestDirectoryAccess,
} from "./services/directory-permissions";
import { downloadFile } from "./services/file-download";
import { getFocusVendor, onFocusVendor } from "./services/focus-vendor";
import { openLibrary } from "./services/library";
import { libraryPort } from "./services/library-port";

const ports: PanelPorts = {
  library: libraryPort(openLibrary()),
  onFocusVendor: (callback) => onFocusVendor(chrome.storage.onChanged, (focus) => callback(focus.vendorId)),
  focusedVendor: async () => (await getFocusVendor(chrome.storage.session))?.vendorId,
  download: (fileName, contents, type) => downloadFile(document, fileName, contents, type),
  directoryAccess: {
    has: () => hasDirectoryAccess(chrome.permissions),
    request: () => requestDirectoryAccess(chrome.permissions),
    drop: () => dropDirectoryAccess(chrome.permissions),
  },
  scorecardXlsx: async (pack, evaluationId) => {
    const evaluation = pack.evaluations.find((e) => e.id === evaluationId);
    if (!evaluation) throw new Error("the evaluation is not in the export");
    // ExcelJS is large: loaded on the first scorecard download, not with the side panel.
    const [{ buildScorecardXlsx }, { planScorecard }] = await Promise.all([
      import("./export/scorecard-xlsx"),
      import("../shared/scorecard/plan-scorecard"),
    ]);
    return buildScorecardXlsx(
      planScorecard({ evaluation, vendors: pack.vendors, reviews: pack.reviews, mode: "advisor-safe" }),
    );
  },
  vendorsCsv: (vendors, evaluation) => vendorsToCsv(vendors, evaluation),
  packFile: (pack, name) => ({
    fileName: vendorPackFileName(name, new Date()),
    text: serializeVendorPack(pack),
  }),
  now: () => new Date(),
};

export default function SidePanel() {
  return (
    <FluentProvider theme={webLightTheme} style={{ height: "100vh" }}>
      <SidePanelApp ports={ports} />
    </FluentProvider>
  );
}
