import { randomInt } from 'node:crypto';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchMend, type MendSession } from '../harness/launchMend';
import { expect, test } from './fixtures';
import { startProgram } from '../harness/safetyAnswers';

/**
 * A person typing at a realistic pace is cut off by the page closing (no beforeunload, as
 * when the renderer crashes or the machine dies) at a random moment. Whatever was persisted
 * must be a prefix of what was typed, and may miss at most the last second of typing.
 * `MEND_AUTOSAVE_CRASH_RUNS` raises the count (`npm run soak`).
 */
const RUNS = Number(process.env['MEND_AUTOSAVE_CRASH_RUNS'] ?? 2);
const MAX_LOSS_MS = 1_000;
const TEXT =
  'I keep coming back to the evening at the station when I finally told you the truth. ' +
  'You did not shout. You went very quiet, and that quiet was worse than anything. ' +
  'Tonight I want to write down what I have learned since then, slowly and honestly, ' +
  'without making it sound better than it was, because that is the whole point of this.';

interface Typed {
  /** [characters typed so far, when the last of them was typed (ms)] after each word. */
  marks: [number, number][];
  closedAt: number;
}

/** Types TEXT word by word (each word key by key with a delay) until the page is closed. */
async function typeUntilClosed(page: Page, closeAfterMs: number): Promise<Typed> {
  const marks: [number, number][] = [];
  let closedAt = 0;
  const closer = new Promise<void>((resolve) => {
    setTimeout(() => {
      closedAt = Date.now();
      void page.close({ runBeforeUnload: false }).finally(resolve);
    }, closeAfterMs);
  });
  const typing = (async () => {
    const words = TEXT.split(/(?<= )/);
    let count = 0;
    for (const word of words) {
      await page.keyboard.type(word, { delay: randomInt(40, 110) });
      count += word.length;
      marks.push([count, Date.now()]);
    }
  })().catch(() => undefined); // the page closed under the keyboard
  await closer;
  await typing;
  return { marks, closedAt };
}

/** Characters that were typed at least MAX_LOSS_MS before the page closed. */
function mustHaveSurvived({ marks, closedAt }: Typed): number {
  let count = 0;
  for (const [typed, at] of marks) if (at <= closedAt - MAX_LOSS_MS) count = typed;
  return count;
}

async function persistedAfterClose(read: () => string): Promise<string> {
  // A call the page sent just before it closed may still be finishing in main.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return read();
}

function expectAtMostLastSecondLost(persisted: string, typed: Typed): void {
  expect(TEXT.startsWith(persisted), `persisted text is a prefix of the typed text: "${persisted}"`).toBe(
    true,
  );
  const required = mustHaveSurvived(typed);
  expect(
    persisted.length,
    `typed ${typed.marks.at(-1)?.[0] ?? 0} chars, kept ${persisted.length}`,
  ).toBeGreaterThanOrEqual(required);
}

test.describe('autosave when the page dies mid-typing', () => {
  test.use({ mendOptions: {} });
  let browser: Browser;
  test.beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  test.afterAll(async () => {
    await browser.close();
  });

  async function withSession(run: (session: MendSession) => Promise<void>): Promise<void> {
    const session = await launchMend({ browser, vault: 'unlocked' });
    try {
      await run(session);
      expect(session.offOriginRequests()).toEqual([]);
    } finally {
      await session.close();
    }
  }

  test(`journal entry: at most the last second is lost (${RUNS} runs)`, async () => {
    test.setTimeout(30_000 + RUNS * 20_000);
    for (let run = 0; run < RUNS; run++) {
      await withSession(async ({ page, mend }) => {
        await page.getByRole('link', { name: 'Journal' }).click();
        await page.getByRole('button', { name: 'New entry', exact: true }).click();
        await page.getByRole('textbox', { name: 'Entry', exact: true }).click();
        const typed = await typeUntilClosed(page, randomInt(1_500, 9_000));
        const persisted = await persistedAfterClose(() => {
          const [first] = mend.journal.list({}, null, 5).items;
          return first === undefined ? '' : mend.journal.get(first.id).body;
        });
        expectAtMostLastSecondLost(persisted, typed);
      });
    }
  });

  test(`step note: at most the last second is lost (${RUNS} runs)`, async () => {
    test.setTimeout(30_000 + RUNS * 20_000);
    for (let run = 0; run < RUNS; run++) {
      await withSession(async ({ page, mend }) => {
        await startProgram(mend, ['broke-trust']);
        await page.goto(`${page.url().split('#')[0]}#/program/step/bt-1-honesty`);
        await page.locator('[data-prompt="bt-1-honesty.p1"] textarea').click();
        const typed = await typeUntilClosed(page, randomInt(1_500, 9_000));
        const persisted = await persistedAfterClose(() => {
          const result = mend.vault
            .db()
            .prepare('SELECT text FROM prompt_notes WHERE prompt_id = ?')
            .pluck()
            .get('bt-1-honesty.p1') as string | undefined;
          return result ?? '';
        });
        expectAtMostLastSecondLost(persisted, typed);
      });
    }
  });
});
