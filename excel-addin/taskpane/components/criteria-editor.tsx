/**
 * The task pane's criteria editor: names and weights as percentages, with the total shown and one click to
 * make it 100%. Weight rules come from shared/, not from here.
 */
import { Button, Caption1, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Criterion } from "../../../shared/schema/evaluation";
import { parseWeightPercent, weightPercents, weightTotal } from "../../../shared/scoring/weight-percents";
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
  // Names wrap at Excel's default pane width rather than end in "…".
  name: { overflowWrap: "anywhere", minWidth: 0 },
  error: { gridColumn: "1 / -1", color: tokens.colorPaletteRedForeground1 },
  remove: { minWidth: "28px", width: "28px", paddingLeft: 0, paddingRight: 0 },
  // Room for its whole placeholder: at Excel's default pane width the button wraps under it instead of
  // cutting "New criterion, e.g. Data residency" (tests/e2e/taskpane-screens.test.ts).
  newName: { flexGrow: 1, flexBasis: "230px", minWidth: "120px" },
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
  /** A refused weight's sentence, under its own field, by criterion id; the stored weight stays. */
  const [weightErrors, setWeightErrors] = useState<Record<string, string>>({});
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
          <Text title={criterion.description} className={styles.name}>
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
            aria-invalid={weightErrors[criterion.id] ? true : undefined}
            onChange={(_event, data) => {
              // An emptied box is 0 while typing; anything else goes through the shared rule.
              const parsed =
                data.value === "" ? { ok: true as const, percent: 0 } : parseWeightPercent(data.value);
              setWeightErrors(({ [criterion.id]: _old, ...rest }) =>
                parsed.ok ? rest : { ...rest, [criterion.id]: parsed.message },
              );
              if (!parsed.ok) return;
              onChange(criteria.map((c, i) => (i === index ? { ...c, weight: parsed.percent } : c)));
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
          {weightErrors[criterion.id] ? (
            <Caption1 className={styles.error} role="alert">
              {weightErrors[criterion.id]}
            </Caption1>
          ) : null}
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
