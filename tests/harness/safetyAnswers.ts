import type { Mend } from '../../src/main/createMend';
import type { TrackId } from '../../src/shared/ipc/contracts/app';
import { trustedSender } from './core';

/**
 * "No" to every safety-check question, for tests that need the program open and are not
 * about the check itself. Spelled out, so a renamed question fails here instead of
 * passing silently.
 */
export const ALL_NO_SAFETY_ANSWERS = {
  violence: 'no',
  fear: 'no',
  threats: 'no',
  control: 'no',
  pressure: 'no',
} as const;

/**
 * Opens the program for a test that is not about the safety check: chooses `tracks` and
 * answers the check with "no" everywhere, through the real dispatcher.
 */
export async function startProgram(mend: Mend, tracks: readonly TrackId[]): Promise<void> {
  for (const [channel, input] of [
    ['program.chooseTracks', { tracks }],
    ['program.answerSafetyCheck', { answers: ALL_NO_SAFETY_ANSWERS }],
  ] as const) {
    const result = await mend.dispatch(channel, input, trustedSender);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
  }
}
