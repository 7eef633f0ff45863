/**
 * The "Deleted Acme. Undo" bar: holds a deleted vendor's records until the owner undoes, dismisses or deletes
 * another, so the delete frees storage at once.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { DeletedVendorSnapshot, LibraryPort } from "./library-port";

/**
 * "Deleted Acme. Undo": shown after a delete until the owner undoes it, dismisses it, or deletes
 * another vendor (issue 19, finding 10). The deleted records live only in this bar, so the delete
 * frees the browser's storage at once.
 */
export function DeleteUndoBar({
  library,
  deleted,
  onDone,
  onRestored,
}: {
  library: LibraryPort;
  deleted: DeletedVendorSnapshot;
  onDone(): void;
  onRestored(vendorId: string): void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const restore = library.restoreDeletedVendor;
  return (
    <MessageBar intent={problem ? "error" : "info"} data-testid="delete-undo-bar">
      <MessageBarBody>{problem ?? `Deleted ${deleted.vendor.name}.`}</MessageBarBody>
      <MessageBarActions>
        {restore && problem === null ? (
          <Button
            size="small"
            appearance="primary"
            onClick={() =>
              restore(deleted).then(
                () => onRestored(deleted.vendor.id),
                (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
              )
            }
          >
            Undo
          </Button>
        ) : null}
        <Button size="small" onClick={onDone}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
