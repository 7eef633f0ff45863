/**
 * The side panel's Files tab: export the library, import a vendor pack with a dry run first, undo the last
 * import, and the opt-in directory badge.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Switch, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import {
  decodeVendorPackBytes,
  VENDOR_PACK_MAX_BYTES,
  VENDOR_PACK_TOO_LARGE,
} from "../../shared/schema/vendor-pack";
import { ImportChanges } from "./import-changes";
import { useLatestRead } from "./latest-read";
import type { ImportSummary, PanelPorts } from "./library-port";
import { UndoImport } from "./undo-import";

type ImportState =
  | { phase: "idle" }
  | { phase: "reading" }
  | { phase: "importing"; summary: ImportSummary }
  | { phase: "preview"; text: string; fileName: string; summary: ImportSummary }
  | { phase: "done"; message: string }
  | { phase: "failed"; errors: string[] };

/** Export the whole library, import a vendor pack (dry run first), and the directory-badge setting. */
export function LibraryFilesView({ ports, onChanged }: { ports: PanelPorts; onChanged(): void }) {
  const [state, setState] = useState<ImportState>({ phase: "idle" });
  /** The last export's outcome: the file's name and where it went, or what failed. */
  const [exported, setExported] = useState<{ intent: "success" | "error"; text: string } | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  /** Counts the files picked: the preview of a file picked earlier never replaces a later one's. */
  const picks = useRef(0);
  // Leaving the view drops the preview on screen, and with it the pack the library keeps for its commit.
  useEffect(() => () => ports.library.discardImportPreview(), [ports]);

  async function exportLibrary(kind: "pack" | "csv") {
    setExported(undefined);
    try {
      const pack = await ports.library.exportPack({});
      let fileName: string;
      if (kind === "pack") {
        const file = ports.packFile(pack, undefined);
        fileName = file.fileName;
        ports.download(file.fileName, file.text, "application/json");
      } else {
        fileName = "vendorscout-library.csv";
        ports.download(fileName, ports.vendorsCsv(pack.vendors), "text/csv");
      }
      setExported({
        intent: "success",
        text: `Downloaded “${fileName}”: it is in your browser's downloads folder.${kind === "pack" ? " Import it in the Excel add-in's task pane, or here on another computer." : ""}`,
      });
    } catch (error) {
      setExported({
        intent: "error",
        text: `The export did not finish (${(error as Error).message}). Try again.`,
      });
    }
  }

  async function pick(file: File | undefined) {
    if (!file) return;
    const pickNumber = ++picks.current;
    const stillCurrent = () => pickNumber === picks.current;
    setState({ phase: "reading" });
    // The earlier preview leaves the screen: the library need not keep its pack, whatever this file is.
    ports.library.discardImportPreview();
    // Before reading: a 2 GB file picked by mistake must not be read whole first (issue 19, finding 8).
    if (file.size > VENDOR_PACK_MAX_BYTES) {
      setState({ phase: "failed", errors: [VENDOR_PACK_TOO_LARGE] });
      return;
    }
    try {
      // Bytes, not file.text(): a lenient decode would turn invalid UTF-8 into U+FFFD and import it.
      const decoded = decodeVendorPackBytes(new Uint8Array(await file.arrayBuffer()));
      if (!stillCurrent()) return;
      if (!decoded.ok) {
        setState({ phase: "failed", errors: decoded.errors });
        return;
      }
      const text = decoded.text;
      const summary = await ports.library.previewImport(text);
      if (!stillCurrent()) return;
      setState(
        summary.ok
          ? { phase: "preview", text, fileName: file.name, summary }
          : { phase: "failed", errors: summary.errors },
      );
    } catch (error) {
      if (!stillCurrent()) return;
      setState({
        phase: "failed",
        errors: [`The file could not be read (${(error as Error).message}). Pick it again.`],
      });
    }
  }

  async function commit(text: string, summary: ImportSummary) {
    setState({ phase: "importing", summary });
    let result: Awaited<ReturnType<typeof ports.library.commitImport>>;
    try {
      result = await ports.library.commitImport(text);
    } catch (error) {
      setState({
        phase: "failed",
        errors: [
          `The import did not finish (${(error as Error).message}); the library is as it was. Pick the file again.`,
        ],
      });
      return;
    }
    if (result.ok) {
      setState({ phase: "done", message: result.message });
      onChanged();
    } else {
      setState({ phase: "failed", errors: result.errors });
    }
  }

  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <h3>Export</h3>
      <div style={{ display: "flex", gap: 4, flexWrap: "wrap" }}>
        <Button onClick={() => void exportLibrary("pack")}>Export library (.vendorpack.json)</Button>
        <Button onClick={() => void exportLibrary("csv")}>Export library (CSV)</Button>
      </div>
      {exported ? (
        <MessageBar intent={exported.intent}>
          <MessageBarBody data-testid="export-message">{exported.text}</MessageBarBody>
        </MessageBar>
      ) : null}

      <h3>Import a vendor pack</h3>
      <UndoImport library={ports.library} version={state.phase} onChanged={onChanged} />
      <Text size={200}>
        A .vendorpack.json file exported from VendorScout. You see what it would add before anything is
        written.
      </Text>
      <Button
        appearance="primary"
        style={{ alignSelf: "flex-start" }}
        disabled={state.phase === "reading" || state.phase === "importing"}
        onClick={() => fileInput.current?.click()}
      >
        Choose a vendor pack…
      </Button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label="Vendor pack file"
        // Hidden behind the button above: the browser's own control reads "Choose File / No file chosen".
        style={{ display: "none" }}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Emptied, so picking the same file again (after fixing it) is a change too.
          event.currentTarget.value = "";
          void pick(file);
        }}
      />
      {state.phase === "reading" ? <Spinner size="tiny" label="Reading the file…" /> : null}
      {state.phase === "importing" ? (
        <Spinner
          size="tiny"
          label={`Importing ${state.summary.newVendors + state.summary.updatedVendors} vendors and ${state.summary.newReviews} reviews… A library of thousands takes a few seconds; keep this panel open.`}
        />
      ) : null}
      {state.phase === "failed" ? (
        <MessageBar intent="error">
          <MessageBarBody data-testid="import-errors">
            <Text weight="semibold">Nothing was imported.</Text>
            <ul>
              {state.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === "preview" ? (
        <ImportPreviewView
          summary={state.summary}
          fileName={state.fileName}
          onImport={() => void commit(state.text, state.summary)}
        />
      ) : null}
      {state.phase === "done" ? (
        <MessageBar intent="success">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      ) : null}

      <DirectoryBadgeSetting ports={ports} />
    </section>
  );
}

function ImportPreviewView({
  summary,
  fileName,
  onImport,
}: {
  summary: ImportSummary;
  fileName: string;
  onImport(): void;
}) {
  return (
    <div data-testid="import-preview" style={{ display: "flex", flexDirection: "column", gap: 6 }}>
      <Text weight="semibold">{`${fileName}: a dry run, nothing written yet`}</Text>
      <Text>{`${summary.newVendors} new vendors, ${summary.updatedVendors} updated, ${summary.unchangedVendors} unchanged, ${summary.rejected.length} rejected; ${summary.newReviews} new reviews, ${summary.evaluations} evaluations.`}</Text>
      {summary.rejected.length > 0 ? (
        <ul>
          {summary.rejected.slice(0, 50).map((rejected) => (
            <li key={`${rejected.label}: ${rejected.reasons.join("; ")}`}>
              <Text>{`${rejected.label}: ${rejected.reasons.join("; ")}`}</Text>
            </li>
          ))}
        </ul>
      ) : null}
      <ImportChanges changes={summary.changes ?? []} />
      <Button appearance="primary" onClick={onImport}>
        Import
      </Button>
    </div>
  );
}

/** Opt-in: a "✓" on review-directory pages whose vendor is already in the library. */
function DirectoryBadgeSetting({ ports }: { ports: PanelPorts }) {
  const [granted, setGranted] = useState<boolean | undefined>();
  // The first look and each switch's own look after it: the newest one says what is granted.
  const latest = useLatestRead();
  useEffect(() => {
    latest(() => ports.directoryAccess.has(), setGranted).catch(() => undefined);
  }, [ports, latest]);
  return (
    <div>
      <h3>Review sites</h3>
      <Switch
        checked={granted === true}
        disabled={granted === undefined}
        label="Show ✓ on Trustpilot, G2, Capterra, Clutch, Yelp and Upwork pages of vendors already in my library"
        onChange={(_, data) => {
          // The permission prompt needs this click, so the request starts before any await.
          const change = data.checked ? ports.directoryAccess.request() : ports.directoryAccess.drop();
          latest(async () => {
            await change.catch(() => undefined);
            return ports.directoryAccess.has();
          }, setGranted).catch(() => undefined);
        }}
      />
      <Text size={200} as="p">
        VendorScout then sees the address of pages on those sites (nothing else, and only to set the badge).
      </Text>
    </div>
  );
}
