/**
 * The "Add vendors…" picker on an evaluation card: search the library and add vendors to the evaluation
 * without opening each vendor's page.
 */
import { Button, Input, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { valueLabel } from "../../shared/words/value-labels";
import type { LibraryPort } from "./library-port";

/** Matches the picker lists at once; a narrower search finds the rest. */
const PICKER_ROWS = 20;

const useStyles = makeStyles({
  picker: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  row: { display: "flex", alignItems: "center", gap: "6px", minWidth: 0 },
  name: { flex: "1 1 0", minWidth: 0, overflowWrap: "anywhere" },
});

/**
 * "Add vendors…": search the library and add vendors to an evaluation from its card, instead of
 * opening each vendor's page. Vendors already in the evaluation are not offered.
 */
export function AddVendorsPicker({
  library,
  evaluation,
  onAdd,
  onClose,
}: {
  library: LibraryPort;
  evaluation: Evaluation;
  /** True once the vendor is in; false when it could not be added (the card says why). */
  onAdd(vendor: Vendor): Promise<boolean>;
  onClose(): void;
}) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [found, setFound] = useState<Vendor[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [added, setAdded] = useState<string[]>([]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      const query = text.trim();
      library.searchVendors(query ? { text: query } : {}, 0, PICKER_ROWS + evaluation.vendorIds.length).then(
        (result) => {
          if (current) {
            setError(undefined);
            setFound(result.vendors);
          }
        },
        (cause: unknown) => {
          if (current) {
            setError(
              `The library could not be searched (${cause instanceof Error ? cause.message : String(cause)}). Close and reopen the side panel.`,
            );
          }
        },
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [library, text, evaluation.vendorIds.length]);

  const offered = (found ?? [])
    .filter((vendor) => !evaluation.vendorIds.includes(vendor.id))
    .slice(0, PICKER_ROWS);
  return (
    <section className={styles.picker} aria-label={`Add vendors to ${evaluation.name}`}>
      <div className={styles.row}>
        <Input
          className={styles.name}
          aria-label="Search vendors to add"
          placeholder="Search your library…"
          value={text}
          onChange={(_, data) => setText(data.value)}
        />
        <Button size="small" onClick={onClose}>
          Done
        </Button>
      </div>
      {error ? <Text role="alert">{error}</Text> : null}
      {found === undefined && !error ? <Spinner size="tiny" label="Searching…" /> : null}
      {found !== undefined && offered.length === 0 ? (
        <Text size={200}>
          {text.trim()
            ? `No vendor outside this evaluation matches “${text.trim()}”. Try fewer letters, or clip the vendor first.`
            : "Every vendor in your library is in this evaluation. Clip more to compare them."}
        </Text>
      ) : null}
      {added.length > 0 ? <Text size={200} role="status">{`Added ${added.join(", ")}.`}</Text> : null}
      {offered.map((vendor) => (
        <div key={vendor.id} className={styles.row} data-testid="picker-row">
          <Text className={styles.name}>
            {vendor.name}
            {vendor.function ? <Text size={200}>{` · ${valueLabel(vendor.function)}`}</Text> : null}
          </Text>
          <Button
            size="small"
            aria-label={`Add ${vendor.name}`}
            onClick={() =>
              void onAdd(vendor).then((done) => {
                if (done) setAdded((previous) => [...previous, vendor.name]);
              })
            }
          >
            Add
          </Button>
        </div>
      ))}
    </section>
  );
}
