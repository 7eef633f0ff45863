/**
 * The side panel's list of Excel add-ins asking to read the library, with Allow, Deny and revoke; the answers
 * are kept by the pairing port.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { PairingRecord } from "../../shared/bridge/pairing";
import { useLatestRead } from "./latest-read";

/** The owner's side of pairing (extension/bridge/pairing-store.ts over chrome.storage.local). */
export interface PairingsPort {
  list(): Promise<PairingRecord[]>;
  answer(origin: string, code: string, allow: boolean): Promise<boolean>;
  forget(origin: string): Promise<void>;
  /** Calls back when a request arrives or an answer is stored; returns the unsubscribe function. */
  onChanged(callback: () => void): () => void;
}

/**
 * Excel add-ins asking to read the library, with Allow / Deny, and the ones already allowed or denied,
 * each revocable. Shown above the tabs so a request is seen whatever the panel is showing; renders
 * nothing when no add-in ever asked.
 */
export function BridgePairings({ port }: { port: PairingsPort }) {
  const [records, setRecords] = useState<PairingRecord[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  // Each change in storage reads the list again; only the newest read is shown.
  const latest = useLatestRead();
  const reload = useCallback(() => {
    latest(() => port.list(), setRecords).catch((error: unknown) =>
      setProblem(`The add-in approvals could not be read (${String(error)}). Reopen the side panel.`),
    );
  }, [port, latest]);

  useEffect(() => {
    reload();
    return port.onChanged(reload);
  }, [port, reload]);

  const act = (work: Promise<unknown>) =>
    work.then(reload, (error: unknown) =>
      setProblem(`The answer could not be saved (${String(error)}). Try again.`),
    );

  const pending = records.filter((record) => record.status === "pending");
  const decided = records.filter((record) => record.status !== "pending");
  if (records.length === 0 && problem === null) return null;

  return (
    <section
      aria-label="Excel add-in access"
      data-testid="bridge-pairings"
      style={{ display: "grid", gap: 6 }}
    >
      {problem ? (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      ) : null}
      {pending.map((record) => (
        <MessageBar key={record.origin} intent="warning" layout="multiline" data-testid="pairing-request">
          <MessageBarBody>
            <MessageBarTitle>An Excel add-in asks to read your library</MessageBarTitle>
            <Text data-testid="pairing-origin">{record.origin}</Text> shows the code{" "}
            <Text weight="semibold" font="monospace" data-testid="pairing-code">
              {record.code}
            </Text>
            . Allow it only if your VendorScout task pane in Excel shows the same code.
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              size="small"
              onClick={() => act(port.answer(record.origin, record.code, true))}
            >
              Allow
            </Button>
            <Button size="small" onClick={() => act(port.answer(record.origin, record.code, false))}>
              Deny
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      {decided.length > 0 ? (
        <details data-testid="pairing-decided">
          <summary>
            <Caption1>
              Excel add-ins that may read the library ({decided.filter((r) => r.status === "approved").length}
              )
            </Caption1>
          </summary>
          <ul style={{ margin: 0, paddingLeft: 16 }}>
            {decided.map((record) => (
              <li key={record.origin} data-testid="pairing-decision">
                <Text>{record.origin}</Text>{" "}
                <Caption1>{record.status === "approved" ? "allowed" : "denied"}</Caption1>{" "}
                <Button size="small" appearance="subtle" onClick={() => act(port.forget(record.origin))}>
                  {record.status === "approved" ? "Revoke" : "Remove denial"}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
