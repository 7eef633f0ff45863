/**
 * Reads an evaluation's cost settings form (currency, team size, term, zone, exchange rates typed as text)
 * into the evaluation's fields, or says what to correct.
 */
import type { Evaluation, FxRate } from "../schema/evaluation";

/** The evaluation's cost settings as the side panel's form holds them: text, as typed. */
export interface SettingsDraft {
  reportingCurrency: string;
  teamSize: string;
  termMonths: string;
  ownerZone: string;
  rates: string;
}

/** The form's starting text for an evaluation. */
export function settingsDraft(evaluation: Evaluation, currency: string): SettingsDraft {
  return {
    reportingCurrency: evaluation.reportingCurrency ?? currency,
    teamSize: String(evaluation.teamSize),
    termMonths: String(evaluation.termMonths),
    ownerZone: evaluation.ownerZone ?? "",
    rates: evaluation.fxRates.map((fx) => `${fx.currency} ${fx.rate}`).join(", "),
  };
}

/**
 * Reads the form into the evaluation's fields, or says what to correct. Rates are typed as
 * "USD 0.79, EUR 0.85" (1 unit of each in the reporting currency); a rate that did not change keeps
 * its date, a new or changed one is dated `today`.
 *
 * @example
 * readSettings({ reportingCurrency: "gbp", teamSize: "6", termMonths: "36", ownerZone: "Europe/London", rates: "USD 0.79" }, [], "2026-12-06")
 * //=> { ok: true, patch: { reportingCurrency: "GBP", teamSize: 6, termMonths: 36, ownerZone: "Europe/London", fxRates: [{ currency: "USD", rate: 0.79, asOf: "2026-12-06" }] } }
 */
export function readSettings(
  draft: SettingsDraft,
  previous: readonly FxRate[],
  today: string,
):
  | {
      ok: true;
      patch: Pick<Evaluation, "teamSize" | "termMonths" | "fxRates"> & {
        reportingCurrency: string;
        ownerZone: string | undefined;
      };
    }
  | { ok: false; error: string } {
  const currency = draft.reportingCurrency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    return { ok: false, error: "Give the reporting currency as a 3-letter code, such as GBP or USD." };
  }
  const teamSize = Number(draft.teamSize.trim());
  if (!(Number.isInteger(teamSize) && teamSize >= 1)) {
    return { ok: false, error: "Give the team size as a whole number of seats, 1 or more." };
  }
  const termMonths = Number(draft.termMonths.trim());
  if (!(Number.isInteger(termMonths) && termMonths >= 1 && termMonths <= 240)) {
    return { ok: false, error: "Give the term as a whole number of months, from 1 to 240." };
  }
  const zone = draft.ownerZone.trim();
  if (zone !== "" && !isTimeZone(zone)) {
    return { ok: false, error: `“${zone}” is not a time zone name; use one such as Europe/London.` };
  }
  const fxRates: FxRate[] = [];
  for (const part of draft.rates
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z]{3})\s*[=:]?\s*(\d+(?:\.\d+)?)$/.exec(part);
    const rate = Number(match?.[2]);
    if (!match || !(rate > 0)) {
      return {
        ok: false,
        error: `Write each rate as a currency and a number, such as “USD 0.79”; “${part}” is not.`,
      };
    }
    const code = (match[1] ?? "").toUpperCase();
    if (fxRates.some((fx) => fx.currency === code)) {
      return { ok: false, error: `The rate for ${code} is given twice; keep one.` };
    }
    const before = previous.find((fx) => fx.currency === code && fx.rate === rate);
    fxRates.push({ currency: code, rate, asOf: before?.asOf ?? today });
  }
  return {
    ok: true,
    patch: { reportingCurrency: currency, teamSize, termMonths, ownerZone: zone || undefined, fxRates },
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
