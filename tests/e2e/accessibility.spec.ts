import { writeFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from '@playwright/test';
import { auditScreen, describeFindings, type GateFinding, type GateOptions } from '../harness/axeGate';
import { setUpVault, TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchMend, type MendSession } from '../harness/launchMend';
import { TOOL_SAMPLES } from '../harness/toolSamples';
import { writeJournal } from '../harness/writtenJournal';
import { expect, test } from './fixtures';
import { goTo } from '../harness/pageSteps';

/**
 * The accessibility gate over every screen (issue 15, item 9): axe-core in light and dark, at
 * 900x650 and 640x400, zero critical and serious violations, and no horizontal overflow at
 * 640x400. Three sessions share one browser: onboarding from nothing, a journal with a little
 * of everything in it, and a damaged journal.
 *
 * Moderate findings accepted, with why:
 * (none so far; add `rule: 'reason'` to MODERATE and say why the screen is still right.)
 */
const MODERATE: GateOptions['allowedModerate'] = {};

/** Set MEND_A11Y_SHOTS=/tmp/dir to keep a screenshot of every screen in every mode. */
const SHOTS = process.env['MEND_A11Y_SHOTS'];
const gate: GateOptions = { allowedModerate: MODERATE, ...(SHOTS === undefined ? {} : { screenshotDir: SHOTS }) };

test.setTimeout(240_000);

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
test.afterAll(async () => {
  await browser.close();
});

async function withSession(options: Parameters<typeof launchMend>[0], body: (session: MendSession) => Promise<void>) {
  const session = await launchMend({ ...options, browser });
  session.page.setDefaultTimeout(10_000);
  try {
    await body(session);
    expect(session.offOriginRequests(), 'requests that left the app origin').toEqual([]);
  } finally {
    await session.close();
  }
}

async function ok(session: MendSession, channel: Parameters<MendSession['mend']['dispatch']>[0], input?: unknown) {
  const result = await session.mend.dispatch(channel, input, trustedSender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}


/** A journal with a little of everything, both paths chosen and the safety check answered. */
async function writtenSession(session: MendSession): Promise<void> {
  await writeJournal(session.mend);
  const safety = (await ok(session, 'program.safety')) as { safetyCheck: { questions: { id: string }[] } };
  const noAnswers = Object.fromEntries(safety.safetyCheck.questions.map((q) => [q.id, 'no']));
  await ok(session, 'program.answerSafetyCheck', { answers: noAnswers });
  await session.reload();
  await expect(session.page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
}

/** Runs the gate on each screen `visit` reaches; fails once at the end with every finding. */
async function gateScreens(visit: (audit: (page: Page, screen: string) => Promise<void>) => Promise<void>) {
  const findings: GateFinding[] = [];
  await visit(async (page, screen) => {
    const started = Date.now();
    const found = await auditScreen(page, screen, gate);
    findings.push(...found);
    if (process.env['MEND_A11Y_TIMES'] !== undefined) {
      console.log(screen, Date.now() - started, 'ms\n' + describeFindings(found));
    }
  });
  expect(findings, describeFindings(findings)).toEqual([]);
}

test('the gate itself: low contrast, an unlabelled field and a too-wide block are found', async () => {
  await withSession({}, async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
    // Real faults put into the page, outside its CSP (as the gate's own script is), after a clean run.
    expect(await auditScreen(page, 'welcome-clean', gate)).toEqual([]);
    await page.evaluate(() => {
      const main = document.querySelector('main') ?? document.body;
      const faint = document.createElement('p');
      faint.textContent = 'Barely there';
      faint.style.cssText = 'color: #ddd; background: #fff';
      const field = document.createElement('input');
      const wide = document.createElement('div');
      wide.style.cssText = 'width: 2000px; height: 4px';
      main.append(faint, field, wide);
    });
    const rules = new Set((await auditScreen(page, 'welcome-broken', gate)).map((finding) => finding.rule));
    expect([...rules]).toEqual(expect.arrayContaining(['color-contrast', 'label', 'horizontal-overflow']));
  });
});

test('gate: welcome, the safety page before setup, and each onboarding step', async () => {
  await gateScreens((audit) =>
    withSession({}, async ({ page }) => {
      await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
      await audit(page, 'welcome');
      await page.getByRole('button', { name: /If you are not safe/ }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await audit(page, 'safety-before-setup');
      await page.getByRole('button', { name: 'Go back' }).click();
      await page.getByRole('button', { name: 'Choose a passphrase' }).click();
      await page.getByLabel('Passphrase', { exact: true }).fill(TEST_PASSPHRASE);
      await page.getByLabel('Type it again').fill(TEST_PASSPHRASE);
      await audit(page, 'onboarding-passphrase');
      await page.getByRole('button', { name: 'Create my private journal' }).click();
      await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
      await audit(page, 'onboarding-recovery-key');
      await page.getByRole('button', { name: 'I have written it down' }).click();
      await expect(page.getByRole('heading', { name: 'Check your copy' })).toBeVisible();
      await audit(page, 'onboarding-check-key');
    }),
  );
});

test('gate: home, the program overview and its start flow', async () => {
  await gateScreens((audit) =>
    withSession({ vault: 'unlocked' }, async (session) => {
      const { page } = session;
      await writtenSession(session);
      // The second-edition tools with entries in them, so their lists and logs are audited too.
      for (const { stepId, data } of Object.values(TOOL_SAMPLES)) await ok(session, 'program.saveExercise', { stepId, data });
      await audit(page, 'home');
      // The quick check-in on Home: a path and an answer chosen, then checked in on both paths.
      const quick = page.getByTestId('home-checkin');
      await quick.getByRole('radio', { name: 'I broke trust' }).check();
      await quick.getByRole('radio', { name: '4', exact: true }).check();
      await audit(page, 'home-quick-checkin-answered');
      await quick.getByRole('button', { name: 'Check in' }).click();
      await quick.getByRole('radio', { name: '8', exact: true }).check();
      await quick.getByRole('button', { name: 'Check in' }).click();
      await expect(quick.getByTestId('home-checked-in')).toHaveText('Checked in today.');
      await audit(page, 'home-checked-in');
      await goTo(page, 'program');
      await expect(page.getByRole('heading', { name: 'Your program' })).toBeVisible();
      await audit(page, 'program-overview');
      await goTo(page, 'program/start');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await audit(page, 'program-choose-path');
      await goTo(page, 'program/start/safety');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await audit(page, 'program-safety-check');
      // A yes leads to the kind screen, with the helplines (a fresh load: the start flow keeps its stage).
      await session.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'A few questions first' })).toBeVisible();
      for (const [index, group] of (await page.locator('fieldset.safety-question').all()).entries()) {
        await group.getByRole('radio', { name: index === 0 ? 'Yes' : 'No', exact: true }).check();
      }
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('button', { name: 'Continue to the program' })).toBeVisible();
      await audit(page, 'program-safety-check-kind-screen');
      await goTo(page, 'program/first-weeks');
      await expect(page.getByRole('heading', { level: 1, name: 'Tonight, and the first weeks' })).toBeVisible();
      await audit(page, 'program-first-weeks');
    }),
  );
});

// Every step of each path, and with them every exercise tool (one test per path keeps each
// under the time limit on a busy machine).
for (const track of ['broke-trust', 'was-hurt'] as const) {
  test(`gate: every step of the ${track} path, each with its exercise tool`, async () => {
    await gateScreens((audit) =>
      withSession({ vault: 'unlocked' }, async (session) => {
        const { page } = session;
        await writtenSession(session);
        const content = (await ok(session, 'program.content')) as {
          tracks: { id: string; steps: { id: string; title: string }[] }[];
        };
        for (const step of content.tracks.find((candidate) => candidate.id === track)?.steps ?? []) {
          await goTo(page, `program/step/${step.id}`);
          await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
          await audit(page, `step-${step.id}`);
        }
      }),
    );
  });
}

test('gate: journal, search, calendar, trash, check-in, export, settings and the safety page', async () => {
  await gateScreens((audit) =>
    withSession({ vault: 'unlocked' }, async (session) => {
      const { page } = session;
      await writtenSession(session);
      await goTo(page, 'journal');
      await expect(page.getByText('3 entries')).toBeVisible();
      await audit(page, 'journal-timeline');
      await page.getByRole('link', { name: /FebruaryEntry/ }).click();
      await expect(page.getByLabel('Title')).toHaveValue('FebruaryEntry');
      await audit(page, 'journal-entry');
      await goTo(page, 'journal');
      await page.getByRole('button', { name: 'Calendar' }).click();
      await audit(page, 'journal-calendar');
      await page.getByRole('button', { name: 'Filter' }).click();
      await audit(page, 'journal-filters');
      await page.getByRole('searchbox', { name: 'Search the journal and step notes' }).fill('January');
      await expect(page.getByText('JanuaryEntry').first()).toBeVisible();
      await audit(page, 'journal-search');
      await goTo(page, 'journal/trash');
      await expect(page.getByText('TrashedEntry').first()).toBeVisible();
      await audit(page, 'journal-trash');
      await goTo(page, 'checkin');
      await expect(page.getByRole('heading', { name: 'Check-in', exact: true })).toBeVisible();
      await audit(page, 'checkin');
      await goTo(page, 'export');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await audit(page, 'export');
      await goTo(page, 'settings');
      await expect(page.getByRole('heading', { name: 'Appearance' })).toBeVisible();
      await audit(page, 'settings');
      await page.getByRole('button', { name: 'If you are not safe' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'If you are not safe' })).toBeVisible();
      await audit(page, 'safety');
    }),
  );
});

test('gate: the lock screen, a wrong passphrase, and a damaged journal', async () => {
  await gateScreens((audit) =>
    withSession({ vault: 'locked' }, async (session) => {
      const { page } = session;
      await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
      await audit(page, 'lock');
      await page.getByLabel('Passphrase').fill('not my passphrase');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await audit(page, 'lock-wrong-passphrase');
      await writeFile(session.mend.vault.paths.database, '');
      await session.reload();
      await expect(page.getByRole('heading', { name: 'Mend needs your help' })).toBeVisible();
      await audit(page, 'damaged');
    }),
  );
});

test('gate: a named lock screen, the journal chooser, naming a new journal, and removing one', async () => {
  await gateScreens((audit) =>
    withSession({ vault: 'locked' }, async (session) => {
      const { page } = session;
      await ok(session, 'journals.create', { name: 'Second' });
      await setUpVault(session.mend, 'lantern over the hill 77');
      await session.reload();
      await page.getByRole('button', { name: 'Lock', exact: true }).click();
      await expect(page.getByText('Second', { exact: true })).toBeVisible();
      await audit(page, 'lock-named-journal');
      await page.getByRole('button', { name: 'Use another journal' }).click();
      await expect(page.getByRole('heading', { name: 'Which journal?' })).toBeVisible();
      await page.getByText('What others using this computer can see').click();
      await page.getByText('Remove a journal…').click();
      await audit(page, 'journal-chooser');
      await page.getByRole('button', { name: 'Create another journal' }).click();
      await expect(page.getByRole('heading', { name: 'Another journal' })).toBeVisible();
      await audit(page, 'journal-new');
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByText('Remove a journal…').click();
      await page.getByRole('button', { name: 'Remove “Second”' }).click();
      await expect(page.getByRole('heading', { name: 'Remove “Second”?' })).toBeVisible();
      await audit(page, 'journal-remove');
    }),
  );
});
