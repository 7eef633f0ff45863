import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Option,
  Rating,
  Spinner,
  Text,
  Textarea,
  Title3,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { VendorOwnerPatch } from "../../shared/library/apply-owner-edit";
import { ownValue } from "../../shared/library/own-value";
import { OUTSOURCED_FUNCTIONS, PIPELINE_STATUSES } from "../../shared/schema/common";
import { BASE_CRITERIA } from "../../shared/schema/criteria-templates";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Review } from "../../shared/schema/review";
import { PRICING_MODELS, type Vendor } from "../../shared/schema/vendor";
import type { ClipHistoryEntry, DeletedVendorSnapshot, LibraryPort } from "./library-port";
import { CertificationsEditor, PricePlansEditor, SourceRatingsEditor } from "./vendor-collections";
import { label } from "./vendor-list";
import { VendorLogo } from "./vendor-logo";
import { safeHref, splitList } from "./vendor-pages";

type Patch = VendorOwnerPatch;

/**
 * A vendor with every field editable; each change goes through updateVendor's schema check. The page
 * reads the vendor again whenever `version` changes (a clip of this vendor, an import), so an edit is
 * always made to what the library holds now, never to a copy from before the clip.
 */
export function VendorDetail({
  library,
  vendorId,
  version,
  evaluations,
  onBack,
  onChanged,
  onDeleted,
}: {
  library: LibraryPort;
  vendorId: string;
  /** Bumped when the library changed elsewhere. */
  version: number;
  evaluations: Evaluation[];
  onBack(): void;
  onChanged(): void;
  /** After a delete: what it took, so the panel can offer Undo. */
  onDeleted?(deleted: DeletedVendorSnapshot): void;
}) {
  const [vendor, setVendor] = useState<Vendor | null | undefined>();
  const [reviews, setReviews] = useState<Review[]>([]);
  const [history, setHistory] = useState<ClipHistoryEntry[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** What the last rating, evaluation or delete could not do, and what to do about it. */
  const [failure, setFailure] = useState<string | undefined>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the re-read trigger after a clip or import.
  const load = useCallback(async () => {
    const [found, foundReviews, foundHistory] = await Promise.all([
      library.getVendor(vendorId),
      library.listReviews(vendorId),
      library.clipHistory(vendorId),
    ]);
    setVendor(found ?? null);
    setReviews(foundReviews);
    setHistory(foundHistory);
  }, [library, vendorId, version]);

  useEffect(() => {
    void load();
  }, [load]);

  // A field's complaint belongs to the vendor it was made on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: cleared when another vendor opens.
  useEffect(() => {
    setErrors({});
    setFailure(undefined);
    setConfirmingDelete(false);
  }, [vendorId]);

  if (vendor === undefined) return <Spinner size="tiny" label="Opening the vendor…" />;
  if (vendor === null) {
    return (
      <section>
        <Text>This vendor is no longer in your library.</Text>
        <Button onClick={onBack}>Back to the list</Button>
      </section>
    );
  }
  const current = vendor;

  async function save(field: string, patch: Patch) {
    const result = await library.updateVendor(current.id, patch);
    if (result.ok) {
      setVendor(result.vendor);
      setErrors((previous) => {
        const next = { ...previous };
        delete next[field];
        return next;
      });
      onChanged();
    } else {
      setErrors((previous) => ({ ...previous, [field]: Object.values(result.errors).join(" ") }));
    }
  }

  /** Runs an action; a failure is shown above the form, saying what did not happen. True if it ran. */
  async function attempt(what: string, action: () => Promise<void>): Promise<boolean> {
    setFailure(undefined);
    try {
      await action();
      return true;
    } catch (error) {
      setFailure(
        `Could not ${what} (${error instanceof Error ? error.message : String(error)}). Nothing was changed; try again.`,
      );
      return false;
    }
  }

  const rate = (criterionId: string, rating: number | null) =>
    attempt("save the rating", async () => {
      await library.rateVendor(current.id, criterionId, rating);
      await load();
    });

  const toggleEvaluation = (evaluation: Evaluation, member: boolean) =>
    attempt(`${member ? "add the vendor to" : "take the vendor out of"} “${evaluation.name}”`, async () => {
      if (member) await library.addToEvaluation(evaluation.id, current.id);
      else await library.removeFromEvaluation(evaluation.id, current.id);
      onChanged();
    });

  const remove = () =>
    attempt("delete the vendor", async () => {
      const deleted = await library.deleteVendor(current.id);
      onChanged();
      onBack();
      if (deleted) onDeleted?.(deleted);
    });

  const website = safeHref(current.website);
  const logo = safeHref(current.logo);
  return (
    <article data-testid="vendor-detail" style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      <Button appearance="subtle" onClick={onBack} style={{ alignSelf: "flex-start" }}>
        ← All vendors
      </Button>
      <Title3 as="h2">{current.name}</Title3>
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      {website ? (
        <Link href={website} target="_blank" rel="noreferrer noopener">
          {website}
        </Link>
      ) : null}

      <TextField
        name="name"
        label="Name"
        value={current.name}
        errors={errors}
        onSave={(v) => save("name", { name: v })}
      />
      <TextField
        name="website"
        label="Website"
        value={current.website ?? ""}
        errors={errors}
        onSave={(v) => save("website", { website: v || undefined })}
      />
      <Field label="Status" validationMessage={errors.status}>
        <Dropdown
          value={label(current.status)}
          selectedOptions={[current.status]}
          onOptionSelect={(_, data) => void save("status", { status: data.optionValue as Vendor["status"] })}
        >
          {PIPELINE_STATUSES.map((status) => (
            <Option key={status} value={status}>
              {label(status)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Function" validationMessage={errors.function}>
        <Dropdown
          value={current.function ? label(current.function) : ""}
          placeholder="Not set"
          selectedOptions={current.function ? [current.function] : []}
          onOptionSelect={(_, data) =>
            void save("function", { function: data.optionValue as Vendor["function"] })
          }
        >
          {OUTSOURCED_FUNCTIONS.map((fn) => (
            <Option key={fn} value={fn}>
              {label(fn)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <TextField
        name="tags"
        label="Tags (comma-separated)"
        value={current.tags.join(", ")}
        errors={errors}
        onSave={(v) => save("tags", { tags: splitList(v) })}
      />
      <TextField
        name="description"
        label="Description"
        multiline
        value={current.description ?? ""}
        errors={errors}
        onSave={(v) => save("description", { description: v || undefined })}
      />
      <TextField
        name="notes"
        label="Notes"
        multiline
        value={current.notes}
        errors={errors}
        onSave={(v) => save("notes", { notes: v })}
      />
      <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr 1fr", gap: 4 }}>
        {(["city", "region", "country"] as const).map((part) => (
          <TextField
            key={part}
            name={`location.${part}`}
            label={label(part)}
            value={current.location?.[part] ?? ""}
            errors={errors}
            onSave={(v) =>
              save(`location.${part}`, { location: { ...current.location, [part]: v || undefined } })
            }
          />
        ))}
      </div>
      <TextField
        name="timeZone"
        label="Time zone"
        value={current.timeZone ?? ""}
        errors={errors}
        onSave={(v) => save("timeZone", { timeZone: v || undefined })}
      />
      <TextField
        name="languages"
        label="Languages (comma-separated)"
        value={current.languages.join(", ")}
        errors={errors}
        onSave={(v) => save("languages", { languages: splitList(v) })}
      />
      <TextField
        name="contacts.emails"
        label="Emails (comma-separated)"
        value={current.contacts.emails.join(", ")}
        errors={errors}
        onSave={(v) => save("contacts.emails", { contacts: { ...current.contacts, emails: splitList(v) } })}
      />
      <TextField
        name="contacts.phones"
        label="Phones (comma-separated)"
        value={current.contacts.phones.join(", ")}
        errors={errors}
        onSave={(v) => save("contacts.phones", { contacts: { ...current.contacts, phones: splitList(v) } })}
      />
      <TextField
        name="contacts.address"
        label="Address"
        value={current.contacts.address ?? ""}
        errors={errors}
        onSave={(v) =>
          save("contacts.address", { contacts: { ...current.contacts, address: v || undefined } })
        }
      />
      <Field label="Pricing model" validationMessage={errors["pricing.model"]}>
        <Dropdown
          value={current.pricing.model ? label(current.pricing.model) : ""}
          placeholder="Not set"
          selectedOptions={current.pricing.model ? [current.pricing.model] : []}
          onOptionSelect={(_, data) =>
            void save("pricing.model", {
              pricing: { ...current.pricing, model: data.optionValue as Vendor["pricing"]["model"] },
            })
          }
        >
          {PRICING_MODELS.map((model) => (
            <Option key={model} value={model}>
              {label(model)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <TextField
        name="pricing.setupFee"
        label="Setup fee"
        value={current.pricing.setupFee === undefined ? "" : String(current.pricing.setupFee)}
        errors={errors}
        onSave={(v) =>
          save("pricing.setupFee", {
            pricing: { ...current.pricing, setupFee: v.trim() === "" ? undefined : Number(v) },
          })
        }
      />
      <TextField
        name="pricing.currency"
        label="Pricing currency"
        value={current.pricing.currency ?? ""}
        errors={errors}
        onSave={(v) =>
          save("pricing.currency", {
            pricing: { ...current.pricing, currency: v.trim() === "" ? undefined : v.trim().toUpperCase() },
          })
        }
      />
      <PricePlansEditor
        plans={current.pricing.plans}
        currency={current.pricing.currency}
        error={errors["pricing.plans"]}
        onSave={(plans) => save("pricing.plans", { pricing: { ...current.pricing, plans } })}
      />
      <CertificationsEditor
        certifications={current.certifications}
        error={errors.certifications}
        onSave={(certifications) => save("certifications", { certifications })}
      />
      <SourceRatingsEditor
        ratings={current.ratings}
        now={() => new Date()}
        error={errors.ratings}
        onSave={(ratings) => save("ratings", { ratings })}
      />
      <TextField
        name="logo"
        label="Logo address (http or https)"
        value={current.logo ?? ""}
        errors={errors}
        onSave={(v) => save("logo", { logo: v.trim() || undefined })}
      />
      <VendorLogo url={logo} name={current.name} />

      <h3>Your ratings</h3>
      {BASE_CRITERIA.map((criterion) => (
        <div key={criterion.id} style={{ display: "flex", alignItems: "center", gap: 8 }}>
          <Text style={{ flex: 1 }}>{criterion.name}</Text>
          <Rating
            aria-label={criterion.name}
            size="small"
            max={5}
            value={ownValue(current.criterionRatings, criterion.id) ?? 0}
            onChange={(_, data) => void rate(criterion.id, data.value)}
          />
          <Button
            size="small"
            appearance="subtle"
            aria-label={`Clear ${criterion.name}`}
            disabled={ownValue(current.criterionRatings, criterion.id) === undefined}
            onClick={() => void rate(criterion.id, null)}
          >
            Clear
          </Button>
        </div>
      ))}

      {evaluations.length > 0 ? <h3>Evaluations</h3> : null}
      {evaluations.map((evaluation) => (
        <MembershipCheckbox
          key={evaluation.id}
          label={evaluation.name}
          member={evaluation.vendorIds.includes(current.id)}
          onToggle={(member) => toggleEvaluation(evaluation, member)}
        />
      ))}

      <h3>{`Reviews (${reviews.length})`}</h3>
      {reviews.map((review) => (
        <ReviewItem key={review.id} review={review} />
      ))}

      <h3>Clip history</h3>
      {history.length === 0 ? <Text>No clips yet.</Text> : null}
      <ul>
        {history.map((entry) => {
          const href = safeHref(entry.url);
          return (
            <li key={`${entry.capturedAt}-${entry.url ?? ""}`}>
              <Text>{`${new Date(entry.capturedAt).toLocaleString()}: ${entry.summary} `}</Text>
              {href ? (
                <Link href={href} target="_blank" rel="noreferrer noopener">
                  source
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
      {confirmingDelete ? (
        <div style={{ display: "flex", flexDirection: "column", gap: 6 }}>
          <Text>
            {`Delete ${current.name} with its ${reviews.length} review${reviews.length === 1 ? "" : "s"} and clip history, and take it out of every evaluation? You can undo it from the bar that appears, until you close the side panel.`}
          </Text>
          <div style={{ display: "flex", gap: 6 }}>
            <Button appearance="primary" onClick={() => void remove()}>
              Delete
            </Button>
            <Button onClick={() => setConfirmingDelete(false)}>Keep the vendor</Button>
          </div>
        </div>
      ) : (
        <Button appearance="secondary" onClick={() => setConfirmingDelete(true)}>
          Delete this vendor
        </Button>
      )}
    </article>
  );
}

/**
 * Whether the vendor is in one evaluation. The tick follows the click at once and the library's answer
 * after: it goes back if the change failed (the message above the form says why), and it follows the
 * evaluation when that changes elsewhere.
 */
function MembershipCheckbox({
  label: evaluationName,
  member,
  onToggle,
}: {
  label: string;
  member: boolean;
  onToggle(member: boolean): Promise<boolean>;
}) {
  const [checked, setChecked] = useState(member);
  useEffect(() => setChecked(member), [member]);
  return (
    <Checkbox
      label={evaluationName}
      checked={checked}
      onChange={(_, data) => {
        const next = data.checked === true;
        setChecked(next);
        void onToggle(next).then((done) => {
          if (!done) setChecked(!next);
        });
      }}
    />
  );
}

function ReviewItem({ review }: { review: Review }) {
  const href = safeHref(review.url);
  return (
    <div data-testid="review" style={{ borderLeft: "3px solid #ccc", paddingLeft: 8 }}>
      <Text weight="semibold">
        {[review.title, review.rating === undefined ? undefined : `${review.rating}/${review.scale}`]
          .filter(Boolean)
          .join(" · ")}
      </Text>
      <Text as="p" style={{ whiteSpace: "pre-wrap", display: "block" }}>
        {review.body.length > 600 ? `${review.body.slice(0, 600)}…` : review.body}
      </Text>
      <Text size={200}>
        {[review.author, review.date, label(review.source)].filter(Boolean).join(" · ")}{" "}
      </Text>
      {href ? (
        <Link href={href} target="_blank" rel="noreferrer noopener">
          Open source
        </Link>
      ) : null}
    </div>
  );
}

/** A text input that saves on blur (or Enter) and shows the schema's complaint under itself. */
function TextField({
  name,
  label: fieldLabel,
  value,
  multiline,
  errors,
  onSave,
}: {
  name: string;
  label: string;
  value: string;
  multiline?: boolean;
  errors: Record<string, string>;
  onSave(value: string): Promise<void>;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) void onSave(draft);
  };
  const error = errors[name];
  return (
    <Field label={fieldLabel} validationMessage={error} validationState={error ? "error" : "none"}>
      {multiline ? (
        <Textarea
          value={draft}
          resize="vertical"
          onChange={(_, data) => setDraft(data.value)}
          onBlur={commit}
        />
      ) : (
        <Input
          value={draft}
          onChange={(_, data) => setDraft(data.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === "Enter") commit();
          }}
        />
      )}
    </Field>
  );
}
