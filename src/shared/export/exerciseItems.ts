import { MendError } from '../errors';
import { ExerciseData, type ExerciseDataOf, type LingerEntry } from '../exercises';
import { localDateOf } from '../dates';
import { isToolKind, type ToolData } from '../exerciseTools';
import type { ExerciseItem } from './exportModel';
import { toolFromItems, toolItems } from './toolItems';

/**
 * How each exercise tool's saved data becomes the export's generic `ExerciseItem`s, and back.
 *
 * Outward (`exerciseItems`), every kind is written so the PDF and Markdown read naturally:
 * a label saying what the line is, the day it is about, and a tick where the tool has one.
 * Inward (`exerciseFromItems`, for the JSON import), the labels are read back strictly: an
 * item list this version did not write is refused (DAMAGED), never half-understood. Item ids
 * are not part of the open format; new ones are made on import.
 *
 * The pair is a round trip: `exerciseItems(exerciseFromItems(kind, items)) = items` for any
 * list `exerciseItems` wrote, so export → import → export gives the same file.
 */

export const EXERCISE_LABELS = {
  shared: 'Shared with my partner',
  stillToShare: 'Still to share',
  /** Added to either label above when the item is marked as tempted to leave out. */
  tempted: ' (I was tempted to leave this out)',
  draft: 'My apology',
  shouldHave: 'How I should have acted',
  fromNowOn: 'What I will do from now on',
  started: 'The day the truth came out',
  milestone: 'Milestone',
  letter: 'The letter I will not send',
  canLiveWith: 'What I can live with',
  willNotAccept: 'What I will not accept',
} as const;

/** What the first edition called the patience timeline's first day; its exports still import. */
const EARLIER_STARTED_LABEL = 'The day the work began';

/** The words on the patience timeline's start line (never blank, so the PDF prints it). */
export const STARTED_TEXT = 'Day one of the patience timeline.';

const LINGER_FIELDS = [
  ['before', 'What happened just before'],
  ['body', 'What I felt in my body'],
  ['thought', 'The thought that came with it'],
  ['source', 'What it seemed to be about'],
  ['helps', 'What might help with it'],
] as const satisfies readonly (readonly [keyof LingerEntry, string])[];

const SOURCE_WORDS: Record<LingerEntry['source'], string> = {
  now: 'Mostly about my partner now',
  older: 'Something older',
  unsure: 'Not sure yet',
};

const item = (
  label: string | null,
  text: string,
  date: string | null = null,
  done: boolean | null = null,
) => ({
  label,
  text,
  date,
  done,
});

export function exerciseItems(data: ExerciseData): ExerciseItem[] {
  // The second edition's tools are described as data and map the same way (toolItems.ts).
  if (isToolKind(data.kind)) return toolItems(data as ToolData);
  switch (data.kind) {
    case 'disclosure-list':
      return data.items.map((entry) => {
        const tempted = entry.tempted ? EXERCISE_LABELS.tempted : '';
        return entry.sharedOn === null
          ? item(`${EXERCISE_LABELS.stillToShare}${tempted}`, entry.text, null, false)
          : item(`${EXERCISE_LABELS.shared}${tempted}`, entry.text, entry.sharedOn, true);
      });
    case 'reaction-plan':
    case 'openness-plan':
    case 'self-forgiveness-checkin':
      return [item(null, data.text)];
    case 'apology-workshop':
      return [
        item(EXERCISE_LABELS.draft, data.draft),
        ...data.shouldHave.map((line) => item(EXERCISE_LABELS.shouldHave, line.text)),
        ...data.fromNowOn.map((line) => item(EXERCISE_LABELS.fromNowOn, line.text)),
      ];
    case 'listening-log':
    case 'love-notes':
      return data.entries.map((entry) => item(null, entry.text, entry.date));
    case 'patience-timeline':
      return [
        ...(data.startedOn === null ? [] : [item(EXERCISE_LABELS.started, STARTED_TEXT, data.startedOn)]),
        ...data.milestones.map((entry) => item(EXERCISE_LABELS.milestone, entry.text, entry.date)),
      ];
    case 'anger-release':
      return [
        data.releasedAt === null
          ? item(EXERCISE_LABELS.letter, data.letter, null, false)
          : item(EXERCISE_LABELS.letter, data.letter, localDateOf(data.releasedAt), true),
      ];
    case 'linger-reflection':
      return data.entries.flatMap((entry) =>
        LINGER_FIELDS.map(([field, label]) =>
          item(label, field === 'source' ? SOURCE_WORDS[entry.source] : entry[field], entry.date),
        ),
      );
    case 'expectations-list':
      return [
        ...data.canLiveWith.map((line) => item(EXERCISE_LABELS.canLiveWith, line.text)),
        ...data.willNotAccept.map((line) => item(EXERCISE_LABELS.willNotAccept, line.text)),
      ];
  }
}

const notUnderstood = (kind: string): MendError =>
  new MendError('DAMAGED', `The "${kind}" exercise in this export could not be read.`, { file: 'export' });

/** Noon on the day, in this computer's time zone: the same calendar day when written back out. */
const noonOf = (date: string): number => new Date(`${date}T12:00:00`).getTime();

/**
 * The saved data for `kind` from its export items (see the module comment). `updatedAt` (ms)
 * stands in for a released letter's time when the file gives no day.
 */
export function exerciseFromItems(
  kind: string,
  items: readonly ExerciseItem[],
  updatedAt: number,
): ExerciseData {
  let next = 0;
  const newId = (): string => `i${(next++).toString(36)}`;
  const labelled = (label: string) => items.filter((entry) => entry.label === label);
  const only = (...labels: (string | null)[]) => {
    if (items.some((entry) => !labels.includes(entry.label))) throw notUnderstood(kind);
  };
  const dated = (entry: ExerciseItem): string => {
    if (entry.date === null) throw notUnderstood(kind);
    return entry.date;
  };
  const single = (): string => {
    only(null);
    if (items.length > 1) throw notUnderstood(kind);
    return items[0]?.text ?? '';
  };

  const data = ((): unknown => {
    if (isToolKind(kind)) return toolFromItems(kind, items) ?? undefined;
    switch (kind) {
      case 'disclosure-list':
        only(
          EXERCISE_LABELS.shared,
          EXERCISE_LABELS.stillToShare,
          `${EXERCISE_LABELS.shared}${EXERCISE_LABELS.tempted}`,
          `${EXERCISE_LABELS.stillToShare}${EXERCISE_LABELS.tempted}`,
        );
        return {
          kind,
          items: items.map((entry) => ({
            id: newId(),
            text: entry.text,
            sharedOn: entry.done === true ? dated(entry) : null,
            tempted: entry.label?.endsWith(EXERCISE_LABELS.tempted) === true,
          })),
        };
      case 'reaction-plan':
      case 'openness-plan':
      case 'self-forgiveness-checkin':
        return { kind, text: single() };
      case 'apology-workshop': {
        only(EXERCISE_LABELS.draft, EXERCISE_LABELS.shouldHave, EXERCISE_LABELS.fromNowOn);
        const drafts = labelled(EXERCISE_LABELS.draft);
        if (drafts.length > 1) throw notUnderstood(kind);
        const lines = (label: string) => labelled(label).map((entry) => ({ id: newId(), text: entry.text }));
        return {
          kind,
          draft: drafts[0]?.text ?? '',
          shouldHave: lines(EXERCISE_LABELS.shouldHave),
          fromNowOn: lines(EXERCISE_LABELS.fromNowOn),
        };
      }
      case 'listening-log':
      case 'love-notes':
        only(null);
        return {
          kind,
          entries: items.map((entry) => ({ id: newId(), date: dated(entry), text: entry.text })),
        };
      case 'patience-timeline': {
        only(EXERCISE_LABELS.started, EARLIER_STARTED_LABEL, EXERCISE_LABELS.milestone);
        const started = [...labelled(EXERCISE_LABELS.started), ...labelled(EARLIER_STARTED_LABEL)];
        if (started.length > 1) throw notUnderstood(kind);
        const milestones = labelled(EXERCISE_LABELS.milestone);
        return {
          kind,
          startedOn: started[0] === undefined ? null : dated(started[0]),
          milestones: milestones.map((entry) => ({ id: newId(), date: dated(entry), text: entry.text })),
        };
      }
      case 'anger-release': {
        only(EXERCISE_LABELS.letter);
        if (items.length > 1) throw notUnderstood(kind);
        const letter = items[0];
        const released = letter?.done === true;
        return {
          kind,
          letter: letter?.text ?? '',
          releasedAt: !released ? null : letter.date === null ? updatedAt : noonOf(letter.date),
        };
      }
      case 'linger-reflection':
        return { kind, entries: lingerEntries(items, newId, kind) };
      case 'expectations-list': {
        only(EXERCISE_LABELS.canLiveWith, EXERCISE_LABELS.willNotAccept);
        const lines = (label: string) => labelled(label).map((entry) => ({ id: newId(), text: entry.text }));
        return {
          kind,
          canLiveWith: lines(EXERCISE_LABELS.canLiveWith),
          willNotAccept: lines(EXERCISE_LABELS.willNotAccept),
        };
      }
      default:
        throw notUnderstood(kind);
    }
  })();
  const parsed = ExerciseData.safeParse(data);
  if (!parsed.success) throw notUnderstood(kind);
  return parsed.data;
}

/** Five items per entry, in `LINGER_FIELDS` order, all on the entry's day. */
function lingerEntries(
  items: readonly ExerciseItem[],
  newId: () => string,
  kind: string,
): ExerciseDataOf<'linger-reflection'>['entries'] {
  if (items.length % LINGER_FIELDS.length !== 0) throw notUnderstood(kind);
  const entries: ExerciseDataOf<'linger-reflection'>['entries'] = [];
  for (let start = 0; start < items.length; start += LINGER_FIELDS.length) {
    const group = items.slice(start, start + LINGER_FIELDS.length);
    const date = group[0]?.date ?? null;
    const fields = new Map<string, string>();
    LINGER_FIELDS.forEach(([field, label], offset) => {
      const entry = group[offset];
      if (entry === undefined || entry.label !== label || entry.date !== date) throw notUnderstood(kind);
      fields.set(field, entry.text);
    });
    const sourceWords = fields.get('source');
    const source = (Object.keys(SOURCE_WORDS) as LingerEntry['source'][]).find(
      (key) => SOURCE_WORDS[key] === sourceWords,
    );
    if (date === null || source === undefined) throw notUnderstood(kind);
    entries.push({
      id: newId(),
      date,
      before: fields.get('before') ?? '',
      body: fields.get('body') ?? '',
      thought: fields.get('thought') ?? '',
      source,
      helps: fields.get('helps') ?? '',
    });
  }
  return entries;
}
