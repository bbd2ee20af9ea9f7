import type {
  ExportDocument,
  ExportEntry,
  ExportOptions,
  ExportStep,
} from '../../../src/shared/export/exportModel';
import { trendChart } from '../../../src/shared/tracker/chart';

/** Small, hand-made export documents whose every piece has a distinct, searchable word. */

export const ALL: ExportOptions = {
  tracks: ['broke-trust', 'was-hurt'],
  include: { entries: true, notes: true, exercises: true, tracker: true },
  paper: 'A4',
};

export function entry(
  id: string,
  date: string,
  tags: string[] = [],
  title: string | null = `Title ${id}`,
): ExportEntry {
  return { id, date, title, bodyMarkdown: `Body of ${id}.`, tags, stepTitle: null };
}

function step(
  stepId: string,
  order: number,
  notes: { day: string; word: string }[],
  exerciseDates: (string | null)[] = [],
): ExportStep {
  return {
    stepId,
    order,
    title: `Step title ${stepId}`,
    summary: `Summary of ${stepId}.`,
    status: 'in-progress',
    prompts: [
      ...notes.map((note, index) => ({
        promptId: `${stepId}.p${index + 1}`,
        text: `Question ${index + 1} of ${stepId}?`,
        note: { body: note.word, updatedOn: note.day },
      })),
      { promptId: `${stepId}.p9`, text: `Unanswered question of ${stepId}?`, note: null },
    ],
    exercise:
      exerciseDates.length === 0
        ? null
        : {
            kind: 'disclosure-list',
            title: `Exercise of ${stepId}`,
            items: exerciseDates.map((date, index) => ({
              label: null,
              text: `item${index}-${stepId}`,
              date,
              done: null,
            })),
          },
  };
}

const chart = (label: string) =>
  trendChart({ series: [], average: [], width: 640, height: 220, domain: [0, 10], label });

export function sampleDocument(): ExportDocument {
  return {
    title: 'Fixture',
    generatedOn: '2026-03-31',
    range: null,
    locale: 'en',
    programSections: [
      {
        trackId: 'broke-trust',
        trackTitle: 'I broke trust',
        steps: [
          step(
            'bt-1-honesty',
            1,
            [
              { day: '2026-01-10', word: 'januarynote' },
              { day: '2026-03-05', word: 'marchnote' },
            ],
            ['2026-01-11', null],
          ),
          step('bt-2-reaction', 2, [{ day: '2026-02-10', word: 'februarynote' }]),
          step('bt-3-asking-forgiveness', 3, []),
        ],
      },
      {
        trackId: 'was-hurt',
        trackTitle: 'My trust was broken',
        steps: [step('wh-1-letting-go-of-anger', 1, [{ day: '2026-02-20', word: 'hurtnote' }])],
      },
    ],
    entries: [
      entry('e3', '2026-03-02', ['Walk']),
      entry('e1', '2026-01-05', ['hard']),
      entry('e2a', '2026-02-14', []),
      entry('e2b', '2026-02-14', ['walk', 'hard']),
    ],
    tracker: [
      {
        trackId: 'broke-trust',
        trackTitle: 'I broke trust',
        charts: [{ metricLabel: 'Self-forgiveness', chart: chart('Self-forgiveness') }],
        columns: ['Self-forgiveness'],
        days: [{ date: '2026-03-01', answers: ['6'], repair: 'Cooked dinner', note: null }],
        summaryLines: [],
      },
      {
        trackId: 'was-hurt',
        trackTitle: 'My trust was broken',
        charts: [{ metricLabel: 'Anger', chart: chart('Anger') }],
        columns: ['Anger'],
        days: [],
        summaryLines: [],
      },
    ],
  };
}
