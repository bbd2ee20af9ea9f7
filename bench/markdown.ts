import type { BenchSizes } from './measurement';
import type { ComparisonResult, GoalResult, MeasurementResult } from './report';

export interface BenchReport {
  generatedAt: string;
  mode: 'full' | 'quick';
  machine: {
    node: string;
    platform: string;
    cpu: string;
    cores: number;
    loadAverage: { start: number; end: number };
  };
  sizes: BenchSizes;
  /** What each measurement group times, by group name. */
  descriptions: Record<string, string>;
  measurements: MeasurementResult[];
  comparisons: ComparisonResult[];
  goals: GoalResult[];
  durationSeconds: number;
}

/** What a reader needs to weigh the numbers; kept with the generator so every run prints it. */
const NOTES = [
  "Goals are judged on the median unless they name p95; on a shared, loaded machine the p95 and max carry other processes' work (see the load average above).",
  "The synthetic text draws words with a Zipf-like skew. Search is sensitive to this: with a flat 77-word vocabulary (every word in ~98% of entries), an earlier run on 2026-11-26 measured encrypted search at ~5x the unencrypted (150 ms median, 550 ms p95 vs 31 / 156 ms). The likely cause, not yet confirmed, is FTS5 doclists and snippet text larger than SQLite's 2 MiB page cache, re-decrypted on every query.",
  'journal.get is a random entry by id: tens of microseconds either way, so its ratio is the cost of decrypting the few pages that miss the page cache.',
  "renderer.afterUnlock starts when vault.unlock answers in main (key derivation and opening are the unlock measurement); fromClick includes them at the harness's 64 MiB Argon2id cost.",
  "PDF export runs in a fresh Node process per export; peak memory is that process plus all of the printing Chromium's processes (PSS).",
];

const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? '**met**' : '**not met**');

function ratioText(comparison: ComparisonResult): string {
  // The speed-up from the medians themselves, not from the rounded ratio.
  const speedup = Math.round((comparison.baselineMedian / comparison.subjectMedian) * 100) / 100;
  return comparison.ratio < 1 ? `${comparison.ratio}x (${speedup}x faster)` : `${comparison.ratio}x`;
}

/** The readable table of a report: goals first, then ratios, then every number. */
export function markdown(report: BenchReport): string {
  const { machine } = report;
  const lines = [
    '# Mend benchmarks',
    '',
    `Generated ${report.generatedAt} by \`npm run bench\`${report.mode === 'quick' ? ' --quick (tiny sizes: the goals do not apply)' : ''} on ${machine.platform}, ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, in ${report.durationSeconds} s; 1-minute load average ${machine.loadAverage.start} at the start and ${machine.loadAverage.end} at the end (the machine is shared).`,
    'Absolute times vary between machines; the ratios, measured in the same run on the same data, much less.',
    '',
    '## Goals',
    '',
    '| goal | measured | result | likely cause when missed |',
    '|---|---|---|---|',
    ...report.goals.map((g) => `| ${g.goal} | ${g.measured} | ${verdict(g.met)} | ${g.likelyCause ?? ''} |`),
    '',
    '## Comparisons (subject / baseline)',
    '',
    '| comparison | subject median / p95 | baseline median / p95 | ratio (median) | ratio (p95) |',
    '|---|---|---|---|---|',
    ...report.comparisons.map(
      (c) =>
        `| ${c.name} | ${c.subjectMedian} / ${c.subjectP95} ${c.unit} | ${c.baselineMedian} / ${c.baselineP95} ${c.unit} | ${ratioText(c)} | ${c.ratioP95}x |`,
    ),
    '',
    '## Notes',
    '',
    ...NOTES.map((note) => `- ${note}`),
    '',
    '## Measurements',
    '',
  ];
  for (const [group, description] of Object.entries(report.descriptions)) {
    lines.push(
      `### ${group}`,
      '',
      description,
      '',
      '| metric | unit | runs | median | p95 | min | max |',
      '|---|---|---|---|---|---|---|',
    );
    for (const m of report.measurements.filter((candidate) => candidate.name.startsWith(`${group}.`))) {
      lines.push(`| ${m.name} | ${m.unit} | ${m.runs} | ${m.median} | ${m.p95} | ${m.min} | ${m.max} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
