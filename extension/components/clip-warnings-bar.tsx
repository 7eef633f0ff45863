/**
 * The warning above the side panel after a clip: what the extractor left empty rather than guessed, or a page
 * that claimed another site's name.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ClipWarnings } from "../services/clip-warnings";

export interface ClipWarningsPorts {
  /** The last clip's warnings when the panel opens. */
  current(): Promise<ClipWarnings | undefined>;
  /** Each later clip's warnings; returns the unsubscribe function. */
  subscribe(callback: (value: ClipWarnings) => void): () => void;
}

/**
 * After a clip, what the extractor was unsure of, as a warning above the panel: a field left empty
 * rather than guessed, a page that claimed another site's name (issue 17: wrong is worse than
 * missing, and the owner should know what is missing). Self-contained so the side panel's layout can
 * change around it; page text is shown as text, never as markup.
 */
export function ClipWarningsBar({ ports }: { ports: ClipWarningsPorts }) {
  const [value, setValue] = useState<ClipWarnings | undefined>(undefined);
  const [dismissedAt, setDismissedAt] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    ports.current().then(
      (found) => {
        if (live && found) setValue((shown) => shown ?? found);
      },
      () => undefined, // no warnings to show is the same as none
    );
    const unsubscribe = ports.subscribe((next) => setValue(next));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [ports]);
  if (!value || value.warnings.length === 0 || value.at === dismissedAt) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="clip-warnings">
      <MessageBarBody>
        <MessageBarTitle>Check {value.vendorName}: the clip was unsure of some details</MessageBarTitle>
        <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
          {value.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => setDismissedAt(value.at)}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
