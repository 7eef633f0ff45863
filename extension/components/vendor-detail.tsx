/**
 * A vendor's page in the side panel: the summary, the owner's ratings, then every field editable in place in
 * folded sections. It reads the vendor again whenever a clip or import changes it, so an edit is always made
 * to what the library holds now.
 */
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { VendorOwnerPatch } from "../../shared/library/apply-owner-edit";
import { OUTSOURCED_FUNCTIONS } from "../../shared/schema/common";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Review } from "../../shared/schema/review";
import { PRICING_MODELS, type Vendor } from "../../shared/schema/vendor";
import { valueLabel } from "../../shared/words/value-labels";
import { FoldSection } from "./fold-section";
import { useLatestRead } from "./latest-read";
import type { ClipHistoryEntry, DeletedVendorSnapshot, LibraryPort } from "./library-port";
import { OwnerRatings } from "./owner-ratings";
import { CertificationsEditor, PricePlansEditor, SourceRatingsEditor } from "./vendor-collections";
import { VendorLogo } from "./vendor-logo";
import { safeHref } from "./vendor-pages";
import { ClipHistory, ReviewItem } from "./vendor-reviews";
import { VendorSummary } from "./vendor-summary";
import {
  ABOUT_FIELDS,
  CONTACT_FIELDS,
  LANGUAGE_AND_LOGO_FIELDS,
  NOTE_FIELDS,
  PLACE_FIELDS,
  PRICE_FIELDS,
  VendorTextFields,
} from "./vendor-text-fields";

type Patch = VendorOwnerPatch;

/** Fields stack when the panel is narrow: as many 140 px columns as fit, never wider than the panel. */
const STACK = {
  display: "grid",
  gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
  gap: 6,
  minWidth: 0,
} as const;

/**
 * A vendor's page: a summary (name, site, status, review-site ratings, standing in each evaluation),
 * the owner's 1-5 ratings right under it, then the details in folded sections, each field editable in
 * place. Every change goes through updateVendor's schema check. The page reads the vendor again
 * whenever `version` changes (a clip of this vendor, an import), so an edit is always made to what the
 * library holds now, never to a copy from before the clip.
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

  /**
   * The page shows the newest read (or saved answer) only: a tick bumps `version` and reads the vendor,
   * a star saves and reads it again, and the first read, from before the rating, may finish last.
   */
  const latest = useLatestRead();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the re-read trigger after a clip or import.
  const load = useCallback(async () => {
    await latest(
      () =>
        Promise.all([
          library.getVendor(vendorId),
          library.listReviews(vendorId),
          library.clipHistory(vendorId),
        ]),
      ([found, foundReviews, foundHistory]) => {
        setVendor(found ?? null);
        setReviews(foundReviews);
        setHistory(foundHistory);
      },
    );
  }, [latest, library, vendorId, version]);

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
      // The saved vendor is newer than any read still on its way.
      await latest(async () => result.vendor, setVendor);
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

  /** Runs an action; a failure is shown above the page, saying what did not happen. True if it ran. */
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
      // The evaluation cards rank from ratings: they read again.
      onChanged();
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

  const logo = safeHref(current.logo);
  const contactCount =
    current.contacts.emails.length + current.contacts.phones.length + (current.contacts.address ? 1 : 0);
  return (
    <article
      data-testid="vendor-detail"
      style={{ display: "flex", flexDirection: "column", gap: 8, minWidth: 0 }}
    >
      <Button appearance="subtle" size="small" onClick={onBack} style={{ alignSelf: "flex-start" }}>
        ← All vendors
      </Button>
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      <VendorSummary
        library={library}
        vendor={current}
        evaluations={evaluations}
        version={version}
        statusError={errors.status}
        onStatus={(status) => void save("status", { status })}
        onToggleEvaluation={toggleEvaluation}
      />
      <OwnerRatings ratings={current.criterionRatings} onRate={(id, rating) => void rate(id, rating)} />

      <FoldSection title="About" note={current.function ? valueLabel(current.function) : undefined}>
        <VendorTextFields specs={ABOUT_FIELDS} vendor={current} errors={errors} save={save} />
        <Field label="Function" validationMessage={errors.function}>
          <Dropdown
            style={{ minWidth: 0 }}
            value={current.function ? valueLabel(current.function) : ""}
            placeholder="Not set"
            selectedOptions={current.function ? [current.function] : []}
            onOptionSelect={(_, data) =>
              void save("function", { function: data.optionValue as Vendor["function"] })
            }
          >
            {OUTSOURCED_FUNCTIONS.map((fn) => (
              <Option key={fn} value={fn}>
                {valueLabel(fn)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <VendorTextFields specs={NOTE_FIELDS} vendor={current} errors={errors} save={save} />
        <div style={STACK}>
          <VendorTextFields specs={PLACE_FIELDS} vendor={current} errors={errors} save={save} />
        </div>
        <VendorTextFields specs={LANGUAGE_AND_LOGO_FIELDS} vendor={current} errors={errors} save={save} />
        <VendorLogo url={logo} name={current.name} />
      </FoldSection>

      <FoldSection title="Contact" note={contactCount === 0 ? "none yet" : String(contactCount)}>
        <VendorTextFields specs={CONTACT_FIELDS} vendor={current} errors={errors} save={save} />
      </FoldSection>

      <FoldSection
        title="Pricing"
        note={current.pricing.plans.length === 0 ? "none yet" : `${current.pricing.plans.length} plans`}
      >
        <div style={STACK}>
          <Field label="Pricing model" validationMessage={errors["pricing.model"]}>
            <Dropdown
              style={{ minWidth: 0 }}
              value={current.pricing.model ? valueLabel(current.pricing.model) : ""}
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
                  {valueLabel(model)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <VendorTextFields specs={PRICE_FIELDS} vendor={current} errors={errors} save={save} />
        </div>
        <PricePlansEditor
          plans={current.pricing.plans}
          currency={current.pricing.currency}
          error={errors["pricing.plans"]}
          onSave={(plans) => save("pricing.plans", { pricing: { ...current.pricing, plans } })}
        />
      </FoldSection>

      <FoldSection
        title="Certifications"
        note={current.certifications.length === 0 ? "none yet" : String(current.certifications.length)}
      >
        <CertificationsEditor
          certifications={current.certifications}
          error={errors.certifications}
          onSave={(certifications) => save("certifications", { certifications })}
        />
      </FoldSection>

      <FoldSection title="Reviews" note={String(reviews.length)} testId="reviews-section">
        <SourceRatingsEditor
          ratings={current.ratings}
          now={() => new Date()}
          error={errors.ratings}
          onSave={(ratings) => save("ratings", { ratings })}
        />
        {reviews.length === 0 ? <Text>No reviews clipped yet.</Text> : null}
        {reviews.map((review) => (
          <ReviewItem key={review.id} review={review} />
        ))}
      </FoldSection>

      <FoldSection title="History" note={history.length === 0 ? "no clips" : `${history.length} clips`}>
        <ClipHistory history={history} />
      </FoldSection>

      {confirmingDelete ? (
        <div style={{ display: "flex", flexDirection: "column", gap: 6 }}>
          <Text>
            {`Delete ${current.name} with its ${reviews.length} review${reviews.length === 1 ? "" : "s"} and clip history, and take it out of every evaluation? You can undo it from the bar that appears, until you close the side panel.`}
          </Text>
          <div style={{ display: "flex", gap: 6, flexWrap: "wrap" }}>
            <Button appearance="primary" onClick={() => void remove()}>
              Delete
            </Button>
            <Button onClick={() => setConfirmingDelete(false)}>Keep the vendor</Button>
          </div>
        </div>
      ) : (
        <Button
          appearance="secondary"
          onClick={() => setConfirmingDelete(true)}
          style={{ alignSelf: "flex-start" }}
        >
          Delete this vendor
        </Button>
      )}
    </article>
  );
}
