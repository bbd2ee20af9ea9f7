import { join } from 'node:path';
import { chromium } from '@playwright/test';
import {
  createTestMend,
  setUpVault,
  TEST_APP_ORIGIN,
  TEST_PASSPHRASE,
  trustedSender,
} from '../../tests/harness/core';
import { CHROMIUM_PATH, launchMend } from '../../tests/harness/launchMend';
import { journalEntries } from '../lib/dataset';
import type { Measurement } from '../measurement';

const LIST = 'ul[aria-label="Entries, newest first"]';

/**
 * Runs in the page before the app: records (in epoch milliseconds, the clock Node shares)
 * when the Unlock button is clicked, when the first entry row enters the DOM, and when the
 * frame holding it has been painted (the task after the next animation frame).
 */
const PAGE_PROBE = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const probe = { click: null, row: null, painted: null };
  Object.defineProperty(window, '__benchProbe', { value: probe });
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && button.textContent.trim() === 'Unlock') probe.click = now();
  }, true);
  const observer = new MutationObserver(() => {
    if (probe.row !== null || document.querySelector('${LIST} li.timeline-row a') === null) return;
    probe.row = now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { probe.painted = now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

interface Probe {
  click: number | null;
  row: number | null;
  painted: number | null;
}

/**
 * The journal screen in Debian's Chromium against the real dispatcher and a vault holding
 * the whole synthetic journal: from the moment unlock answers (key derivation and opening
 * are the unlock measurement) to the first timeline rows painted, and how many elements the
 * virtualized list keeps in the DOM.
 */
export const rendererMeasurement: Measurement = {
  name: 'renderer',
  description: (s) =>
    `Built renderer in Chromium (1280x720), real dispatcher, ${s.entries.toLocaleString('en')} entries: unlock answered -> first timeline rows painted (afterUnlock), Unlock click -> painted (fromClick, includes the 64 MiB test-cost key derivation and opening), and elements inside the timeline.`,
  async run({ workDir, sizes, log }) {
    const dataDir = join(workDir, 'data');
    log(`seeding a vault with ${sizes.entries} entries for the renderer`);
    const seeding = await createTestMend(dataDir);
    await setUpVault(seeding);
    seeding.journal.insertMany(journalEntries(sizes));
    await seeding.dispatch('vault.lock', { reason: 'manual' }, trustedSender);
    await seeding.dispose();

    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const session = await launchMend({ dataDir, browser, vault: 'none' });
    const afterUnlock: number[] = [];
    const fromClick: number[] = [];
    const nodes: number[] = [];
    try {
      const { page, mend } = session;
      let unlockAnswered = 0;
      const dispatch = mend.dispatch.bind(mend);
      mend.dispatch = async (channel, input, sender) => {
        const answer = await dispatch(channel, input, sender);
        if (channel === 'vault.unlock') unlockAnswered = performance.timeOrigin + performance.now();
        return answer;
      };
      await session.context.addInitScript({ content: PAGE_PROBE });
      // A hash change alone does not reload; the reload runs the probe and opens the journal.
      await page.goto(`${TEST_APP_ORIGIN}/index.html#/journal`);
      await page.reload();
      const lockScreen = page.getByRole('heading', { name: 'Mend is locked' });
      await lockScreen.waitFor();
      for (let run = 0; run < sizes.rendererRuns; run++) {
        await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
        await page.getByRole('button', { name: 'Unlock' }).click();
        await page.locator(`${LIST} li.timeline-row a`).first().waitFor();
        await page.waitForFunction(
          () => (window as unknown as { __benchProbe: Probe }).__benchProbe.painted !== null,
        );
        const probe = await page.evaluate(() => (window as unknown as { __benchProbe: Probe }).__benchProbe);
        if (probe.painted === null || probe.click === null)
          throw new Error('the page probe missed the unlock');
        afterUnlock.push(probe.painted - unlockAnswered);
        fromClick.push(probe.painted - probe.click);
        nodes.push(
          await page
            .locator('[data-testid="timeline"]')
            .evaluate((list) => list.querySelectorAll('*').length + 1),
        );
        // Locking reloads the page (as in the app), which brings back the unlock screen. Wait
        // for it: closing the browser context while that reload is under way can hang
        // Chromium's teardown for good (seen under load, and in CI), which hung `npm test`.
        await mend.dispatch('vault.lock', { reason: 'manual' }, trustedSender);
        await lockScreen.waitFor();
        await page.waitForLoadState('load');
      }
    } finally {
      await session.close();
      await browser.close();
    }
    return { afterUnlock, fromClick, listElements: { unit: 'nodes', samples: nodes } };
  },
};
