/**
 * The services the task pane's components may call, as one interface, so main.tsx passes the real ones and
 * tests pass fakes.
 */
import type { ExtensionConnection } from "./bridge-client";
import type { PackDryRun, PackFile } from "./pack-import";
import type { WorkbookPorts } from "./workbook-actions";

/** Everything the pane's components may call; main.tsx builds the real one, tests a fake. */
export interface TaskPaneServices {
  /**
   * Looks for the extension (1 s at most) and says why not when it is not there; while the owner has
   * not yet approved this add-in, calls `onPairing` with the code and waits for the approval.
   */
  connect(onPairing?: (code: string) => void): Promise<ExtensionConnection>;
  readPack(file: PackFile): Promise<PackDryRun>;
  workbook: WorkbookPorts<unknown>;
}
