import type { NewEntry } from '../../src/shared/ipc/contracts/journal';
import type { ProgramContent } from '../../src/shared/content';
import type { BrokeTrustCheckin } from '../../src/shared/tracker/checkins';
import { addDays } from '../../src/shared/dates';
import { RUMINATION_LEVELS } from '../../src/shared/tracker/checkins';
import type { BenchSizes } from '../measurement';
import { seededRandom } from '../../src/shared/seededRandom';

/**
 * The synthetic journal every measurement uses: seeded, so each run (and each machine)
 * writes the very same text. Entries of about `wordsPerEntry` words spread over `years`,
 * a note for every step prompt, and a year of daily check-ins.
 */

export const NEWEST_DAY = '2026-03-31';

/** Words a journal like this uses, most frequent first, and rare ones so search has selective queries. */
const COMMON = `i we the a and to of it was that he she felt today talk talked said again
  morning evening night walk quiet trust hurt sorry listen listened tired hope slow honest
  kitchen letter garden harbour river promise repair patience anger calm afraid kind
  cried laughed dinner children weekend work phone message counselling session therapist
  apology forgive forgiveness guilt shame space breathing enough better harder small step`
  .split(/\s+/)
  .filter(Boolean);
const RARE = `lighthouse marmalade accordion juniper quarry saffron tandem vellum wicker zephyr
  orchard lantern pebble meadow thistle bramble cobalt driftwood heron lichen`
  .split(/\s+/)
  .filter(Boolean);
const TAGS = ['hard days', 'walks', 'calm', 'family', 'therapy', 'work', 'sleep', 'hope'];

/** Search queries, from common to rare, plus a prefix and a phrase-like pair. */
export const SEARCH_QUERIES = ['harbour', 'forgiv', 'quiet garden', 'lighthouse', 'counselling session'];

function textMaker(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // Skewed towards the front of COMMON, roughly as word frequencies in real text are
  // (a uniform pick would put every topic word in nearly every entry).
  const word = () =>
    random() < 0.02 ? pick(RARE) : (COMMON[Math.floor(random() ** 2.5 * COMMON.length)] ?? 'the');
  return {
    pick,
    words(count: number): string {
      const out: string[] = [];
      let sentence = 0;
      for (let i = 0; i < count; i++) {
        const next = word();
        out.push(sentence === 0 ? next.charAt(0).toUpperCase() + next.slice(1) : next);
        sentence++;
        if (sentence > 8 && random() < 0.15) {
          out[out.length - 1] += '.';
          sentence = 0;
        }
      }
      return `${out.join(' ')}.`;
    },
  };
}

export type DatedEntry = NewEntry & { date: string };

/** `sizes.entries` entries, newest first, spread evenly over `sizes.years`. */
export function journalEntries(sizes: BenchSizes, seed = 2024): DatedEntry[] {
  const random = seededRandom(seed);
  const text = textMaker(random);
  const span = Math.round(sizes.years * 365.25);
  return Array.from({ length: sizes.entries }, (_, i) => ({
    date: addDays(NEWEST_DAY, -Math.floor((i * span) / sizes.entries)),
    title: text.words(2 + Math.floor(random() * 3)).replace(/\.$/, ''),
    body: text.words(Math.round(sizes.wordsPerEntry * (0.8 + random() * 0.4))),
    tags: random() < 0.4 ? [text.pick(TAGS)] : [],
    stepId: random() < 0.1 ? 'bt-3-forgiveness' : null,
  }));
}

/** One entry's new body for a save: the same length as a real edit of a long entry. */
export function editedBody(sizes: BenchSizes, seed: number): string {
  return textMaker(seededRandom(seed)).words(sizes.wordsPerEntry);
}

export interface StepNote {
  promptId: string;
  stepId: string;
  text: string;
}

/** A note of about 80 words for every prompt of every step. */
export function stepNotes(program: ProgramContent, seed = 7): StepNote[] {
  const text = textMaker(seededRandom(seed));
  return program.tracks.flatMap((track) =>
    track.steps.flatMap((step) =>
      step.prompts.map((prompt) => ({ promptId: prompt.id, stepId: step.id, text: text.words(80) })),
    ),
  );
}

/** One check-in a day for `sizes.checkinDays` days ending on NEWEST_DAY. */
export function dailyCheckins(sizes: BenchSizes, seed = 11): BrokeTrustCheckin[] {
  const random = seededRandom(seed);
  const text = textMaker(random);
  return Array.from({ length: sizes.checkinDays }, (_, i) => ({
    track: 'broke-trust' as const,
    date: addDays(NEWEST_DAY, -(sizes.checkinDays - 1 - i)),
    selfForgiveness: Math.min(10, Math.floor(random() * 6) + Math.floor(i / 80)),
    rumination: RUMINATION_LEVELS[Math.floor(random() * RUMINATION_LEVELS.length)] ?? 'sometimes',
    kindness: 1 + Math.floor(random() * 5),
    repair: random() < 0.5 ? text.words(8) : '',
    ...(random() < 0.3 ? { note: text.words(30) } : {}),
  }));
}
