/**
 * The side panel's Plasmo entry: binds the panel's ports to the library, chrome and the exports, and reads
 * the list's first rows while the page starts so its first render already has them.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Suspense } from "react";
import type { Vendor } from "../shared/schema/vendor";
import { onPairingsChanged, pairingStore } from "./bridge/pairing-store";
import { ClipWarningsBar, type ClipWarningsPorts } from "./components/clip-warnings-bar";
import type { PanelPorts } from "./components/library-port";
import { type PendingClipPorts, PendingClipQuestion } from "./components/pending-clip-question";
import { SidePanelApp } from "./components/sidepanel-app";
import { VENDOR_PAGE_SIZE } from "./components/vendor-list";
import { VENDORSCOUT_DB_NAME } from "./db/vendorscout-db";
import { vendorsToCsv } from "./export/csv";
import { serializeVendorPack, vendorPackFileName } from "./export/vendor-pack-file";
import { getClipWarnings, onClipWarnings } from "./services/clip-warnings";
import {
  dropDirectoryAccess,
  hasDirectoryAccess,
  requestDirectoryAccess,
} from "./services/directory-permissions";
import { downloadFile } from "./services/file-download";
import { getFocusVendor, onFocusVendor, recentFocusVendor } from "./services/focus-vendor";
import { openLibrary } from "./services/library";
import { onEvaluationsChanged } from "./services/library-changes";
import { libraryPort } from "./services/library-port";
import { getPendingClip, onPendingClip } from "./services/pending-clip-store";
import { answerPendingClip } from "./services/runtime-client";

const library = libraryPort(openLibrary());

/**
 * Opening the panel: the list's first rows are read at once, while the page is still starting, and
 * the panel first renders when they are in (or after OPENING_WAIT_MS, whichever comes first). Its one
 * heavy first render then already has the rows, instead of rendering empty, waiting for IndexedDB
 * behind that render, and rendering again. A read that fails or is late is left to the list.
 */
const OPENING_WAIT_MS = 150;
const opening: { vendors?: Vendor[]; settled: boolean } = { settled: false };
const openingSettled = Promise.race([
  library.firstVendors(VENDOR_PAGE_SIZE).then(
    (vendors) => {
      opening.vendors = vendors;
    },
    () => undefined, // the list reads again, and reports what went wrong
  ),
  new Promise((resolve) => setTimeout(resolve, OPENING_WAIT_MS)),
]).then(() => {
  opening.settled = true;
});

const ports: PanelPorts = {
  library,
  onFocusVendor: (callback) => onFocusVendor(chrome.storage.onChanged, callback),
  onEvaluationsChanged: (callback) => onEvaluationsChanged(VENDORSCOUT_DB_NAME, callback),
  focusedVendor: async () => recentFocusVendor(await getFocusVendor(chrome.storage.session), new Date()),
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
      import("../xlsx/scorecard-xlsx"),
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
  pairings: {
    ...pairingStore({
      area: chrome.storage.local,
      now: () => new Date(),
      randomBytes: () => crypto.getRandomValues(new Uint8Array(6)),
    }),
    onChanged: (callback) => onPairingsChanged(chrome.storage.onChanged, callback),
  },
};

const clipWarnings: ClipWarningsPorts = {
  current: () => getClipWarnings(chrome.storage.session),
  subscribe: (callback) => onClipWarnings(chrome.storage.onChanged, callback),
};

const pendingClip: PendingClipPorts = {
  current: () => getPendingClip(chrome.storage.session),
  subscribe: (callback) => onPendingClip(chrome.storage.onChanged, callback),
  answer: (id, save) => answerPendingClip(chrome.runtime, id, save),
};

/**
 * The panel once the opening read has settled; until then it suspends (shows nothing). The rows are
 * read here, at this render, not by a parent: a parent's render ran before they were in.
 */
function OpenedPanel() {
  if (!opening.settled) throw openingSettled;
  return (
    <FluentProvider theme={webLightTheme} style={{ height: "100vh" }}>
      <PendingClipQuestion ports={pendingClip} />
      <ClipWarningsBar ports={clipWarnings} />
      <SidePanelApp ports={ports} openingVendors={opening.vendors} />
    </FluentProvider>
  );
}

export default function SidePanel() {
  return (
    <Suspense fallback={null}>
      <OpenedPanel />
    </Suspense>
  );
}
