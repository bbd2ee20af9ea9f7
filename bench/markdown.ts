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

const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? '**met**' : '**not met**');

function ratioText(comparison: ComparisonResult): string {
  const faster =
    comparison.ratio > 0 && comparison.ratio < 1
      ? ` (${Math.round(100 / comparison.ratio) / 100}x faster)`
      : '';
  return `${comparison.ratio}x${faster}`;
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
