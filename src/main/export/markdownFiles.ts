import type { ExportDocument, ExportEntry, ExportStep, TrackerSection } from '@shared/export/exportModel';
import { formatDate, rangeWords, stepHeading, statusWords, WORDS } from './html/exportWords';

/**
 * The Markdown export as a list of files (pure): a README, one file per step with notes or
 * exercise items, one file per journal entry. Each file starts with YAML front matter; values
 * are written as JSON strings, which are valid YAML, so any title or tag is quoted safely.
 * Entry bodies are the person's Markdown as written; notes are their plain text as written.
 */

export interface MarkdownFile {
  /** Relative, with `/` separators, e.g. `entries/2026-03-01-a-long-evening.md`. */
  path: string;
  content: string;
}

const MAX_SLUG = 50;

/** ASCII words of a title for a file name; empty when the title has none (say, Chinese). */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

const yamlValue = (value: string | number | readonly string[] | null): string =>
  value === null ? 'null' : typeof value === 'number' ? String(value) : JSON.stringify(value);

function frontMatter(fields: Record<string, string | number | readonly string[] | null>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${yamlValue(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Gives every file a distinct path: the second `a.md` becomes `a-2.md`. */
function uniquePaths(files: MarkdownFile[]): MarkdownFile[] {
  const seen = new Set<string>();
  return files.map((file) => {
    let path = file.path;
    for (let n = 2; seen.has(path.toLowerCase()); n += 1) path = file.path.replace(/\.md$/, `-${n}.md`);
    seen.add(path.toLowerCase());
    return { ...file, path };
  });
}

function stepFile(trackId: string, trackTitle: string, step: ExportStep): MarkdownFile {
  const parts = [
    frontMatter({
      type: 'step',
      track: trackTitle,
      step: step.order,
      title: step.title,
      status: step.status,
    }),
    `\n# ${stepHeading(step.order, step.title)}\n\n_${step.summary}_\n\n${statusWords(step.status)}\n`,
  ];
  for (const prompt of step.prompts) {
    if (prompt.note === null) continue;
    parts.push(
      `\n## ${prompt.text}\n\n${prompt.note.body.trim()}\n\n_${WORDS.edited} ${formatDate(prompt.note.updatedOn)}_\n`,
    );
  }
  for (const exercise of [step.exercise, ...(step.tools ?? [])]) {
    if (exercise === null) continue;
    parts.push(`\n## ${WORDS.exercise}: ${exercise.title}\n`);
    for (const item of exercise.items) {
      const mark = item.done === null ? '' : item.done ? '[x] ' : '[ ] ';
      const head = [item.label, item.date === null ? null : formatDate(item.date)]
        .filter((p) => p !== null)
        .join(' · ');
      parts.push(`\n### ${mark}${head === '' ? '—' : head}\n\n${item.text.trim()}\n`);
    }
  }
  const name = `${String(step.order).padStart(2, '0')}-${slugOf(step.title) || 'step'}.md`;
  return { path: `steps/${trackId}/${name}`, content: parts.join('') };
}

function entryFile(entry: ExportEntry): MarkdownFile {
  const content =
    frontMatter({ date: entry.date, title: entry.title, tags: entry.tags, step: entry.stepTitle }) +
    (entry.title === null ? '' : `\n# ${entry.title}\n`) +
    `\n${entry.bodyMarkdown.trim()}\n`;
  const slug = entry.title === null ? '' : slugOf(entry.title);
  return { path: `entries/${entry.date}${slug === '' ? '' : `-${slug}`}.md`, content };
}

function readme(document: ExportDocument): MarkdownFile {
  const lines = [
    `# ${document.title}`,
    '',
    `${WORDS.period}: ${rangeWords(document.range)}  `,
    `${WORDS.madeOn}: ${formatDate(document.generatedOn)}`,
    '',
    `**${WORDS.notEncryptedTitle}** ${WORDS.notEncryptedBody}`,
    '',
    'Each journal entry is one file in `entries/`, named by its date. Each step with notes or an',
    'exercise is one file in `steps/`, by track; the tracker, in words, is in `tracker.md`. Every file begins with a few lines of details',
    '(date, title, tags) between `---` lines; the rest is plain text that any editor can open.',
    '',
  ];
  return { path: 'README.md', content: lines.join('\n') };
}

/** A table cell: one line, pipes escaped, so a note cannot break the table. */
const cell = (text: string | null): string =>
  (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();

/** Every check-in of the period as a Markdown table: the answers, what was done toward repair, the note. */
function dailyTable(section: TrackerSection): string {
  const withRepair = section.days.some((day) => day.repair !== null);
  const head = [WORDS.day, ...section.columns, ...(withRepair ? [WORDS.repair] : []), WORDS.checkinNote];
  const rows = section.days.map((day) => [
    formatDate(day.date),
    ...day.answers,
    ...(withRepair ? [day.repair] : []),
    day.note,
  ]);
  const line = (cells: readonly (string | null)[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [
    `\n### ${WORDS.dailyTable}\n`,
    line(head),
    line(head.map(() => '---')),
    ...rows.map(line),
    '',
  ].join('\n');
}

/** The tracker in words: each chart's text summary and the summary lines (no pictures). */
function trackerFile(document: ExportDocument): MarkdownFile[] {
  if (document.tracker.length === 0) return [];
  const parts = [frontMatter({ type: 'tracker' }), `\n# ${WORDS.tracker}\n`];
  for (const section of document.tracker) {
    parts.push(`\n## ${section.trackTitle}\n`);
    for (const chart of section.charts) parts.push(`\n### ${chart.metricLabel}\n\n${chart.chart.summary}\n`);
    if (section.summaryLines.length > 0)
      parts.push(`\n${section.summaryLines.map((line) => `- ${line}`).join('\n')}\n`);
    if (section.days.length > 0) parts.push(dailyTable(section));
  }
  return [{ path: 'tracker.md', content: parts.join('') }];
}

/** Every file of the Markdown export of an already selected document. */
export function markdownFiles(document: ExportDocument): MarkdownFile[] {
  const steps = document.programSections.flatMap((section) =>
    section.steps.map((step) => stepFile(section.trackId, section.trackTitle, step)),
  );
  return [
    readme(document),
    ...uniquePaths(steps),
    ...uniquePaths(document.entries.map(entryFile)),
    ...trackerFile(document),
  ];
}
