/**
 * An evaluation card's cost settings form, and per vendor the same pass/fail, monthly cost and dependency
 * risk as the workbook shows, computed in shared/.
 */
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { readSettings, type SettingsDraft, settingsDraft } from "../../shared/scorecard/cost-settings";
import { evaluationOutcomes } from "../../shared/scorecard/evaluation-outcomes";
import { useLatestRead } from "./latest-read";
import type { PanelPorts } from "./library-port";

/** An evaluation card lists costs and gates for this many of its vendors, as it lists their names. */
const COSTED_VENDORS = 200;

/**
 * The evaluation's cost settings (reporting currency, team size, term, the owner's zone and exchange
 * rates) and, per vendor, the same pass/fail, monthly cost and dependency risk as the workbook.
 */
export function EvaluationCosts({
  ports,
  evaluation,
  evaluations,
  onChanged,
  onMessage,
}: {
  ports: PanelPorts;
  evaluation: Evaluation;
  evaluations: readonly Evaluation[];
  onChanged(): void;
  onMessage(message: { intent: "error" | "success"; text: string }): void;
}) {
  const [vendors, setVendors] = useState<Vendor[]>([]);
  const latest = useLatestRead();
  useEffect(() => {
    latest(
      async () =>
        evaluation.vendorIds.length === 0
          ? []
          : (await ports.library.searchVendors({ evaluationId: evaluation.id }, 0, COSTED_VENDORS)).vendors,
      setVendors,
    ).catch(() => undefined); // the vendor list reports a library that cannot be read
  }, [ports, evaluation, latest]);

  const today = ports.now().toISOString().slice(0, 10);
  const { currency, outcomes } = evaluationOutcomes(evaluation, vendors, evaluations, today);

  async function save(draft: SettingsDraft) {
    const read = readSettings(draft, evaluation.fxRates, today);
    if (!read.ok) {
      onMessage({ intent: "error", text: read.error });
      return;
    }
    try {
      await ports.library.saveEvaluation({
        ...evaluation,
        ...read.patch,
        updatedAt: ports.now().toISOString(),
      });
    } catch (error) {
      onMessage({
        intent: "error",
        text: `Could not save the settings (${(error as Error).message}). Try again.`,
      });
      return;
    }
    onMessage({
      intent: "success",
      text: `Saved: costs of “${evaluation.name}” in ${read.patch.reportingCurrency}.`,
    });
    onChanged();
  }

  return (
    <div
      data-testid="evaluation-costs"
      style={{ display: "flex", flexDirection: "column", gap: 6, marginTop: 6 }}
    >
      <SettingsForm key={evaluation.updatedAt} initial={settingsDraft(evaluation, currency)} onSave={save} />
      {outcomes.length > 0 ? (
        <table style={{ width: "100%" }}>
          <tbody>
            {outcomes.map((o) => (
              <tr key={o.vendorId} data-testid="vendor-outcome">
                <td>
                  <Text size={200}>{o.name}</Text>
                </td>
                <td>
                  <Text size={200}>
                    {typeof o.monthly === "number"
                      ? `${o.monthly.toFixed(2)} ${currency} a month`
                      : (o.monthly ?? "no plan to cost")}
                  </Text>
                </td>
                <td>
                  <Text size={200} weight={o.passes ? "regular" : "semibold"}>
                    {o.passes ? "Passes the gates" : `Fails: ${o.failedGates.join("; ")}`}
                  </Text>
                  {o.dependencyRisk ? (
                    <Text size={200} block>
                      {`Dependency risk: ${o.dependencyRisk}`}
                    </Text>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function SettingsForm({ initial, onSave }: { initial: SettingsDraft; onSave(draft: SettingsDraft): void }) {
  const [draft, setDraft] = useState(initial);
  const field = (key: keyof SettingsDraft, label: string, placeholder: string) => (
    <Field label={label} size="small" style={{ minWidth: 0 }}>
      <Input
        size="small"
        // Fluent's Input has an intrinsic width; without this two of them overflow a 320 px panel.
        style={{ minWidth: 0, width: "100%" }}
        value={draft[key]}
        placeholder={placeholder}
        onChange={(_, data) => setDraft({ ...draft, [key]: data.value })}
      />
    </Field>
  );
  return (
    <details>
      <summary>
        <Text
          size={200}
        >{`Costs in ${initial.reportingCurrency}, team of ${initial.teamSize}, ${initial.termMonths} months`}</Text>
      </summary>
      <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: 4 }}>
        {field("reportingCurrency", "Reporting currency", "GBP")}
        {field("teamSize", "Team size (seats)", "6")}
        {field("termMonths", "Term (months)", "36")}
        {field("ownerZone", "Your time zone", "Europe/London")}
      </div>
      {field("rates", "Exchange rates to the reporting currency", "USD 0.79, EUR 0.85")}
      <Button size="small" onClick={() => onSave(draft)} style={{ marginTop: 4 }}>
        Save cost settings
      </Button>
    </details>
  );
}
