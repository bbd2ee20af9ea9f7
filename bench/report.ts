import type { Unit } from './measurement';
import type { Summary } from './stats';

/** One metric of one measurement, summarized: `journal.save.encrypted`, in ms. */
export interface MeasurementResult extends Summary {
  name: string;
  unit: Unit;
}

export interface ComparisonResult {
  name: string;
  subject: string;
  baseline: string;
  unit: Unit;
  subjectMedian: number;
  subjectP95: number;
  baselineMedian: number;
  baselineP95: number;
  /** subject / baseline, of the medians and of the p95s: below 1 means the subject is faster. */
  ratio: number;
  ratioP95: number;
}

export interface GoalResult {
  goal: string;
  measured: string;
  /** null when the run did not include what the goal needs. */
  met: boolean | null;
  likelyCause: string | null;
}

interface ComparisonSpec {
  name: string;
  subject: string;
  baseline: string;
}

/** Every comparison is a ratio: absolute times vary between machines, ratios much less. */
export const COMPARISONS: readonly ComparisonSpec[] = [
  ...['save', 'list', 'get', 'search', 'tracker'].map((op) => ({
    name: `${op}: encrypted / unencrypted`,
    subject: `journal.${op}.encrypted`,
    baseline: `journal.${op}.plain`,
  })),
  {
    name: 'save: Mend / whole-file store (small)',
    subject: 'journal.save.encrypted',
    baseline: 'whole-file.save.small',
  },
  {
    name: 'save: Mend / whole-file store (large)',
    subject: 'journal.save.encrypted',
    baseline: 'whole-file.save.large',
  },
  { name: 'save: Mend / raw 4 KiB fsync', subject: 'journal.save.encrypted', baseline: 'fsync.write4k' },
  { name: 'save: unencrypted / raw 4 KiB fsync', subject: 'journal.save.plain', baseline: 'fsync.write4k' },
  {
    name: 'open: whole-file large / small',
    subject: 'whole-file.open.large',
    baseline: 'whole-file.open.small',
  },
];

const round2 = (value: number) => Math.round(value * 100) / 100;

export function compare(results: ReadonlyMap<string, MeasurementResult>): ComparisonResult[] {
  return COMPARISONS.flatMap((spec) => {
    const subject = results.get(spec.subject);
    const baseline = results.get(spec.baseline);
    if (subject === undefined || baseline === undefined) return [];
    return [
      {
        ...spec,
        unit: subject.unit,
        subjectMedian: subject.median,
        subjectP95: subject.p95,
        baselineMedian: baseline.median,
        baselineP95: baseline.p95,
        ratio: round2(subject.median / baseline.median),
        ratioP95: round2(subject.p95 / baseline.p95),
      },
    ];
  });
}

interface GoalSpec {
  goal: string;
  /** The numbers the goal is judged on, or null when they were not measured. */
  judge(
    get: (name: string) => MeasurementResult | undefined,
    ratio: (name: string) => ComparisonResult | undefined,
  ): { measured: string; met: boolean } | null;
  /** Written after looking at a full run: why this goal is likely missed, when it is. */
  likelyCause: string;
}

function ratioGoal(goal: string, comparison: string, atMost: number, likelyCause: string): GoalSpec {
  return {
    goal,
    likelyCause,
    judge: (_get, ratio) => {
      const found = ratio(comparison);
      return found === undefined
        ? null
        : { measured: `${found.ratio}x median (${found.ratioP95}x p95)`, met: found.ratio <= atMost };
    },
  };
}

function limitGoal(
  goal: string,
  name: string,
  stat: 'median' | 'p95' | 'max',
  below: number,
  likelyCause: string,
): GoalSpec {
  return {
    goal,
    likelyCause,
    judge: (get) => {
      const found = get(name);
      return found === undefined
        ? null
        : { measured: `${found[stat]} ${found.unit} ${stat}`, met: found[stat] < below };
    },
  };
}

export const GOALS: readonly GoalSpec[] = [
  ratioGoal(
    'Encrypted / unencrypted, list newest page: at most 1.5x',
    'list: encrypted / unencrypted',
    1.5,
    'Reading the page decrypts every SQLite page it touches (ChaCha20-Poly1305 per 4 KiB page).',
  ),
  ratioGoal(
    'Encrypted / unencrypted, one entry by id: at most 1.5x',
    'get: encrypted / unencrypted',
    1.5,
    "An entry outside SQLite's 2 MiB page cache is decrypted on every read; the unencrypted file comes straight from the OS cache.",
  ),
  ratioGoal(
    'Encrypted / unencrypted, full-text search: at most 1.5x',
    'search: encrypted / unencrypted',
    1.5,
    "Queries for words in most entries read large FTS5 doclists and snippet text; pages beyond SQLite's 2 MiB cache are decrypted on every read (see the note on word frequencies).",
  ),
  ratioGoal(
    'Encrypted / unencrypted, durable save: at most 1.3x',
    'save: encrypted / unencrypted',
    1.3,
    'Each changed page (the entry and, when its text changed, its FTS5 segments) is encrypted before it goes to the WAL.',
  ),
  limitGoal(
    'Save p95 under 5 ms (10,000 entries)',
    'journal.save.encrypted',
    'p95',
    5,
    'A body edit rewrites the entry and its FTS5 document (secure_delete on) in one WAL commit (tags only when they changed); the tail adds auto-checkpoints and other processes. Compare the unencrypted p95 in the same run.',
  ),
  limitGoal(
    'List newest page under 2 ms (10,000 entries)',
    'journal.list.encrypted',
    'median',
    2,
    "The page is the renderer's 200 entries with a 400-character head each, plus a count(*) of all entries.",
  ),
  limitGoal(
    'Search p95 under 25 ms (10,000 entries)',
    'journal.search.encrypted',
    'p95',
    25,
    'A word in most entries matches thousands of documents, all ranked by date before the 100 shown are cut (see the note on word frequencies).',
  ),
  {
    goal: 'Saves at least 20x faster than the whole-file store at 10,000 entries',
    likelyCause:
      'A Mend save is mostly CPU (entry, tags and FTS5 document rewritten in one WAL commit), not its fsync, so the margin over rewriting ~16 MB is narrower than the fsync floor suggests.',
    judge: (_get, ratio) => {
      const found = ratio('save: Mend / whole-file store (large)');
      if (found === undefined) return null;
      const speedup = round2(found.baselineMedian / found.subjectMedian);
      return { measured: `${speedup}x faster (median)`, met: speedup >= 20 };
    },
  },
  limitGoal(
    'First list paint under 300 ms after unlock (10,000 entries)',
    'renderer.afterUnlock',
    'median',
    300,
    'After unlock the app asks for status, loads the journal screen and its first page over IPC before painting.',
  ),
  limitGoal(
    'List DOM under 200 nodes',
    'renderer.listElements',
    'max',
    200,
    'The virtualizer keeps the visible rows plus 8 of overscan on each side, each row several elements.',
  ),
  limitGoal(
    'PDF of 1,000 entries under 20 s',
    'pdf-export.time.large',
    'max',
    20_000,
    'Chromium lays out and prints every page of about 1,000 long entries in one document.',
  ),
  limitGoal(
    'PDF of 1,000 entries: peak memory under 1 GiB',
    'pdf-export.peakMemory.large',
    'max',
    1024,
    'Chromium holds the whole document, one HTML page laid out into hundreds of PDF pages, while it prints; the figure is Node plus every Chromium process.',
  ),
];

export function judgeGoals(
  results: ReadonlyMap<string, MeasurementResult>,
  comparisons: readonly ComparisonResult[],
): GoalResult[] {
  const get = (name: string) => results.get(name);
  const ratio = (name: string) => comparisons.find((comparison) => comparison.name === name);
  return GOALS.map((spec) => {
    const judged = spec.judge(get, ratio);
    return {
      goal: spec.goal,
      measured: judged?.measured ?? 'not measured in this run',
      met: judged?.met ?? null,
      likelyCause: judged !== null && !judged.met ? spec.likelyCause : null,
    };
  });
}
