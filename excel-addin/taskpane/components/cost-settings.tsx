/**
 * The task pane's form for an evaluation's cost settings (currency, team size, term, time zone, exchange
 * rates). They apply to the sheets built here only: the bridge is read-only, so the side panel is where they
 * are saved.
 */
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Evaluation } from "../../../shared/schema/evaluation";
import { readSettings, type SettingsDraft, settingsDraft } from "../../../shared/scorecard/cost-settings";

export type CostSettingsPatch = Extract<ReturnType<typeof readSettings>, { ok: true }>["patch"];

/**
 * The evaluation's cost settings for this workbook: reporting currency, team size, term, the owner's
 * time zone and exchange rates. The bridge is read-only, so they apply to the sheets built here; the
 * side panel saves them to the library.
 */
export function CostSettings({
  evaluation,
  currency,
  today,
  onApply,
}: {
  evaluation: Evaluation;
  currency: string;
  today: string;
  onApply(patch: CostSettingsPatch): void;
}) {
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsDraft(evaluation, currency));
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState(false);
  const field = (key: keyof SettingsDraft, label: string, placeholder: string) => (
    <Field label={label} size="small">
      <Input
        size="small"
        value={draft[key]}
        placeholder={placeholder}
        onChange={(_, data) => {
          setDraft({ ...draft, [key]: data.value });
          setApplied(false);
        }}
      />
    </Field>
  );
  const apply = () => {
    const read = readSettings(draft, evaluation.fxRates, today);
    if (!read.ok) {
      setError(read.error);
      return;
    }
    setError(null);
    setApplied(true);
    onApply(read.patch);
  };
  return (
    <div data-testid="cost-settings" style={{ display: "flex", flexDirection: "column", gap: 4 }}>
      {field("reportingCurrency", "Reporting currency", "GBP")}
      {field("teamSize", "Team size (seats)", "6")}
      {field("termMonths", "Term (months)", "36")}
      {field("ownerZone", "Your time zone", "Europe/London")}
      {field("rates", "Exchange rates to the reporting currency", "USD 0.79, EUR 0.85")}
      <Button size="small" onClick={apply}>
        Use these cost settings
      </Button>
      {error ? <Text role="alert">{error}</Text> : null}
      {applied ? (
        <Text size={200}>The next build or update costs in {draft.reportingCurrency.toUpperCase()}.</Text>
      ) : null}
    </div>
  );
}
