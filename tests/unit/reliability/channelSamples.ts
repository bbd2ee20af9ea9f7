import type { Channel } from '../../../src/shared/ipc/channels';

/**
 * One or more valid-shaped inputs per channel, for the fuzzer to mutate. Every channel must
 * have an entry (the fuzz test fails otherwise), so a new channel is fuzzed from day one.
 * Samples must be harmless to the fuzzed vault: wrong passphrases, not the real one.
 */
export const CHANNEL_SAMPLES: Record<Channel, readonly unknown[]> = {
  'app.info': [undefined],
  'vault.status': [undefined],
  'vault.create': [{ passphrase: 'another passphrase' }],
  'vault.unlock': [
    { method: 'passphrase', secret: 'wrong passphrase' },
    { method: 'recovery', secret: '0000-0000-0000-0000-0000-0000-0000-0000' },
  ],
  'vault.lock': [{ reason: 'manual' }],
  'vault.confirmRecoveryKey': [{ groups: [{ index: 1, text: 'ABCD' }] }],
  'vault.newRecoveryKey': [{ passphrase: 'wrong passphrase' }],
  'vault.changePassphrase': [{ current: 'wrong passphrase', next: 'a new passphrase' }],
  'vault.resetPassphrase': [{ next: 'a new passphrase' }],
  'settings.get': [undefined],
  'settings.update': [{ theme: 'dark' }, { autoLockMinutes: 15 }, { textSize: 'large' }],
  'tracker.save': [
    {
      track: 'broke-trust',
      date: '2024-02-29',
      selfForgiveness: 4,
      rumination: 'often',
      kindness: 2,
      repair: 'Listened without defending',
      note: '',
    },
    { track: 'was-hurt', date: '2025-01-01', anger: 7, trust: 3, feltSafe: 'partly', raisedPast: true },
  ],
  'tracker.get': [{ track: 'broke-trust', date: '2024-02-29' }],
  'tracker.range': [{ track: 'was-hurt', from: '2024-01-01', to: '2025-12-31' }],
  'tracker.delete': [{ track: 'was-hurt', date: '2025-01-01' }],
  'tracker.summary': [undefined],
  'journal.create': [
    { title: 'A day', body: 'Some **markdown** and a [link](https://example.com)', tags: ['Hope', 'hope '] },
    { date: '2024-02-29', stepId: 'bt-3-asking-forgiveness' },
  ],
  'journal.get': [{ id: 1 }],
  'journal.update': [{ id: 1, body: 'changed', tags: ['x'] }, { id: 1, stepId: null }],
  'journal.list': [{}, { filter: { tag: 'hope', from: '2024-01-01', to: '2025-01-01' }, limit: 5 }],
  'journal.neighbor': [{ id: 1, direction: 'older' }],
  'journal.calendar': [{ month: '2024-02' }],
  'journal.tags': [undefined],
  'journal.trash': [{ id: 2 }],
  'journal.restore': [{ id: 2 }],
  'journal.trashList': [undefined],
  'journal.erase': [{ id: 9999 }],
  'search.query': [{ text: 'markdown' }, { text: '"unbalanced AND (NEAR' }, { text: 'hop*', kinds: ['note'] }],
  'program.content': [undefined],
  'program.safety': [undefined],
  'program.state': [undefined],
  'program.chooseTracks': [{ tracks: ['broke-trust'] }, { tracks: ['was-hurt', 'broke-trust'] }],
  'program.answerSafetyCheck': [
    { answers: { afraid: false, threats: false, violence: false, control: false, pressure: false } },
  ],
  'program.setStepStatus': [{ stepId: 'bt-1-honesty', status: 'done' }],
  'program.openStep': [{ stepId: 'bt-1-honesty' }],
  'notes.list': [{ stepId: 'bt-1-honesty' }],
  'notes.save': [{ promptId: 'bt-1-honesty.p1', text: 'a note' }],
  'exercise.get': [{ stepId: 'bt-1-honesty' }],
  'exercise.save': [{ stepId: 'bt-1-honesty', data: { kind: 'disclosure-list', items: [] } }],
};
