/**
 * The task pane's source section: the live extension or an imported vendor pack, with the pack's dry run
 * shown before it is used.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { ExtensionConnection } from "../services/bridge-client";
import type { PackDryRun } from "../services/pack-import";
import { PairingMessage } from "./pairing-message";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: "none" },
});

export interface SourceSectionProps {
  connection: ExtensionConnection | "checking";
  /** The code to approve in the side panel while the extension holds this add-in; null otherwise. */
  pairingCode?: string | null;
  /** The source in use: its label, e.g. "the VendorScout extension 0.1.0" or a file name. */
  sourceLabel: string | null;
  dryRun: PackDryRun | null;
  readingPack: boolean;
  onPackChosen(file: File): void;
  onUsePack(): void;
  onDiscardPack(): void;
}

/** Where the vendors come from: the live extension, or "Import vendor pack…" (always offered). */
export function SourceSection(props: SourceSectionProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const { connection, dryRun } = props;
  // Without the extension, importing a pack is the way in: the main action until a source is in use.
  const importAppearance =
    connection !== "checking" && connection.kind !== "connected" && !props.sourceLabel
      ? "primary"
      : "secondary";

  return (
    <section className={styles.section} aria-label="Vendor library">
      {connection === "checking" && props.pairingCode ? (
        <PairingMessage code={props.pairingCode} />
      ) : connection === "checking" ? (
        <Spinner size="tiny" label="Looking for the VendorScout extension…" />
      ) : connection.kind === "connected" ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Connected</MessageBarTitle>
            Reading your library live from the VendorScout extension {connection.appVersion}.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <section className={styles.section} aria-label="Import a vendor pack" data-testid="no-extension">
          <Body1>
            Import a vendor pack to build your scorecard. To make one: in Chrome or Edge, open the VendorScout
            side panel, go to <b>Import / export</b> (the whole library) or <b>Evaluations</b> (one
            evaluation), and click <b>Export .vendorpack.json</b>. The file lands in your Downloads folder.
          </Body1>
          <Caption1>
            Why not live: <span data-testid="fallback-reason">{connection.reason}</span>
          </Caption1>
        </section>
      )}

      <div className={styles.row}>
        <Button
          appearance={importAppearance}
          data-appearance={importAppearance}
          onClick={() => fileInput.current?.click()}
          disabled={props.readingPack}
        >
          Import vendor pack…
        </Button>
        {props.sourceLabel ? <Caption1>Using {props.sourceLabel}</Caption1> : null}
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          aria-label="Vendor pack file"
          data-testid="pack-file-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) props.onPackChosen(file);
          }}
        />
      </div>

      {props.readingPack ? <Spinner size="tiny" label="Checking the vendor pack…" /> : null}
      {dryRun?.ok === true ? (
        <MessageBar intent="info" data-testid="pack-dry-run">
          <MessageBarBody>
            <MessageBarTitle>{dryRun.fileName}</MessageBarTitle>
            <Body1>
              {count(dryRun.vendors, "vendor")}, {count(dryRun.reviews, "review")},{" "}
              {count(dryRun.evaluations, "evaluation")}
              {dryRun.migratedFrom === undefined
                ? ""
                : ` (upgraded from pack version ${dryRun.migratedFrom})`}
              .
            </Body1>
            <div className={styles.row}>
              <Button appearance="primary" size="small" onClick={props.onUsePack}>
                Use this pack
              </Button>
              <Button size="small" onClick={props.onDiscardPack}>
                Cancel
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {dryRun?.ok === false ? (
        <MessageBar intent="error" data-testid="pack-dry-run">
          <MessageBarBody>
            <MessageBarTitle>{dryRun.fileName} cannot be used</MessageBarTitle>
            <ul className={styles.errors}>
              {dryRun.errors.map((error, index) => (
                // Errors can repeat word for word; their order is stable for one dry run.
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once
                <li key={index}>{error}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

/** "1 evaluation", "3 vendors". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
