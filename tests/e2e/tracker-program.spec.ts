import type { Channel } from '../../src/shared/ipc/channels';
import { trustedSender } from '../harness/core';
import type { MendSession } from '../harness/launchMend';
import { expect, test } from './fixtures';

test.use({ mendOptions: { vault: 'unlocked' } });

async function ok(session: MendSession, channel: Channel, input?: unknown): Promise<unknown> {
  const result = await session.mend.dispatch(channel, input, trustedSender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

/** The person chose only the "I broke trust" path and answered the safety check with no. */
async function chooseOnlyBrokeTrust(session: MendSession): Promise<void> {
  await ok(session, 'program.chooseTracks', { tracks: ['broke-trust'] });
  const safety = (await ok(session, 'program.safety')) as { safetyCheck: { questions: { id: string }[] } };
  const answers = Object.fromEntries(safety.safetyCheck.questions.map((question) => [question.id, 'no']));
  await ok(session, 'program.answerSafetyCheck', { answers });
}

test('the check-in screen shows the patience timeline kept in step 7, and only the chosen path', async ({
  mend,
}) => {
  const { page } = mend;
  await chooseOnlyBrokeTrust(mend);
  const started = new Date(Date.now() - 12 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`${page.url().split('#')[0]}#/program/step/bt-7-patience`);
  await page.getByLabel('The day the truth came out').fill(started);
  await page.getByRole('button', { name: 'Add a milestone' }).click();
  await page.keyboard.type('We laughed at dinner again');
  // The tool saves on its own; wait until main has it before leaving the step.
  await expect
    .poll(async () => {
      const record = (await ok(mend, 'program.exercise', { stepId: 'bt-7-patience' })) as {
        data: { milestones: { text: string }[] } | null;
      };
      return record.data?.milestones[0]?.text ?? null;
    })
    .toBe('We laughed at dinner again');

  await page.getByRole('link', { name: 'Check-in' }).click();
  const patience = page.getByTestId('patience');
  await expect(patience).toContainText('12 days since the truth came out');
  await expect(patience.getByRole('list', { name: 'Milestones' })).toContainText(
    'We laughed at dinner again',
  );
  // Only the chosen path: no switcher, and the broke-trust questions.
  await expect(page.getByRole('radio', { name: 'My trust was broken' })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'I broke trust' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Today’s check-in' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'How strong was your anger today?' })).toHaveCount(0);
});
