/**
 * The latest import with "Undo this import": one step back, which the library refuses when a record the
 * import wrote has changed since.
 */
import { Button, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useLatestRead } from "./latest-read";
import type { LibraryPort } from "./library-port";

/**
 * The latest import and "Undo this import": one step back, refused by the library when a record the
 * import wrote has changed since (issue 19, finding 4). `version` changes after every import.
 */
export function UndoImport({
  library,
  version,
  onChanged,
}: {
  library: LibraryPort;
  version: unknown;
  onChanged(): void;
}) {
  const [last, setLast] = useState<{ at: string; summary: string } | undefined>();
  const [message, setMessage] = useState<string | null>(null);

  const latest = useLatestRead();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the refetch trigger after an import.
  useEffect(() => {
    if (!library.lastImport) return;
    // No undo offered is the safe side of a read that failed.
    latest(async () => library.lastImport?.(), setLast).catch(() => undefined);
  }, [library, version, latest]);

  const undo = library.undoLastImport;
  if (!undo || (last === undefined && message === null)) return null;
  return (
    <div data-testid="undo-import" style={{ display: "flex", flexDirection: "column", gap: 4 }}>
      {last ? (
        <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
          <Text>{`Last import, ${last.at.slice(0, 16).replace("T", " ")}: ${last.summary}.`}</Text>
          <Button
            size="small"
            onClick={() =>
              undo().then(
                (result) => {
                  setMessage(result.ok ? result.message : result.error);
                  if (result.ok) {
                    setLast(undefined);
                    onChanged();
                  }
                },
                (error: unknown) => setMessage(error instanceof Error ? error.message : String(error)),
              )
            }
          >
            Undo this import
          </Button>
        </div>
      ) : null}
      {message ? <Text role="status">{message}</Text> : null}
    </div>
  );
}
