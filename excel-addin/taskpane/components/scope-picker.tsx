/**
 * The task pane's scope picker: an evaluation (or the whole library with a criteria template), then the
 * vendors to score.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  makeStyles,
  Select,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { PullProgress } from "../../../shared/bridge/pull-evaluation";
import { OUTSOURCED_FUNCTIONS, type OutsourcedFunction } from "../../../shared/schema/common";
import type { Evaluation } from "../../../shared/schema/evaluation";
import type { Vendor } from "../../../shared/schema/vendor";

/** A list longer than this shows its first rows only; every selected vendor is still written. */
const VENDOR_ROWS_SHOWN = 200;

const FUNCTION_LABELS: Record<OutsourcedFunction, string> = {
  "it-support": "IT support",
  "accounting-payroll": "Accounting and payroll",
  hr: "HR",
  marketing: "Marketing",
  "customer-service": "Customer service",
  logistics: "Logistics",
  "software-development": "Software development",
  legal: "Legal",
  other: "Other",
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    maxHeight: "180px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXS,
    display: "flex",
    flexDirection: "column",
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ScopePickerProps {
  evaluations: Evaluation[];
  /** "" is the whole library. */
  evaluationId: string;
  templateFunction: OutsourcedFunction;
  vendors: Vendor[] | null;
  selected: ReadonlySet<string>;
  pullProgress: PullProgress | null;
  onEvaluationChange(evaluationId: string): void;
  onTemplateChange(fn: OutsourcedFunction): void;
  onSelectionChange(selected: ReadonlySet<string>): void;
}

/** Pick an evaluation (or the whole library and a criteria template), then the vendors to score. */
export function ScopePicker(props: ScopePickerProps) {
  const styles = useStyles();
  const { vendors, selected } = props;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    props.onSelectionChange(next);
  };

  return (
    <section className={styles.section} aria-label="Vendors to score">
      <Field label="Evaluation">
        <Select value={props.evaluationId} onChange={(_event, data) => props.onEvaluationChange(data.value)}>
          {props.evaluations.map((evaluation) => (
            <option key={evaluation.id} value={evaluation.id}>
              {evaluation.name} ({evaluation.vendorIds.length} vendors)
            </option>
          ))}
          <option value="">All vendors in the library</option>
        </Select>
      </Field>
      {props.evaluationId === "" ? (
        <Field label="Criteria template">
          <Select
            value={props.templateFunction}
            onChange={(_event, data) => props.onTemplateChange(data.value as OutsourcedFunction)}
          >
            {OUTSOURCED_FUNCTIONS.map((fn) => (
              <option key={fn} value={fn}>
                {FUNCTION_LABELS[fn]}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}

      {vendors === null ? (
        <Spinner
          size="tiny"
          label={
            props.pullProgress
              ? `Reading vendors… ${props.pullProgress.vendors} vendors, ${props.pullProgress.reviews} reviews`
              : "Reading vendors…"
          }
        />
      ) : (
        <>
          <div className={styles.row}>
            <Caption1 data-testid="vendor-count">
              {selected.size} of {vendors.length} vendors selected
            </Caption1>
            <Button
              size="small"
              appearance="subtle"
              onClick={() => props.onSelectionChange(new Set(vendors.map((v) => v.id)))}
            >
              All
            </Button>
            <Button size="small" appearance="subtle" onClick={() => props.onSelectionChange(new Set())}>
              None
            </Button>
          </div>
          {vendors.length > 0 ? (
            <div className={styles.list}>
              {vendors.slice(0, VENDOR_ROWS_SHOWN).map((vendor) => (
                <Checkbox
                  key={vendor.id}
                  label={vendor.domain ? `${vendor.name} (${vendor.domain})` : vendor.name}
                  checked={selected.has(vendor.id)}
                  onChange={(_event, data) => toggle(vendor.id, data.checked === true)}
                />
              ))}
              {vendors.length > VENDOR_ROWS_SHOWN ? (
                <Caption1>
                  …and {vendors.length - VENDOR_ROWS_SHOWN} more (use All / None to change them).
                </Caption1>
              ) : null}
            </div>
          ) : (
            <Caption1>
              No vendors here yet. Clip some with the extension, or pick another evaluation.
            </Caption1>
          )}
        </>
      )}
    </section>
  );
}
