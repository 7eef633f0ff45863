import { Button, MessageBar, MessageBarBody, Spinner, Text, Title3 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { clipSummary } from "../capture/clip-announcement";
import type { ClipOutcome } from "../capture/clip-tab";
import { type SiteStatus, siteStatus, siteStatusAfterClip } from "../capture/site-status";
import type { ActiveTab } from "../services/active-tab";

/** What the popup needs from the platform; popup.tsx binds it to chrome and the library. */
export interface PopupPorts {
  getActiveTab(): Promise<ActiveTab | undefined>;
  findVendorForUrl(url: string): Promise<{ id: string; name: string; status: string } | undefined>;
  clip(tabId: number): Promise<ClipOutcome>;
  /** Tells the worker a clip is likely, so the first one after the browser starts waits less. */
  prepareClip(): void;
  /** Opens the side panel (on a vendor when given); must be called inside the click. */
  openLibrary(tab: ActiveTab, vendorId?: string): void;
}

type ClipState = { phase: "idle" } | { phase: "clipping" } | { phase: "done"; outcome: ClipOutcome };

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

  async function onClip() {
    if (!tab || !status) return;
    setClip({ phase: "clipping" });
    const outcome = await ports.clip(tab.id);
    // The line above the result says what the library holds now, with the vendor's status.
    const vendor =
      outcome.ok && tab.url ? await ports.findVendorForUrl(tab.url).catch(() => undefined) : undefined;
    setStatus(siteStatusAfterClip(status, outcome, vendor));
    setClip({ phase: "done", outcome });
  }

  const clippedVendor = clip.phase === "done" && clip.outcome.ok ? clip.outcome.vendorId : undefined;
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
        disabled={!tab || status?.kind === "not-allowed" || clip.phase === "clipping"}
        onClick={() => void onClip()}
      >
        Clip this page
      </Button>
      {clip.phase === "clipping" ? (
        <Spinner size="tiny" label="Reading the page and saving the vendor…" />
      ) : null}
      {clip.phase === "done" ? <ClipResult outcome={clip.outcome} /> : null}
      <Button disabled={!tab} onClick={() => tab && ports.openLibrary(tab, openVendor)}>
        {openVendor ? "Open in library" : "Open library"}
      </Button>
    </main>
  );
}

function ClipResult({ outcome }: { outcome: ClipOutcome }) {
  if (!outcome.ok) {
    return (
      <MessageBar intent="error">
        <MessageBarBody data-testid="clip-result">{outcome.message}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={outcome.warnings.length > 0 ? "warning" : "success"}>
      <MessageBarBody data-testid="clip-result">
        {clipSummary(outcome)}
        {outcome.warnings.map((warning) => (
          <div key={warning}>{warning}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
