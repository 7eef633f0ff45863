import { Button, Caption1, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Criterion } from "../../../shared/schema/evaluation";
import { weightPercents, weightTotal } from "../../../shared/scoring/weight-percents";
import { addCriterion, MAX_CRITERIA, removeCriterion } from "../services/criteria-edits";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: {
    display: "grid",
    gridTemplateColumns: "1fr 84px 28px",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  footer: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  off: { color: tokens.colorPaletteRedForeground1 },
  remove: { minWidth: "28px", width: "28px", paddingLeft: 0, paddingRight: 0 },
  newName: { flexGrow: 1, minWidth: "120px" },
});

export interface CriteriaEditorProps {
  /** Weights are percentages. */
  criteria: Criterion[];
  onChange(criteria: Criterion[]): void;
  onResetToTemplate(): void;
}

/**
 * Criteria with weights as percentages; the total is shown, and one click makes it 100%. Criteria can
 * be added (weight 0% until the owner gives one) and removed, down to one.
 */
export function CriteriaEditor({ criteria, onChange, onResetToTemplate }: CriteriaEditorProps) {
  const styles = useStyles();
  const [newName, setNewName] = useState("");
  const add = () => {
    const next = addCriterion(criteria, newName);
    if (!next) return;
    onChange(next);
    setNewName("");
  };
  const total = weightTotal(criteria.map((criterion) => criterion.weight));
  const roundedTotal = Math.round(total * 10) / 10;

  return (
    <section className={styles.section} aria-label="Criteria and weights">
      {criteria.map((criterion, index) => (
        <div className={styles.row} key={criterion.id}>
          <Text title={criterion.description} truncate wrap={false}>
            {criterion.name}
          </Text>
          <Input
            type="number"
            size="small"
            min={0}
            max={100}
            step={1}
            aria-label={`Weight of ${criterion.name}, percent`}
            value={String(criterion.weight)}
            contentAfter="%"
            onChange={(_event, data) => {
              const weight = data.value === "" ? 0 : Number(data.value);
              if (!Number.isFinite(weight) || weight < 0) return;
              onChange(criteria.map((c, i) => (i === index ? { ...c, weight: Math.min(weight, 100) } : c)));
            }}
          />
          <Button
            size="small"
            appearance="subtle"
            className={styles.remove}
            aria-label={`Remove ${criterion.name}`}
            title={`Remove ${criterion.name}`}
            disabled={criteria.length <= 1}
            onClick={() => onChange(removeCriterion(criteria, index))}
          >
            ×
          </Button>
        </div>
      ))}
      <div className={styles.footer}>
        <Input
          size="small"
          className={styles.newName}
          placeholder="New criterion, e.g. Data residency"
          aria-label="New criterion name"
          value={newName}
          maxLength={120}
          onChange={(_event, data) => setNewName(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") add();
          }}
        />
        <Button size="small" disabled={!newName.trim() || criteria.length >= MAX_CRITERIA} onClick={add}>
          Add criterion
        </Button>
      </div>
      <div className={styles.footer}>
        <Caption1 data-testid="weight-total" className={roundedTotal === 100 ? undefined : styles.off}>
          Total {roundedTotal}%{roundedTotal === 100 ? "" : " (should be 100%)"}
        </Caption1>
        <Button
          size="small"
          disabled={roundedTotal === 100 && criteria.every((c) => Number.isInteger(c.weight))}
          onClick={() => {
            const percent = weightPercents(criteria.map((criterion) => criterion.weight));
            onChange(criteria.map((criterion, i) => ({ ...criterion, weight: percent[i] ?? 0 })));
          }}
        >
          Normalise to 100%
        </Button>
        <Button size="small" appearance="subtle" onClick={onResetToTemplate}>
          Reset to template
        </Button>
      </div>
    </section>
  );
}
