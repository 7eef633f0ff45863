import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { OUTSOURCED_FUNCTIONS, type OutsourcedFunction } from "../../shared/schema/common";
import { criteriaTemplate } from "../../shared/schema/criteria-templates";
import type { Evaluation } from "../../shared/schema/evaluation";
import { weightPercents, weightsWithPercent } from "../../shared/scoring/weight-percents";
import type { PanelPorts } from "./library-port";
import { label } from "./vendor-list";

/** Evaluations: create from a criteria template, weights as percentages, vendors in it, exports. */
export function EvaluationsView({
  ports,
  evaluations,
  onChanged,
  onOpenVendor,
}: {
  ports: PanelPorts;
  evaluations: Evaluation[];
  onChanged(): void;
  onOpenVendor(vendorId: string): void;
}) {
  const [name, setName] = useState("");
  const [fn, setFn] = useState<OutsourcedFunction>("accounting-payroll");
  const [message, setMessage] = useState<{ intent: "error" | "success"; text: string } | undefined>();

  async function create() {
    const now = ports.now().toISOString();
    const trimmed = name.trim();
    if (!trimmed) {
      setMessage({ intent: "error", text: "Give the evaluation a name, e.g. “Bookkeeping 2027”." });
      return;
    }
    try {
      await ports.library.saveEvaluation({
        id: `eval-${ports.now().getTime().toString(36)}`,
        name: trimmed,
        function: fn,
        criteria: criteriaTemplate(fn),
        vendorIds: [],
        termMonths: 36,
        createdAt: now,
        updatedAt: now,
      });
    } catch (error) {
      setMessage({
        intent: "error",
        text: `Could not create “${trimmed}” (${(error as Error).message}). Change what it says and try again.`,
      });
      return;
    }
    setName("");
    setMessage({
      intent: "success",
      text: `Created “${trimmed}”. Add vendors from their pages in the library.`,
    });
    onChanged();
  }

  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <div style={{ display: "flex", flexDirection: "column", gap: 6 }}>
        <Field label="New evaluation">
          <Input
            value={name}
            placeholder="e.g. Bookkeeping 2027"
            onChange={(_, data) => setName(data.value)}
          />
        </Field>
        <Field label="Criteria template">
          <Dropdown
            value={label(fn)}
            selectedOptions={[fn]}
            onOptionSelect={(_, data) => data.optionValue && setFn(data.optionValue as OutsourcedFunction)}
          >
            {OUTSOURCED_FUNCTIONS.map((option) => (
              <Option key={option} value={option}>
                {label(option)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button appearance="primary" onClick={() => void create()}>
          Create evaluation
        </Button>
      </div>
      {message ? (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {evaluations.length === 0 ? <Text>No evaluations yet.</Text> : null}
      {evaluations.map((evaluation) => (
        <EvaluationCard
          key={evaluation.id}
          ports={ports}
          evaluation={evaluation}
          onChanged={onChanged}
          onOpenVendor={onOpenVendor}
          onMessage={setMessage}
        />
      ))}
    </section>
  );
}

function EvaluationCard({
  ports,
  evaluation,
  onChanged,
  onOpenVendor,
  onMessage,
}: {
  ports: PanelPorts;
  evaluation: Evaluation;
  onChanged(): void;
  onOpenVendor(vendorId: string): void;
  onMessage(message: { intent: "error" | "success"; text: string }): void;
}) {
  const [busy, setBusy] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const percents = weightPercents(evaluation.criteria.map((c) => c.weight));

  async function setWeight(index: number, percent: number) {
    let weights: number[];
    try {
      weights = weightsWithPercent(
        evaluation.criteria.map((criterion) => criterion.weight),
        index,
        percent,
      );
    } catch (error) {
      onMessage({ intent: "error", text: (error as Error).message });
      return;
    }
    const criteria = evaluation.criteria.map((criterion, i) => ({ ...criterion, weight: weights[i] ?? 0 }));
    await run("save the weight", async () => {
      await ports.library.saveEvaluation({ ...evaluation, criteria, updatedAt: ports.now().toISOString() });
      onChanged();
    });
  }

  async function run(what: string, task: () => Promise<void>) {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      onMessage({ intent: "error", text: `Could not ${what} (${(error as Error).message}). Try again.` });
    } finally {
      setBusy(false);
    }
  }

  const exportPack = () =>
    run("export the evaluation", async () => {
      const pack = await ports.library.exportPack({ evaluationId: evaluation.id });
      const file = ports.packFile(pack, evaluation.name);
      ports.download(file.fileName, file.text, "application/json");
    });
  const exportCsv = () =>
    run("export the CSV", async () => {
      const pack = await ports.library.exportPack({ evaluationId: evaluation.id });
      ports.download(
        `${safeName(evaluation.name)}.csv`,
        ports.vendorsCsv(pack.vendors, evaluation),
        "text/csv",
      );
    });
  const exportXlsx = () =>
    run("build the scorecard", async () => {
      const pack = await ports.library.exportPack({ evaluationId: evaluation.id });
      const bytes = await ports.scorecardXlsx(pack, evaluation.id);
      ports.download(
        `${safeName(evaluation.name)} scorecard.xlsx`,
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
    });

  return (
    <article data-testid="evaluation" style={{ border: "1px solid #ddd", borderRadius: 6, padding: 8 }}>
      <Text weight="semibold" as="h3">
        {evaluation.name}
      </Text>
      <Text size={200}>{` ${label(evaluation.function)} · ${evaluation.vendorIds.length} vendors`}</Text>
      <table style={{ width: "100%", marginTop: 6 }}>
        <tbody>
          {evaluation.criteria.map((criterion, index) => (
            <tr key={criterion.id}>
              <td>
                <Text size={200}>{criterion.name}</Text>
              </td>
              <td style={{ width: 80 }}>
                <WeightInput
                  percent={percents[index] ?? 0}
                  label={criterion.name}
                  onSave={(p) => void setWeight(index, p)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <VendorsOf
        library={ports.library}
        evaluation={evaluation}
        onOpenVendor={onOpenVendor}
        onRemove={(vendorId) =>
          void run(`take ${vendorId} out of the evaluation`, async () => {
            await ports.library.removeFromEvaluation(evaluation.id, vendorId);
            onChanged();
          })
        }
      />
      <div style={{ display: "flex", flexWrap: "wrap", gap: 4, marginTop: 6 }}>
        <Button size="small" disabled={busy} onClick={() => void exportPack()}>
          Export .vendorpack.json
        </Button>
        <Button size="small" disabled={busy} onClick={() => void exportCsv()}>
          Export CSV
        </Button>
        <Button size="small" disabled={busy} onClick={() => void exportXlsx()}>
          Download scorecard (.xlsx)
        </Button>
        <Button size="small" appearance="subtle" disabled={busy} onClick={() => setConfirmingDelete(true)}>
          Delete
        </Button>
      </div>
      {confirmingDelete ? (
        <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 4, marginTop: 6 }}>
          <Text size={200}>
            {`Delete “${evaluation.name}” and its weights? Its vendors stay in the library. This cannot be undone.`}
          </Text>
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            onClick={() =>
              void run("delete the evaluation", async () => {
                await ports.library.deleteEvaluation(evaluation.id);
                onChanged();
              })
            }
          >
            Delete “{evaluation.name}”
          </Button>
          <Button size="small" onClick={() => setConfirmingDelete(false)}>
            Keep it
          </Button>
        </div>
      ) : null}
    </article>
  );
}

/** An evaluation card lists this many of its vendors; the Vendors tab's filter shows them all. */
const SHOWN_VENDORS = 200;

/**
 * The evaluation's vendors by name, read through the library (the evaluation itself holds only ids);
 * until they are read, or if the read fails, the ids stand in for the names.
 */
function VendorsOf({
  library,
  evaluation,
  onOpenVendor,
  onRemove,
}: {
  library: PanelPorts["library"];
  evaluation: Evaluation;
  onOpenVendor(vendorId: string): void;
  onRemove(vendorId: string): void;
}) {
  const [named, setNamed] = useState<{ rows: Array<{ id: string; name: string }>; total: number }>();
  useEffect(() => {
    let current = true;
    setNamed(undefined);
    if (evaluation.vendorIds.length === 0) return;
    library.searchVendors({ evaluationId: evaluation.id }, 0, SHOWN_VENDORS).then(
      (result) => {
        if (current) {
          setNamed({ rows: result.vendors.map((v) => ({ id: v.id, name: v.name })), total: result.total });
        }
      },
      () => undefined, // the ids stay on screen; the vendor list reports a library that cannot be read
    );
    return () => {
      current = false;
    };
  }, [library, evaluation]);

  if (evaluation.vendorIds.length === 0) {
    return <Text size={200}>No vendors yet: open a vendor in the library and tick this evaluation.</Text>;
  }
  const rows = named?.rows ?? evaluation.vendorIds.slice(0, SHOWN_VENDORS).map((id) => ({ id, name: id }));
  const total = named?.total ?? evaluation.vendorIds.length;
  return (
    <ul style={{ paddingLeft: 16 }}>
      {rows.map(({ id, name }) => (
        <li key={id}>
          <Link onClick={() => onOpenVendor(id)}>{name}</Link>{" "}
          <Button
            size="small"
            appearance="subtle"
            aria-label={`Remove ${name} from ${evaluation.name}`}
            onClick={() => onRemove(id)}
          >
            Remove
          </Button>
        </li>
      ))}
      {total > rows.length ? (
        <li>
          <Text size={200}>
            {`and ${total - rows.length} more: pick this evaluation in the Vendors tab's filter to see them all.`}
          </Text>
        </li>
      ) : null}
    </ul>
  );
}

function Link({ onClick, children }: { onClick(): void; children: string }) {
  return (
    <button
      type="button"
      onClick={onClick}
      // Reset to look like text, keeping the browser's focus ring for keyboard users.
      style={{
        background: "none",
        border: "none",
        padding: 0,
        font: "inherit",
        color: "inherit",
        cursor: "pointer",
        textDecoration: "underline",
      }}
    >
      {children}
    </button>
  );
}

function WeightInput({
  percent,
  label: name,
  onSave,
}: {
  percent: number;
  label: string;
  onSave(p: number): void;
}) {
  const [draft, setDraft] = useState(String(percent));
  const [shown, setShown] = useState(percent);
  if (shown !== percent) {
    setShown(percent);
    setDraft(String(percent));
  }
  const commit = () => {
    if (draft.trim() !== String(percent)) onSave(Number(draft.replace("%", "").trim()));
  };
  return (
    <Input
      size="small"
      aria-label={`Weight of ${name} in percent`}
      value={draft}
      contentAfter="%"
      onChange={(_, data) => setDraft(data.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === "Enter") commit();
      }}
    />
  );
}

/** A file name from an evaluation name: no path separators or characters Windows refuses. */
export function safeName(name: string): string {
  const cleaned = Array.from(name, (ch) =>
    ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? "-" : ch,
  ).join("");
  return cleaned.trim().slice(0, 80) || "evaluation";
}
