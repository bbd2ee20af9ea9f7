import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, makeTempDir, setUpVault, trustedSender } from '../../harness/core';
import { pdfPages } from '../../harness/pdfText';
import { createPlaywrightPdfPrinter, type TestPdfPrinter } from '../../harness/playwrightPdfPrinter';
import { givenSaveTarget, recordingRevealer } from '../../harness/testSaveTarget';

/**
 * Issue 15, "progress never moves by itself": a step with a finished apology draft said "Not
 * started" in the PDF. The export reads the status the screen shows.
 */
describe('the step status in a PDF', () => {
  let printer: TestPdfPrinter;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let mend: Mend;
  const saveTarget = givenSaveTarget();
  beforeAll(async () => {
    printer = createPlaywrightPdfPrinter();
    temp = await makeTempDir('mend-step-status-');
    mend = await createTestMend(join(temp.path, 'data'), {
      exportPorts: { printer, saveTarget, revealer: recordingRevealer() },
    });
    await setUpVault(mend);
  });
  afterAll(async () => {
    await mend.dispose();
    await printer.close();
    await temp.remove();
  });

  it('says "In progress" for a step whose apology draft is written', async () => {
    const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
    await call('program.chooseTracks', { tracks: ['broke-trust'] });
    const draft = {
      kind: 'apology-workshop',
      draft: 'I lied to you for months.',
      shouldHave: [],
      fromNowOn: [],
    };
    expect(await call('program.saveExercise', { stepId: 'bt-3-asking-forgiveness', data: draft })).toMatchObject({
      ok: true,
    });
    saveTarget.file = join(temp.path, 'step.pdf');
    expect(await call('export.stepPdf', { stepId: 'bt-3-asking-forgiveness', paper: 'A4' })).toMatchObject({
      ok: true,
      value: { status: 'saved' },
    });
    const text = (await pdfPages(await readFile(saveTarget.file))).join('\n');
    expect(text).toContain('In progress');
    expect(text).not.toContain('Not started');
  });
});
