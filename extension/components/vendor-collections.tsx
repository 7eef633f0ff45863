/**
 * Editors for the vendor's list-valued fields: price plans, certifications and per-source ratings.
 * Each keeps a draft of text cells; "Save" turns it into records and hands them to `onSave`, which
 * goes through the library's schema check. A refused save shows the library's sentence under the
 * list and keeps the draft, so nothing typed is lost; "Discard" goes back to what is stored.
 */
import { Button, Checkbox, Dropdown, Field, Input, Option, Text } from "@fluentui/react-components";
import { type ReactNode, useEffect, useState } from "react";
import { SOURCES, type Source } from "../../shared/schema/common";
import {
  CERTIFICATIONS,
  type Certification,
  PRICE_PERIODS,
  type PricePlan,
  type SourceRating,
} from "../../shared/schema/vendor";
import { label } from "./vendor-list";

type Cells = Record<string, string>;

interface ListEditorProps<T> {
  title: string;
  /** Used for the buttons' accessible names, e.g. "price plan". */
  noun: string;
  items: T[];
  toCells(item: T): Cells;
  fromCells(cells: Cells, original: T | undefined): T;
  blank: Cells;
  renderRow(cells: Cells, set: (key: string, value: string) => void, index: number): ReactNode;
  error?: string;
  onSave(items: T[]): Promise<void>;
}

function ListEditor<T>({
  title,
  noun,
  items,
  toCells,
  fromCells,
  blank,
  renderRow,
  error,
  onSave,
}: ListEditorProps<T>) {
  const stored = items.map(toCells);
  const [rows, setRows] = useState<Array<{ cells: Cells; original: T | undefined }>>(() =>
    items.map((item, index) => ({ cells: stored[index] ?? {}, original: item })),
  );
  const storedKey = JSON.stringify(stored);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset the draft when the stored list changes.
  useEffect(() => {
    setRows(items.map((item) => ({ cells: toCells(item), original: item })));
  }, [storedKey]);
  const dirty = JSON.stringify(rows.map((row) => row.cells)) !== storedKey;

  const update = (index: number) => (key: string, value: string) =>
    setRows((current) =>
      current.map((row, i) => (i === index ? { ...row, cells: { ...row.cells, [key]: value } } : row)),
    );

  return (
    <Field label={title} validationMessage={error} validationState={error ? "error" : "none"}>
      <div style={{ display: "flex", flexDirection: "column", gap: 4 }}>
        {rows.length === 0 ? <Text>None yet.</Text> : null}
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place while edited.
          <div key={index} style={{ display: "flex", gap: 4, alignItems: "flex-end", flexWrap: "wrap" }}>
            {renderRow(row.cells, update(index), index)}
            <Button
              size="small"
              aria-label={`Remove ${noun} ${index + 1}`}
              onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
            >
              Remove
            </Button>
          </div>
        ))}
        <div style={{ display: "flex", gap: 4 }}>
          <Button
            size="small"
            onClick={() => setRows((current) => [...current, { cells: { ...blank }, original: undefined }])}
          >
            {`Add ${noun}`}
          </Button>
          <Button
            size="small"
            appearance="primary"
            disabled={!dirty}
            aria-label={`Save ${title.toLowerCase()}`}
            onClick={() => void onSave(rows.map((row) => fromCells(row.cells, row.original)))}
          >
            Save
          </Button>
          <Button
            size="small"
            disabled={!dirty}
            onClick={() => setRows(items.map((item) => ({ cells: toCells(item), original: item })))}
          >
            Discard
          </Button>
        </div>
      </div>
    </Field>
  );
}

/** A number typed by the owner; "" or text that is not a number stays NaN, which the schema refuses. */
function typedNumber(text: string): number {
  const trimmed = text.trim().replace(",", ".");
  return trimmed === "" ? Number.NaN : Number(trimmed);
}

function Cell({
  name,
  value,
  width,
  set,
}: {
  name: string;
  value: string | undefined;
  width: number;
  set(value: string): void;
}) {
  return (
    <Input
      aria-label={name}
      placeholder={name}
      value={value ?? ""}
      style={{ width, minWidth: width }}
      onChange={(_, data) => set(data.value)}
    />
  );
}

function Choice<V extends string>({
  name,
  value,
  options,
  set,
}: {
  name: string;
  value: string | undefined;
  options: readonly V[];
  set(value: V): void;
}) {
  return (
    <Dropdown
      aria-label={name}
      style={{ minWidth: 110 }}
      value={value ? label(value) : ""}
      selectedOptions={value ? [value] : []}
      onOptionSelect={(_, data) => data.optionValue && set(data.optionValue as V)}
    >
      {options.map((option) => (
        <Option key={option} value={option}>
          {label(option)}
        </Option>
      ))}
    </Dropdown>
  );
}

export function PricePlansEditor(props: {
  plans: PricePlan[];
  currency: string | undefined;
  error?: string;
  onSave(plans: PricePlan[]): Promise<void>;
}) {
  return (
    <ListEditor<PricePlan>
      title="Price plans"
      noun="price plan"
      items={props.plans}
      error={props.error}
      onSave={props.onSave}
      blank={{ name: "", price: "", currency: props.currency ?? "", period: "month", perSeat: "" }}
      toCells={(plan) => ({
        name: plan.name,
        price: String(plan.price),
        currency: plan.currency,
        period: plan.period,
        perSeat: plan.perSeat ? "yes" : "",
      })}
      fromCells={(cells) => ({
        name: cells.name?.trim() ?? "",
        price: typedNumber(cells.price ?? ""),
        currency: (cells.currency ?? "").trim().toUpperCase(),
        period: cells.period as PricePlan["period"],
        ...(cells.perSeat ? { perSeat: true } : {}),
      })}
      renderRow={(cells, set, index) => (
        <>
          <Cell name={`Plan ${index + 1} name`} value={cells.name} width={120} set={(v) => set("name", v)} />
          <Cell
            name={`Plan ${index + 1} price`}
            value={cells.price}
            width={70}
            set={(v) => set("price", v)}
          />
          <Cell
            name={`Plan ${index + 1} currency`}
            value={cells.currency}
            width={56}
            set={(v) => set("currency", v)}
          />
          <Choice
            name={`Plan ${index + 1} period`}
            value={cells.period}
            options={PRICE_PERIODS}
            set={(v) => set("period", v)}
          />
          <Checkbox
            label="per seat"
            checked={cells.perSeat === "yes"}
            onChange={(_, data) => set("perSeat", data.checked ? "yes" : "")}
          />
        </>
      )}
    />
  );
}

export function CertificationsEditor(props: {
  certifications: Certification[];
  error?: string;
  onSave(certifications: Certification[]): Promise<void>;
}) {
  return (
    <ListEditor<Certification>
      title="Certifications"
      noun="certification"
      items={props.certifications}
      error={props.error}
      onSave={props.onSave}
      blank={{ kind: "other", label: "" }}
      toCells={(certification) => ({ kind: certification.kind, label: certification.label })}
      fromCells={(cells) => {
        const kind = cells.kind as Certification["kind"];
        // The label is what the owner saw ("SOC 2 Type II"); a known kind without one uses its name.
        const text = cells.label?.trim() || (kind === "other" ? "" : kind);
        return { kind, label: text };
      }}
      renderRow={(cells, set, index) => (
        <>
          <Choice
            name={`Certification ${index + 1} kind`}
            value={cells.kind}
            options={CERTIFICATIONS}
            set={(v) => set("kind", v)}
          />
          <Cell
            name={`Certification ${index + 1} wording`}
            value={cells.label}
            width={180}
            set={(v) => set("label", v)}
          />
        </>
      )}
    />
  );
}

export function SourceRatingsEditor(props: {
  ratings: SourceRating[];
  now(): Date;
  error?: string;
  onSave(ratings: SourceRating[]): Promise<void>;
}) {
  return (
    <ListEditor<SourceRating>
      title="Ratings on review sites"
      noun="rating"
      items={props.ratings}
      error={props.error}
      onSave={props.onSave}
      blank={{ source: "other", value: "", scale: "5", count: "" }}
      toCells={(rating) => ({
        source: rating.source,
        value: String(rating.value),
        scale: String(rating.scale),
        count: rating.count === undefined ? "" : String(rating.count),
      })}
      fromCells={(cells, original) => {
        const count = cells.count?.trim() ?? "";
        const edited: SourceRating = {
          source: cells.source as Source,
          value: typedNumber(cells.value ?? ""),
          scale: typedNumber(cells.scale ?? ""),
          // A rating the owner adds is dated now; an edited one keeps where and when it was read.
          capturedAt: original?.capturedAt ?? props.now().toISOString(),
          ...(original?.url && original.source === cells.source ? { url: original.url } : {}),
        };
        return count === "" ? edited : { ...edited, count: typedNumber(count) };
      }}
      renderRow={(cells, set, index) => (
        <>
          <Choice
            name={`Rating ${index + 1} site`}
            value={cells.source}
            options={SOURCES}
            set={(v) => set("source", v)}
          />
          <Cell
            name={`Rating ${index + 1} value`}
            value={cells.value}
            width={56}
            set={(v) => set("value", v)}
          />
          <Text>out of</Text>
          <Cell
            name={`Rating ${index + 1} scale`}
            value={cells.scale}
            width={48}
            set={(v) => set("scale", v)}
          />
          <Cell
            name={`Rating ${index + 1} review count`}
            value={cells.count}
            width={80}
            set={(v) => set("count", v)}
          />
        </>
      )}
    />
  );
}
