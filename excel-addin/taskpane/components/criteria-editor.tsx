import { Button, Caption1, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Criterion } from "../../../shared/schema/evaluation";
import { normaliseToPercent, weightTotal } from "../services/criteria-weights";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: {
    display: "grid",
    gridTemplateColumns: "1fr 84px",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  footer: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  off: { color: tokens.colorPaletteRedForeground1 },
});

export interface CriteriaEditorProps {
  /** Weights are percentages. */
  criteria: Criterion[];
  onChange(criteria: Criterion[]): void;
  onResetToTemplate(): void;
}

/** Criteria with weights as percentages; the total is shown, and one click makes it 100%. */
export function CriteriaEditor({ criteria, onChange, onResetToTemplate }: CriteriaEditorProps) {
  const styles = useStyles();
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
        </div>
      ))}
      <div className={styles.footer}>
        <Caption1 data-testid="weight-total" className={roundedTotal === 100 ? undefined : styles.off}>
          Total {roundedTotal}%{roundedTotal === 100 ? "" : " (should be 100%)"}
        </Caption1>
        <Button
          size="small"
          disabled={roundedTotal === 100 && criteria.every((c) => Number.isInteger(c.weight))}
          onClick={() => {
            const percent = normaliseToPercent(criteria.map((criterion) => criterion.weight));
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
