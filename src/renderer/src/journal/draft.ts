import { JOURNAL_LIMITS, type Entry } from '@shared/ipc/contracts/journal';
import { parseTagList } from '@shared/journalText';

/** What the editor's fields hold, as typed. */
export interface Draft {
  date: string;
  title: string;
  body: string;
  tagsText: string;
  /** The linked step's id from the step picker; '' for none. */
  stepId: string;
}

/** What is sent to main: only values the contract accepts. */
export interface EntryPayload {
  date: string;
  title: string;
  body: string;
  tags: string[];
  stepId: string | null;
}

export interface DraftProblems {
  date?: string;
  tags?: string;
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function draftFrom(entry: Entry): Draft {
  return {
    date: entry.date,
    title: entry.title,
    body: entry.body,
    tagsText: entry.tags.join(', '),
    stepId: entry.stepId ?? '',
  };
}

export function emptyDraft(date: string, stepId = ''): Draft {
  return { date, title: '', body: '', tagsText: '', stepId };
}

/**
 * Turns typed fields into a payload main will accept. A field that is not valid yet keeps
 * its last good value in the payload (and says why), so the rest of the entry still saves.
 */
export function toPayload(
  draft: Draft,
  fallback: EntryPayload,
): { payload: EntryPayload; problems: DraftProblems } {
  const problems: DraftProblems = {};
  let date = draft.date;
  if (!DATE_SHAPE.test(date)) {
    problems.date = 'Choose a date for this entry.';
    date = fallback.date;
  }
  let tags = parseTagList(draft.tagsText);
  if (tags.length > JOURNAL_LIMITS.tags) {
    problems.tags = `Up to ${JOURNAL_LIMITS.tags} tags.`;
    tags = fallback.tags;
  } else if (tags.some((tag) => tag.length > JOURNAL_LIMITS.tagChars)) {
    problems.tags = `A tag can be up to ${JOURNAL_LIMITS.tagChars} characters.`;
    tags = fallback.tags;
  }
  const stepId = draft.stepId === '' ? null : draft.stepId;
  return {
    payload: { date, title: draft.title.slice(0, JOURNAL_LIMITS.titleChars), body: draft.body, tags, stepId },
    problems,
  };
}

export function samePayload(a: EntryPayload, b: EntryPayload): boolean {
  return (
    a.date === b.date &&
    a.title === b.title &&
    a.body === b.body &&
    a.stepId === b.stepId &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, index) => tag === b.tags[index])
  );
}

export function isBlank(payload: EntryPayload): boolean {
  return payload.title.trim() === '' && payload.body.trim() === '' && payload.tags.length === 0;
}
