import { Tab, TabList, Title3 } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { EvaluationsView } from "./evaluations-view";
import { LibraryFilesView } from "./library-files-view";
import type { PanelPorts } from "./library-port";
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

  const changed = useCallback(() => setVersion((v) => v + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the refetch trigger after a change.
  useEffect(() => {
    void ports.library.listEvaluations().then(setEvaluations);
    void ports.library.listTags().then(setTags);
  }, [ports, version]);

  useEffect(() => {
    const open = (id: string) => {
      setView("vendors");
      setVendorId(id);
      setVersion((v) => v + 1);
    };
    const unsubscribe = ports.onFocusVendor(open);
    void ports.focusedVendor().then((id) => id && open(id));
    return unsubscribe;
  }, [ports]);

  return (
    <main
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
      <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} size="small">
        <Tab value="vendors">Vendors</Tab>
        <Tab value="evaluations">Evaluations</Tab>
        <Tab value="files">Import / export</Tab>
      </TabList>
      <div
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
