import { z } from 'zod';

/**
 * Helplines: public facts bundled with Mend (`resources/helplines/helplines.json`, the
 * project's copy of the sourced list), validated at start-up, and the pure rules that turn
 * them into what the safety page shows for one country.
 */

export const HELPLINE_COUNTRIES = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'FR', 'ES', 'IN', 'ZA'] as const;
/** A country Mend has numbers for, or `EU`: the EU-wide numbers, a fallback and never a first choice. */
export const HelplineRegion = z.enum([...HELPLINE_COUNTRIES, 'EU']);
export type HelplineRegion = z.infer<typeof HelplineRegion>;

export const HelplineKind = z.enum([
  'emergency',
  'crisis',
  'abuse-victims',
  'abuse-men',
  'abuse-perpetrators',
]);
export type HelplineKind = z.infer<typeof HelplineKind>;

export const Confidence = z.enum([
  'confirmed by 2+ independent sources',
  'one source',
  'uncertain / conflicting',
]);
export type Confidence = z.infer<typeof Confidence>;

const Text = z.string().regex(/\S/, 'must not be blank');
/** As dialled locally: digits, spaces and dashes only, so nothing else can pass for a number. */
const DialNumber = z.string().regex(/^[0-9][0-9 -]*[0-9]$/, 'must be digits, spaces or dashes');

export const HelplineEntry = z
  .strictObject({
    country: HelplineRegion,
    kind: HelplineKind,
    name: Text,
    /** Null for a text-only service, which is then never offered as a call. */
    number: DialNumber.nullable(),
    text: Text.nullable(),
    hours: Text,
    note: Text.nullable(),
    confidence: Confidence,
    sources: z.array(Text).min(1),
  })
  .refine((entry) => entry.number !== null || entry.text !== null, 'needs a number or a text channel');
export type HelplineEntry = z.infer<typeof HelplineEntry>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

export const HelplineFile = z
  .strictObject({ checked: IsoDate, checkedHow: Text, entries: z.array(HelplineEntry).min(1) })
  .superRefine((file, ctx) => {
    for (const region of HelplineRegion.options) {
      if (!file.entries.some((entry) => entry.country === region && entry.kind === 'emergency')) {
        ctx.addIssue({ code: 'custom', path: ['entries'], message: `${region} has no emergency number` });
      }
    }
  });
export type HelplineFile = z.infer<typeof HelplineFile>;

/** Plain names for the selector; `EU` reads as what it is, a group of countries. */
export const REGION_NAMES: Readonly<Record<HelplineRegion, string>> = {
  US: 'United States',
  CA: 'Canada',
  GB: 'United Kingdom',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
  DE: 'Germany',
  FR: 'France',
  ES: 'Spain',
  IN: 'India',
  ZA: 'South Africa',
  EU: 'Elsewhere in the European Union',
};

/** EU member states Mend has no list of its own for: they get the EU-wide numbers. */
const OTHER_EU_MEMBERS = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'GR',
  'HU',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'SE',
]);

/**
 * The region to show for a country code (`GB`, `de`), or null when Mend has no numbers for
 * it. `UK` is accepted for `GB`; an EU country without its own list gets `EU`.
 */
export function regionForCountry(code: string | null | undefined): HelplineRegion | null {
  if (code === null || code === undefined) return null;
  const upper = code.trim().toUpperCase();
  const country = upper === 'UK' ? 'GB' : upper;
  if ((HELPLINE_COUNTRIES as readonly string[]).includes(country)) return country as HelplineRegion;
  if (OTHER_EU_MEMBERS.has(country)) return 'EU';
  return null;
}

/** The region part of a BCP 47 tag (`en-GB` → `GB`, `de-DE` → `DE`, `en` → null). */
export function countryOfLocale(locale: string | null | undefined): string | null {
  if (!locale) return null;
  try {
    return new Intl.Locale(locale).maximize().region ?? null;
  } catch {
    return null;
  }
}

/** The order the page shows: emergency first, then crisis, then the abuse lines. */
const KIND_ORDER: readonly HelplineKind[] = [
  'emergency',
  'crisis',
  'abuse-victims',
  'abuse-men',
  'abuse-perpetrators',
];

export const KIND_HEADINGS: Readonly<Record<HelplineKind, string>> = {
  emergency: 'Emergency',
  crisis: 'Crisis and suicide lines',
  'abuse-victims': 'If someone is hurting or controlling you',
  'abuse-men': 'For men being hurt by a partner',
  'abuse-perpetrators': 'If you worry about your own behaviour',
};

/** The ways to reach a line, in words: "call 988", "text HOME to 741741". Never "call" without a number. */
export interface HelplineLine {
  name: string;
  kind: HelplineKind;
  /** "call 988", or null for a text-only service. */
  call: string | null;
  /** "text HOME to 741741", "SMS 31393 (a counsellor calls back)", or null. */
  text: string | null;
  /** The hours in the app's words: "Open day and night", "Not open all the time: weekdays only, …". */
  opening: string;
  /** Said after any line that may be closed when someone calls: where to turn instead. */
  ifClosed: string | null;
  /** "Alberta only": a provincial or national-part line, labelled as such. */
  area: string | null;
  /** Said beside any entry not confirmed by two sources. Null when confirmed. */
  caveat: string | null;
}

export const CAVEATS: Readonly<Record<Exclude<Confidence, 'confirmed by 2+ independent sources'>, string>> = {
  'one source': 'Mend could check this line in only one place, so its details may have changed.',
  'uncertain / conflicting':
    'Mend found different details for this line in different places, so they may have changed.',
};

/**
 * How a text channel reads. A channel that names itself (SMS, WhatsApp) stays as written;
 * "Text HOME to 741741" becomes "text HOME to 741741"; a bare number becomes "text 988".
 */
export function textLine(text: string): string {
  const trimmed = text.trim();
  if (/^(sms|whatsapp)\b/i.test(trimmed)) return trimmed;
  if (/^text\b/i.test(trimmed)) return `text${trimmed.slice(4)}`;
  return `text ${trimmed.replace(/\(text;\s*/i, '(')}`;
}

const AREA = /\s*\(([^()]+?) only\)|\s*\((Scotland|Wales|Northern Ireland)\)/;

/**
 * A line for part of a country: its name without the area in brackets, and the area said
 * once as "Scotland only", so the page never reads "(Scotland) (Scotland only)".
 */
export function nameAndArea(name: string): { name: string; area: string | null } {
  const match = AREA.exec(name);
  const area = match?.[1] ?? match?.[2];
  if (match === null || area === undefined) return { name, area: null };
  return {
    name: (name.slice(0, match.index) + name.slice(match.index + match[0].length)).trim(),
    area: `${area} only`,
  };
}

/** Pointed to from every line that may not answer at night. */
export const IF_CLOSED = 'If no one answers, try a line that is open day and night.';

/**
 * The hours in words a frightened person can act on at 2 a.m. The list records what its
 * sources said ("current hours not confirmed", "Conflicting: 24h vs 8am–8pm"): nothing is
 * made up here, only said plainly. A line that is not known to be open all the time says so
 * and points to the lines that are.
 */
export function openingHours(hours: string): { opening: string; ifClosed: string | null } {
  const said = hours.trim();
  if (said === '24/7') return { opening: 'Open day and night', ifClosed: null };
  if (/^varies by country/i.test(said))
    return { opening: 'Opening times differ from country to country', ifClosed: IF_CLOSED };
  if (/^conflicting:/i.test(said)) {
    // The sources disagree; if one of them says it is open round the clock, it may be.
    const opening = /\b24(h|\/7| hours)\b/i.test(said)
      ? 'May not be open all the time, exact times unknown'
      : 'Not open all the time, exact times unknown';
    return { opening, ifClosed: IF_CLOSED };
  }
  if (/not confirmed/i.test(said)) {
    if (!/^not 24\/7/i.test(said))
      return { opening: 'Opening times unknown: it may not be open all the time', ifClosed: IF_CLOSED };
    const when = /weekday/i.test(said)
      ? ': weekdays only'
      : /office hours/i.test(said)
        ? ': office hours only'
        : '';
    return { opening: `Not open all the time${when}, exact times unknown`, ifClosed: IF_CLOSED };
  }
  return { opening: `Open ${said}`, ifClosed: null };
}

export function lineOf(entry: HelplineEntry): HelplineLine {
  const { name, area } = nameAndArea(entry.name);
  return {
    name,
    kind: entry.kind,
    call: entry.number === null ? null : `call ${entry.number}`,
    text: entry.text === null ? null : textLine(entry.text),
    ...openingHours(entry.hours),
    area,
    caveat: entry.confidence === 'confirmed by 2+ independent sources' ? null : CAVEATS[entry.confidence],
  };
}

export interface HelplineGroup {
  kind: HelplineKind;
  heading: string;
  lines: HelplineLine[];
}

/**
 * What the safety page shows for a region, grouped by kind in a fixed order. Confirmed
 * lines come first in each group; lines found in one source, or where sources disagree, are
 * kept but carry their caveat, so nothing unconfirmed reads as certain.
 */
export function helplineGroups(file: HelplineFile, region: HelplineRegion): HelplineGroup[] {
  const confirmedFirst = (a: HelplineEntry, b: HelplineEntry) =>
    Number(a.confidence !== 'confirmed by 2+ independent sources') -
    Number(b.confidence !== 'confirmed by 2+ independent sources');
  return KIND_ORDER.flatMap((kind) => {
    const entries = file.entries.filter((entry) => entry.country === region && entry.kind === kind);
    if (entries.length === 0) return [];
    return [{ kind, heading: KIND_HEADINGS[kind], lines: [...entries].sort(confirmedFirst).map(lineOf) }];
  });
}

/** The crisis lines for a region (the self-harm link's target), confirmed ones first. */
export function crisisLines(file: HelplineFile, region: HelplineRegion): HelplineLine[] {
  return helplineGroups(file, region).find((group) => group.kind === 'crisis')?.lines ?? [];
}
