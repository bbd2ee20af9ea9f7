import type { Mend } from '../../src/main/createMend';
import type { ExerciseData } from '../../src/shared/exercises';
import type { Channel } from '../../src/shared/ipc/channels';
import { trustedSender } from './core';

/**
 * Fills an unlocked vault through the real dispatcher with a little of everything a person
 * can write: step statuses, notes, every exercise tool, journal entries (one put in the
 * trash) and check-ins on both tracks. Every piece carries a distinct word to search for.
 */

export const EXERCISES: Record<string, ExerciseData> = {
  'bt-1-honesty': {
    kind: 'disclosure-list',
    items: [
      { id: 'a', text: 'DisclosedPhone', sharedOn: '2026-02-02', tempted: false },
      { id: 'b', text: 'UnsharedTrip', sharedOn: null, tempted: false },
    ],
  },
  'bt-2-reaction': { kind: 'reaction-plan', text: 'SteadyPlanWords' },
  'bt-3-asking-forgiveness': {
    kind: 'apology-workshop',
    draft: 'ApologyDraftWords',
    shouldHave: [{ id: 'a', text: 'ShouldHaveTold' }],
    fromNowOn: [{ id: 'b', text: 'FromNowOnHonest' }],
  },
  'bt-4-listening': {
    kind: 'listening-log',
    entries: [{ id: 'a', date: '2026-02-10', text: 'ListenedWalk' }],
  },
  'bt-5-openness': { kind: 'openness-plan', text: 'OpennessWords' },
  'bt-6-self-forgiveness': { kind: 'self-forgiveness-checkin', text: 'GentleWords' },
  'bt-7-patience': {
    kind: 'patience-timeline',
    startedOn: '2026-01-01',
    milestones: [{ id: 'a', date: '2026-03-01', text: 'FirstCalmDinner' }],
  },
  'wh-1-letting-go-of-anger': {
    kind: 'anger-release',
    letter: 'UnsentLetterWords',
    releasedAt: Date.parse('2026-03-05T10:00:00'),
  },
  'wh-2-lingering-feelings': {
    kind: 'linger-reflection',
    entries: [
      {
        id: 'a',
        date: '2026-03-07',
        before: 'SawTheCar',
        body: 'TightChest',
        thought: 'ItAgain',
        source: 'older',
        helps: 'SlowBreath',
      },
    ],
  },
  'wh-3-expectations': {
    kind: 'expectations-list',
    canLiveWith: [{ id: 'a', text: 'ForgetsGroceries' }],
    willNotAccept: [{ id: 'b', text: 'SecretMessages' }],
  },
  'wh-4-love': { kind: 'love-notes', entries: [{ id: 'a', date: '2026-03-09', text: 'MorningCoffee' }] },
};

export const NOTES = {
  'bt-1-honesty.p1': 'HonestyNoteWord',
  'bt-2-reaction.p1': 'ReactionNoteWord',
  'wh-1-letting-go-of-anger.p1': 'AngerNoteWord',
};

export const ENTRIES = [
  { date: '2026-01-05', title: 'JanuaryEntry', body: 'JanuaryBody', tags: ['hard'], stepId: 'bt-1-honesty' },
  { date: '2026-02-14', title: 'FebruaryEntry', body: 'FebruaryBody', tags: ['calm'], stepId: null },
  { date: '2026-03-20', title: '', body: 'MarchBodyUntitled', tags: ['hard', 'Hope'], stepId: null },
];
export const TRASHED = { date: '2026-03-21', title: 'TrashedEntry', body: 'TrashedBody', tags: ['gone'] };

export const CHECKINS = [
  {
    track: 'broke-trust',
    date: '2026-03-01',
    selfForgiveness: 3,
    rumination: 'often',
    kindness: 2,
    repair: 'Wrote it down',
  },
  {
    track: 'broke-trust',
    date: '2026-03-02',
    selfForgiveness: 5,
    rumination: 'sometimes',
    kindness: 3,
    repair: '',
  },
  {
    track: 'was-hurt',
    date: '2026-03-03',
    anger: 6,
    trust: 2,
    feltSafe: 'partly',
    talked: 'helped',
    note: 'HurtNote',
  },
];

async function ok(mend: Mend, channel: Channel, input?: unknown): Promise<unknown> {
  const result = await mend.dispatch(channel, input, trustedSender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export async function writeJournal(mend: Mend): Promise<void> {
  await ok(mend, 'program.chooseTracks', { tracks: ['broke-trust', 'was-hurt'] });
  await ok(mend, 'program.setStepStatus', { stepId: 'bt-1-honesty', status: 'done' });
  await ok(mend, 'program.setStepStatus', { stepId: 'bt-2-reaction', status: 'in-progress' });
  for (const [promptId, text] of Object.entries(NOTES)) await ok(mend, 'program.saveNote', { promptId, text });
  for (const [stepId, data] of Object.entries(EXERCISES)) await ok(mend, 'program.saveExercise', { stepId, data });
  for (const entry of ENTRIES) await ok(mend, 'journal.create', entry);
  const trashed = (await ok(mend, 'journal.create', TRASHED)) as { id: number };
  await ok(mend, 'journal.trash', { id: trashed.id });
  for (const checkin of CHECKINS) await ok(mend, 'tracker.save', checkin);
}
