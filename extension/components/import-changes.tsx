/**
 * Lists, per vendor, the fields an import would change ("old -> new"), so the owner sees what a pack does
 * before it does it.
 */
import { Text } from "@fluentui/react-components";
import type { ImportSummary } from "./library-port";

const VENDORS_SHOWN = 50;

/**
 * Per vendor, the fields an import would change, "old -> new", so the owner sees what a pack does
 * before it does it (issue 19, finding 4). Text from packs is rendered as text, never as markup.
 */
export function ImportChanges({ changes }: { changes: NonNullable<ImportSummary["changes"]> }) {
  if (changes.length === 0) return null;
  return (
    <details data-testid="import-changes" open={changes.length <= 5}>
      <summary>
        <Text>{`What changes in the ${changes.length === 1 ? "vendor" : `${changes.length} vendors`} already in your library`}</Text>
      </summary>
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {changes.slice(0, VENDORS_SHOWN).map((vendor) => (
          <li key={vendor.vendorId} data-testid="import-change">
            <Text weight="semibold">{vendor.name}</Text>
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {vendor.fields.map((change) => (
                <li key={change.field}>
                  <Text>{`${change.field}: ${change.from} -> ${change.to}`}</Text>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {changes.length > VENDORS_SHOWN ? (
        <Text>{`and ${changes.length - VENDORS_SHOWN} more vendors.`}</Text>
      ) : null}
    </details>
  );
}
