/** The side panel's "Save anyway?" question for a held shortcut or menu clip, and the owner's answer sent back to the service worker. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { NOT_A_PROVIDER_QUESTION } from "../../shared/extract/clip-decision";
import type { ClipOutcome } from "../capture/clip-tab";
import { type PendingClip, pendingPageName } from "../capture/pending-clip";
import { popupClipStatus } from "./popup-clip-status";

export interface PendingClipPorts {
  /** The question waiting when the panel opens. */
  current(): Promise<PendingClip | undefined>;
  /** Each new question, and undefined once one is answered; returns the unsubscribe function. */
  subscribe(callback: (pending: PendingClip | undefined) => void): () => void;
  /** Tells the service worker the owner's answer; it saves (or drops) what it held. */
  answer(id: string, save: boolean): Promise<ClipOutcome>;
}

type Answered = { tone: "success" | "info" | "error"; text: string };

/**
 * "Save anyway?" for a clip started by the shortcut or the context menu on a page that does not read
 * as a provider's: the service worker opened this panel inside the gesture and holds the page's
 * capture until the owner answers here. Page text (the title) is shown as text, never as markup.
 */
export function PendingClipQuestion({ ports }: { ports: PendingClipPorts }) {
  const [pending, setPending] = useState<PendingClip | undefined>();
  const [busy, setBusy] = useState(false);
  const [answered, setAnswered] = useState<Answered | undefined>();

  useEffect(() => {
    let live = true;
    // Subscribed first: a question held while the panel was still reading is not missed.
    const unsubscribe = ports.subscribe((next) => {
      setPending(next);
      if (next) setAnswered(undefined);
    });
    ports.current().then(
      (found) => {
        if (live && found) setPending((shown) => shown ?? found);
      },
      () => undefined, // no question to show is the same as none
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [ports]);

  async function answer(save: boolean) {
    if (!pending) return;
    setBusy(true);
    const outcome = await ports.answer(pending.id, save).catch(
      (error: Error): ClipOutcome => ({
        ok: false,
        message: `VendorScout's background service did not answer (${error.message}). Clip the page again.`,
      }),
    );
    setBusy(false);
    setPending(undefined);
    if (outcome.ok) setAnswered({ tone: "success", text: popupClipStatus(outcome).headline });
    else setAnswered({ tone: save ? "error" : "info", text: outcome.message });
  }

  if (answered && !pending) {
    return (
      <MessageBar intent={answered.tone} layout="multiline">
        <MessageBarBody data-testid="pending-clip-result" role="status" style={{ overflowWrap: "anywhere" }}>
          {answered.text}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!pending) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody data-testid="pending-clip" style={{ overflowWrap: "anywhere" }}>
        <MessageBarTitle>{NOT_A_PROVIDER_QUESTION}</MessageBarTitle>
        <div>“{pendingPageName(pending)}”</div>
        <div style={{ fontSize: 12 }}>
          No services, prices or contacts were found; it may be an article or a list of many firms.
        </div>
        <div style={{ display: "flex", flexWrap: "wrap", gap: 6, marginTop: 6 }}>
          <Button size="small" appearance="primary" disabled={busy} onClick={() => void answer(true)}>
            Save anyway
          </Button>
          <Button size="small" disabled={busy} onClick={() => void answer(false)}>
            Don't save
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
