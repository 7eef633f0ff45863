/**
 * The toolbar popup's screen: what the library knows of this tab, the clip button, and the clip's result; the
 * platform comes in through PopupPorts.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Text, Title3 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ProviderSignals } from "../../shared/extract/provider-signals";
import type { ClipOutcome } from "../capture/clip-tab";
import { type SiteStatus, siteStatus, siteStatusAfterClip } from "../capture/site-status";
import type { ActiveTab } from "../services/active-tab";
import { PopupAddToEvaluation } from "./popup-add-to-evaluation";
import { popupClipStatus } from "./popup-clip-status";
import type { EvaluationOption } from "./popup-evaluation-choice";

/** What the popup needs from the platform; popup.tsx binds it to chrome and the library. */
export interface PopupPorts {
  getActiveTab(): Promise<ActiveTab | undefined>;
  findVendorForUrl(url: string): Promise<{ id: string; name: string; status: string } | undefined>;
  clip(tabId: number): Promise<ClipOutcome>;
  /** Tells the worker a clip is likely, so the first one after the browser starts waits less. */
  prepareClip(): void;
  /** Opens the side panel (on a vendor when given); must be called inside the click. */
  openLibrary(tab: ActiveTab, vendorId?: string): void;
  /** Opens the side panel on its Evaluations tab, to make a first one; must be called inside the click. */
  openEvaluations(tab: ActiveTab, vendorId: string): void;
  listEvaluations(): Promise<EvaluationOption[]>;
  addToEvaluation(evaluationId: string, vendorId: string): Promise<void>;
  /**
   * Reads the page and says whether it looks like a provider's (shared/extract/provider-signals).
   * Left out, or failing, the clip goes ahead and the worker reports what it could not read.
   */
  checkPage?(tab: ActiveTab): Promise<ProviderSignals>;
}

type ClipState =
  | { phase: "idle" }
  | { phase: "checking" }
  | { phase: "asking" }
  | { phase: "clipping" }
  | { phase: "done"; outcome: ClipOutcome };

export function PopupView({ ports }: { ports: PopupPorts }) {
  const [tab, setTab] = useState<ActiveTab | undefined>();
  const [status, setStatus] = useState<SiteStatus | undefined>();
  const [clip, setClip] = useState<ClipState>({ phase: "idle" });

  useEffect(() => {
    let live = true;
    void (async () => {
      const active = await ports.getActiveTab();
      // As soon as the page is known to be one it may clip, before looking the vendor up.
      if (siteStatus(active?.url, undefined).kind !== "not-allowed") ports.prepareClip();
      const vendor = active?.url
        ? await ports.findVendorForUrl(active.url).catch(() => undefined)
        : undefined;
      if (!live) return;
      setTab(active);
      setStatus(siteStatus(active?.url, vendor));
    })();
    return () => {
      live = false;
    };
  }, [ports]);

  async function save() {
    if (!tab || !status) return;
    setClip({ phase: "clipping" });
    const outcome = await ports.clip(tab.id);
    // The line above the result says what the library holds now, with the vendor's status.
    const vendor =
      outcome.ok && tab.url ? await ports.findVendorForUrl(tab.url).catch(() => undefined) : undefined;
    setStatus(siteStatusAfterClip(status, outcome, vendor));
    setClip({ phase: "done", outcome });
  }

  async function onClip() {
    if (!tab) return;
    // A vendor already in the library is a provider; any other page is looked at first.
    if (ports.checkPage && status?.kind !== "known") {
      setClip({ phase: "checking" });
      const signals = await ports.checkPage(tab).catch(() => undefined);
      if (signals && !signals.looksLikeProvider) {
        setClip({ phase: "asking" });
        return;
      }
    }
    await save();
  }

  const clipped = clip.phase === "done" && clip.outcome.ok ? clip.outcome : undefined;
  const clippedVendor = clipped?.vendorId;
  const openVendor = clippedVendor ?? (status?.kind === "known" ? status.vendorId : undefined);

  return (
    <main style={{ width: 320, padding: 16, display: "flex", flexDirection: "column", gap: 12 }}>
      <Title3 as="h1">VendorScout</Title3>
      {status ? (
        <Text data-testid="site-status">{status.message}</Text>
      ) : (
        <Spinner size="tiny" label="Checking this page…" />
      )}
      <Button
        appearance="primary"
        disabled={
          !tab ||
          status?.kind === "not-allowed" ||
          clip.phase === "clipping" ||
          clip.phase === "checking" ||
          clip.phase === "asking"
        }
        onClick={() => void onClip()}
      >
        Clip this page
      </Button>
      {clip.phase === "checking" ? <Spinner size="tiny" label="Looking at the page…" /> : null}
      {clip.phase === "asking" ? (
        <MessageBar intent="warning">
          <MessageBarBody data-testid="save-anyway">
            <div>This doesn't look like a provider's page. Save anyway?</div>
            <div style={{ fontSize: 12 }}>
              No services, prices or contacts were found; it may be an article or a list of many firms.
            </div>
            <div style={{ display: "flex", gap: 6, marginTop: 6 }}>
              <Button size="small" appearance="primary" onClick={() => void save()}>
                Save anyway
              </Button>
              <Button size="small" onClick={() => setClip({ phase: "idle" })}>
                Don't save
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {clip.phase === "clipping" ? (
        <Spinner size="tiny" label="Reading the page and saving the vendor…" />
      ) : null}
      {clip.phase === "done" ? <ClipResult outcome={clip.outcome} /> : null}
      {clipped && tab ? (
        <PopupAddToEvaluation
          key={clipped.vendorId}
          vendor={{ id: clipped.vendorId, name: clipped.vendorName }}
          ports={{
            listEvaluations: () => ports.listEvaluations(),
            addToEvaluation: (evaluationId, vendorId) => ports.addToEvaluation(evaluationId, vendorId),
            createEvaluation: () => ports.openEvaluations(tab, clipped.vendorId),
          }}
        />
      ) : null}
      <Button disabled={!tab} onClick={() => tab && ports.openLibrary(tab, openVendor)}>
        {openVendor ? "Open in library" : "Open library"}
      </Button>
    </main>
  );
}

function ClipResult({ outcome }: { outcome: ClipOutcome }) {
  if (!outcome.ok) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody data-testid="clip-result" style={{ overflowWrap: "anywhere" }}>
          {outcome.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    // Multiline, and long words (an address in a warning) break: the popup never scrolls sideways.
    <MessageBar intent={outcome.warnings.length > 0 ? "warning" : "success"} layout="multiline">
      <MessageBarBody data-testid="clip-result" style={{ overflowWrap: "anywhere" }}>
        <div style={{ fontWeight: 600 }}>{popupClipStatus(outcome).headline}</div>
        <div>{popupClipStatus(outcome).detail}</div>
        {outcome.warnings.map((warning) => (
          <div key={warning}>{warning}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
