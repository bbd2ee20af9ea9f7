import type { ProgramContent } from '../../src/shared/content';
import { emptyArchive, type ArchiveEntry, type MendArchive } from '../../src/shared/export/archiveFormat';
import type { Checkin } from '../../src/shared/tracker/checkins';
import { addDays, eachDay } from '../../src/shared/dates';
import { seededRandom } from '../../src/shared/seededRandom';
import { loadContentService } from '../../src/main/services/contentService';
import { RESOURCES_DIR } from './core';

/**
 * Data for export tests, the sample script and the benchmark: archives of what a person might
 * have written (the input the lead's data source will read from the services), with markers
 * that make every entry and note findable in the extracted text of a PDF.
 */

export const SAMPLE_TODAY = '2026-03-31';

export async function loadProgram(): Promise<ProgramContent> {
  return (await loadContentService(RESOURCES_DIR)).program();
}

/** Texts in scripts that other journal apps garble, each with what the PDF's text must give back. */
export const SCRIPT_SAMPLES = {
  chinese: '今天我们第一次认真地谈了很久。我没有为自己辩解，只是听。',
  japanese: '今日は少しだけ話せた。ありがとう。',
  korean: '오늘은 조금 더 솔직해질 수 있었다.',
  arabic: 'تحدثنا اليوم بهدوء لأول مرة منذ أسابيع',
  hebrew: 'היום דיברנו בשקט בפעם הראשונה',
  accents: 'Aujourd’hui j’ai écouté sans me défendre — déjà un début. Ça fait mal, naïveté à part.',
  emoji: 'A small good moment 🌱🙂',
} as const;

const at = (date: string, time = '20:30:00'): string => `${date}T${time}.000Z`;

function entry(
  id: string,
  date: string,
  title: string | null,
  body: string,
  tags: string[],
  stepId: string | null = null,
): ArchiveEntry {
  return {
    id,
    date,
    title,
    bodyMarkdown: body,
    tags,
    stepId,
    createdAt: at(date),
    updatedAt: at(date, '21:00:00'),
  };
}

/** A long entry whose paragraphs are numbered, to prove none is lost across page breaks. */
export function longEntryBody(paragraphs: number): string {
  return Array.from(
    { length: paragraphs },
    (_, index) =>
      `Paragraph ${index + 1} of ${paragraphs}. I keep coming back to the same evening, turning it over, ` +
      'and each time I notice something I did not want to see before: how tired we both were, how ' +
      'many small silences had piled up, how easy it was to tell myself it did not matter. Writing it ' +
      'down slows the spinning. Tomorrow I want to say one true thing out loud, without dressing it up.',
  ).join('\n\n');
}

function checkins(from: string, to: string): Checkin[] {
  return eachDay(from, to).flatMap((date, index): Checkin[] => {
    if (index % 5 === 3) return []; // a missed day now and then
    const wave = Math.sin(index / 6);
    return [
      {
        track: 'broke-trust',
        date,
        selfForgiveness: Math.max(0, Math.min(10, Math.round(3 + index / 15 + wave * 1.5))),
        rumination:
          (['constantly', 'often', 'sometimes', 'never'] as const)[Math.min(3, Math.floor(index / 25))] ??
          'often',
        kindness: Math.max(1, Math.min(5, Math.round(2 + index / 40 + wave))),
        repair: index % 7 === 0 ? 'Answered every question without getting defensive.' : '',
        ...(index % 9 === 0 ? { note: 'Slept badly, and still kept the walk we planned.' } : {}),
      },
      {
        track: 'was-hurt',
        date,
        anger: Math.max(0, Math.min(10, Math.round(8 - index / 14 + wave * 1.5))),
        trust: Math.max(0, Math.min(10, Math.round(2 + index / 18 - wave))),
        feltSafe: (['no', 'partly', 'yes'] as const)[Math.min(2, Math.floor(index / 35))] ?? 'partly',
        talked: index % 4 === 0 ? 'helped' : 'no',
      },
    ];
  });
}

/** A few months of a person's journey, in every script the PDF must handle. */
export function sampleArchive(): MendArchive {
  const archive = emptyArchive({
    exportedAt: at(SAMPLE_TODAY),
    appVersion: '0.1.0',
    locale: 'en',
    contentVersion: 1,
  });
  archive.stepProgress = [
    { stepId: 'bt-1-honesty', status: 'done', updatedAt: at('2026-01-20') },
    { stepId: 'bt-2-reaction', status: 'in-progress', updatedAt: at('2026-02-14') },
    { stepId: 'wh-1-letting-go-of-anger', status: 'in-progress', updatedAt: at('2026-03-02') },
  ];
  archive.notes = [
    {
      promptId: 'bt-1-honesty.p1',
      body: 'Everything, including the parts I kept back the first time.\n\nI wrote the list twice before it was honest.',
      updatedAt: at('2026-01-12'),
    },
    {
      promptId: 'bt-1-honesty.p2',
      body: `Note in Chinese: ${SCRIPT_SAMPLES.chinese}`,
      updatedAt: at('2026-01-14'),
    },
    {
      promptId: 'bt-1-honesty.p3',
      body: `Note in Arabic:\n${SCRIPT_SAMPLES.arabic}`,
      updatedAt: at('2026-01-15'),
    },
    {
      promptId: 'bt-2-reaction.p1',
      body: `Note in Hebrew:\n${SCRIPT_SAMPLES.hebrew}`,
      updatedAt: at('2026-02-10'),
    },
    {
      promptId: 'bt-2-reaction.p2',
      body: 'That the anger is fair, and that it is not mine to manage.',
      updatedAt: at('2026-02-11'),
    },
    {
      promptId: 'wh-1-letting-go-of-anger.p1',
      body: `${SCRIPT_SAMPLES.accents}\n${SCRIPT_SAMPLES.emoji}`,
      updatedAt: at('2026-03-02'),
    },
  ];
  archive.exercises = [
    {
      stepId: 'bt-1-honesty',
      kind: 'disclosure-list',
      items: [
        {
          label: 'What happened',
          text: 'The messages, and how long it went on.',
          date: '2026-01-10',
          done: true,
        },
        {
          label: 'What I hid afterwards',
          text: 'The second phone. The story about the trip.',
          date: '2026-01-11',
          done: true,
        },
        { label: null, text: 'Anything I remember later goes here too.', date: null, done: false },
      ],
      updatedAt: at('2026-01-12'),
    },
  ];
  archive.entries = [
    entry(
      'e-01',
      '2026-01-05',
      'The first night',
      'I could not sleep. I wrote this at the kitchen table.\n\n- I told the truth\n- I did not argue\n- I listened',
      ['hard', 'honesty'],
      'bt-1-honesty',
    ),
    entry(
      'e-02',
      '2026-01-19',
      null,
      `${SCRIPT_SAMPLES.chinese}\n\n${SCRIPT_SAMPLES.japanese}\n\n${SCRIPT_SAMPLES.korean}`,
      ['languages'],
    ),
    entry(
      'e-03',
      '2026-02-02',
      'Two languages',
      `We talked in English first, then in hers.\n\n${SCRIPT_SAMPLES.arabic}\n\nAnd a line my grandmother used to say:\n\n${SCRIPT_SAMPLES.hebrew}`,
      ['languages', 'talk'],
    ),
    entry(
      'e-04',
      '2026-02-15',
      'What I typed into the app',
      '**Bold**, _soft_, a quote:\n\n> Slow is fine.\n\nA table:\n\n| Day | Felt |\n|---|---|\n| Mon | heavy |\n| Tue | lighter |\n\n`code stays as typed` and <b>raw html</b> stays text. A link: [counselling notes](https://example.org/notes) and an address that never breaks a line: https://example.org/a/very/long/path/that/goes/on/and/on/without/any/spaces/at/all/until/the/margin',
      ['notes'],
    ),
    entry('e-05', '2026-03-01', 'A long evening', longEntryBody(40), ['long', 'hard']),
    entry('e-06', '2026-03-20', 'Small things', `${SCRIPT_SAMPLES.accents}\n\n${SCRIPT_SAMPLES.emoji}`, [
      'good-day',
    ]),
  ];
  archive.checkins = checkins(addDays(SAMPLE_TODAY, -89), SAMPLE_TODAY);
  return archive;
}

const WORDS = (
  'morning evening quiet talk listen truth slow walk kitchen window coffee tired honest ' +
  'patience promise trust repair small step breath letter garden rain light heavy again ' +
  'remember forgive question answer careful gentle afraid hopeful tomorrow yesterday week'
).split(' ');

export const syntheticTitle = (index: number): string => `Entry ${String(index + 1).padStart(4, '0')}`;
export const syntheticEnding = (index: number): string =>
  `End of entry ${String(index + 1).padStart(4, '0')}.`;

/** `count` entries of about `words` words, one a day from 2023-01-01, each ending with a marker. */
export function syntheticArchive(count: number, words = 250): MendArchive {
  // Seeded, so a synthetic journal is the same on every run.
  const random = seededRandom(count);
  const archive = emptyArchive({
    exportedAt: at(SAMPLE_TODAY),
    appVersion: '0.1.0',
    locale: 'en',
    contentVersion: 1,
  });
  archive.entries = Array.from({ length: count }, (_, index) => {
    const paragraphs: string[] = [];
    let sentence: string[] = [];
    let paragraph: string[] = [];
    for (let word = 0; word < words; word += 1) {
      sentence.push(WORDS[Math.floor(random() * WORDS.length)] ?? 'word');
      if (sentence.length >= 8 + Math.floor(random() * 8)) {
        const text = sentence.join(' ');
        paragraph.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
        sentence = [];
        if (paragraph.length >= 4) {
          paragraphs.push(paragraph.join(' '));
          paragraph = [];
        }
      }
    }
    paragraphs.push(
      [...paragraph, sentence.join(' '), syntheticEnding(index)].filter((s) => s !== '').join(' '),
    );
    const date = addDays('2023-01-01', index);
    return entry(
      `synthetic-${index + 1}`,
      date,
      syntheticTitle(index),
      paragraphs.join('\n\n'),
      index % 3 === 0 ? ['walk'] : [],
    );
  });
  return archive;
}
