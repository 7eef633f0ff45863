/**
 * The side panel's screen: the Vendors, Evaluations and Files tabs with the pairing requests above them, and
 * the move to a just-clipped vendor unless the owner has done something in the panel since.
 */
import { Title3 } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { type FocusVendor, followsFocus } from "../services/focus-vendor";
import { BridgePairings } from "./bridge-pairings";
import { DeleteUndoBar } from "./delete-undo-bar";
import { EvaluationsView } from "./evaluations-view";
import { useLatestRead } from "./latest-read";
import { LibraryFilesView } from "./library-files-view";
import type { DeletedVendorSnapshot, PanelPorts } from "./library-port";
import { PanelTab, PanelTabList } from "./panel-tabs";
import { VendorDetail } from "./vendor-detail";
import { VendorList } from "./vendor-list";

type View = "vendors" | "evaluations" | "files";

/**
 * The library in the side panel: vendors, evaluations, import/export. `openingVendors` is the
 * unfiltered list's first page when it was read before this first render (see sidepanel.tsx).
 */
export function SidePanelApp({ ports, openingVendors }: { ports: PanelPorts; openingVendors?: Vendor[] }) {
  const [view, setView] = useState<View>("vendors");
  const [vendorId, setVendorId] = useState<string | undefined>();
  const [evaluations, setEvaluations] = useState<Evaluation[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [version, setVersion] = useState(0);
  const [deleted, setDeleted] = useState<DeletedVendorSnapshot | undefined>();

  const changed = useCallback(() => setVersion((v) => v + 1), []);

  // Newest read wins: an evaluation list read before a tick was saved, finishing after the one read
  // after it, would untick the box on the vendor page.
  const latestEvaluations = useLatestRead();
  const latestTags = useLatestRead();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the refetch trigger after a change.
  useEffect(() => {
    // A failed re-read keeps what is shown; the list reports a library that cannot be read.
    latestEvaluations(() => ports.library.listEvaluations(), setEvaluations).catch(() => undefined);
    latestTags(() => ports.library.listTags(), setTags).catch(() => undefined);
  }, [ports, version, latestEvaluations, latestTags]);

  // The popup adds a clipped vendor to an evaluation in its own context: the cards read them again.
  useEffect(
    () => ports.onEvaluationsChanged?.(() => void ports.library.listEvaluations().then(setEvaluations)),
    [ports],
  );

  /**
   * When the owner last showed where they want to be: a click or key press in the panel, or the
   * request behind a focus the panel followed. A focus asked for before it is stale (see followsFocus).
   */
  const latestIntentAt = useRef<number | undefined>(undefined);
  const ownerActed = useCallback(() => {
    latestIntentAt.current = ports.now().getTime();
  }, [ports]);

  useEffect(() => {
    const follow = (focus: FocusVendor) => {
      // The clip changed the library whether or not the panel moves to it.
      setVersion((v) => v + 1);
      if (!followsFocus(focus, latestIntentAt.current)) return;
      latestIntentAt.current = Date.parse(focus.at);
      setView(focus.view ?? "vendors");
      setVendorId(focus.vendorId);
    };
    const unsubscribe = ports.onFocusVendor(follow);
    void ports.focusedVendor().then((focus) => focus && follow(focus));
    return unsubscribe;
  }, [ports]);

  return (
    <main
      // Captured before any control handles them: whatever the owner does in the panel outranks a
      // focus asked for earlier. The data attributes say what the panel shows, for tests to wait on.
      onPointerDownCapture={ownerActed}
      onKeyDownCapture={ownerActed}
      onClickCapture={ownerActed}
      data-view={view}
      data-vendor-id={view === "vendors" ? (vendorId ?? "") : ""}
      style={{
        display: "flex",
        flexDirection: "column",
        gap: 8,
        padding: 12,
        height: "100vh",
        boxSizing: "border-box",
      }}
    >
      <Title3 as="h1">VendorScout library</Title3>
      {ports.pairings ? <BridgePairings port={ports.pairings} /> : null}
      {deleted ? (
        <DeleteUndoBar
          library={ports.library}
          deleted={deleted}
          onDone={() => setDeleted(undefined)}
          onRestored={(id) => {
            setDeleted(undefined);
            changed();
            setVendorId(id);
          }}
        />
      ) : null}
      <PanelTabList
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as View)}
        size="small"
        aria-label="Library"
      >
        <PanelTab value="vendors" id="panel-tab-vendors" aria-controls="panel-view">
          Vendors
        </PanelTab>
        <PanelTab value="evaluations" id="panel-tab-evaluations" aria-controls="panel-view">
          Evaluations
        </PanelTab>
        <PanelTab value="files" id="panel-tab-files" aria-controls="panel-view">
          Import / export
        </PanelTab>
      </PanelTabList>
      <div
        id="panel-view"
        role="tabpanel"
        aria-labelledby={`panel-tab-${view}`}
        style={{
          flex: 1,
          minHeight: 0,
          overflowY: view === "vendors" && !vendorId ? "hidden" : "auto",
          display: "flex",
          flexDirection: "column",
        }}
      >
        {view === "vendors" && vendorId ? (
          <VendorDetail
            library={ports.library}
            vendorId={vendorId}
            version={version}
            evaluations={evaluations}
            onBack={() => setVendorId(undefined)}
            onChanged={changed}
            onDeleted={setDeleted}
          />
        ) : null}
        {/* Kept mounted behind the vendor page so "← All vendors" returns to the same search and scroll. */}
        <div style={{ display: view === "vendors" && !vendorId ? "flex" : "none", flex: 1, minHeight: 0 }}>
          <VendorList
            library={ports.library}
            evaluations={evaluations}
            tags={tags}
            version={version}
            openingVendors={openingVendors}
            onOpen={setVendorId}
            onAddToEvaluation={async (evaluationId, vendor) => {
              const name = evaluations.find((e) => e.id === evaluationId)?.name ?? "the evaluation";
              try {
                await ports.library.addToEvaluation(evaluationId, vendor.id);
              } catch (error) {
                return `Could not add ${vendor.name} to “${name}” (${(error as Error).message}). Try again.`;
              }
              changed();
              return `${vendor.name} is now in “${name}”. See the ranking in Evaluations.`;
            }}
          />
        </div>
        {view === "evaluations" ? (
          <EvaluationsView
            ports={ports}
            evaluations={evaluations}
            version={version}
            onChanged={changed}
            onOpenVendor={(id) => {
              setView("vendors");
              setVendorId(id);
            }}
          />
        ) : null}
        {view === "files" ? <LibraryFilesView ports={ports} onChanged={changed} /> : null}
      </div>
    </main>
  );
}
