import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Mend } from '../../src/main/createMend';
import { TOOL_SPECS, type ToolKind } from '../../src/shared/exerciseTools';
import type { Channel } from '../../src/shared/ipc/channels';
import type { ExerciseRecord } from '../../src/shared/ipc/contract';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { pdfPages } from '../harness/pdfText';
import { createPlaywrightPdfPrinter } from '../harness/playwrightPdfPrinter';
import { givenSaveTarget, recordingRevealer } from '../harness/testSaveTarget';
import { TOOL_SAMPLES } from '../harness/toolSamples';
import { expect, test } from './fixtures';

// The second edition's tools, end to end: written on screen, kept across a lock, found by
// search, printed in the PDF and the Markdown folder, and carried whole by a JSON export.
const printer = createPlaywrightPdfPrinter();
const saveTarget = givenSaveTarget();
const ports = { printer, saveTarget, revealer: recordingRevealer() };
let folder = '';

test.use({ mendOptions: { vault: 'unlocked', overrides: { exportPorts: ports } } });
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'mend-e2e-tools-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});
test.afterAll(async () => {
  await printer.close();
});

async function value<T>(mend: Mend, channel: Channel, input?: unknown): Promise<T> {
  const result = await mend.dispatch(channel, input, trustedSender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function chooseBothPaths(page: Page, mend: Mend): Promise<void> {
  await page.getByRole('link', { name: 'Choose your path' }).click();
  await page.getByRole('checkbox', { name: 'I broke trust' }).check();
  await page.getByRole('checkbox', { name: 'My trust was broken' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'A few questions first' })).toBeVisible();
  const { safetyCheck } = await value<{ safetyCheck: { questions: { text: string }[] } }>(
    mend,
    'program.safety',
  );
  for (const question of safetyCheck.questions)
    await page
      .getByRole('group', { name: question.text })
      .getByRole('radio', { name: 'No', exact: true })
      .check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Your program' })).toBeVisible();
}

const toolAt = (page: Page, kind: ToolKind): Locator => page.locator(`section[data-tool="${kind}"]`);

async function openStep(page: Page, stepId: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/program/step/${stepId}`);
  await expect(page.locator(`[data-step="${stepId}"]`)).toBeVisible();
}

/** The field that holds a tool's unique word: its first text, or its first entry's first text. */
function firstField(tool: Locator, kind: ToolKind): Locator {
  const spec = TOOL_SPECS[kind];
  const text = spec.texts[0];
  if (text !== undefined) return tool.getByLabel(text.label, { exact: true });
  const entries = spec.entries;
  if (entries === undefined) throw new Error(`${kind} has nothing to write in`);
  return entries.dated
    ? tool.getByLabel(new RegExp(`^${entries.texts[0]?.label ?? ''} \\(`))
    : tool.getByRole('textbox', { name: `${entries.noun} 1`, exact: true });
}

const wrote = (find: string) => `Written on screen ${find}`;

test('each tool is written on screen, kept across a lock, and found by search', async ({ mend }) => {
  const { page } = mend;
  await chooseBothPaths(page, mend.mend);
  const kinds = Object.keys(TOOL_SAMPLES) as ToolKind[];

  for (const kind of kinds) {
    const { stepId, find } = TOOL_SAMPLES[kind];
    await openStep(page, stepId);
    const tool = toolAt(page, kind);
    const entries = TOOL_SPECS[kind].entries;
    if (TOOL_SPECS[kind].texts.length === 0 && entries !== undefined) {
      await tool.getByRole('button', { name: entries.addLabel }).click();
      await expect(firstField(tool, kind)).toBeFocused();
    }
    await firstField(tool, kind).fill(wrote(find));
    if (kind === 'deciding') await tool.getByRole('radio', { name: 'Not yet decided' }).check();
    await expect(tool.locator('.save-indicator')).toHaveText('Saved');
  }

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();

  for (const kind of kinds) {
    const { stepId, find } = TOOL_SAMPLES[kind];
    await openStep(page, stepId);
    await expect(firstField(toolAt(page, kind), kind)).toHaveValue(wrote(find));
    if (kind === 'deciding')
      await expect(toolAt(page, kind).getByRole('radio', { name: 'Not yet decided' })).toBeChecked();
  }

  // Search finds each tool by its word, and the hit opens the tool on its step.
  await page.getByRole('link', { name: 'Journal' }).click();
  const searchBox = page.getByRole('searchbox', { name: 'Search the journal and step notes' });
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  for (const kind of kinds) {
    await searchBox.fill(TOOL_SAMPLES[kind].find);
    await expect(results).toHaveCount(1);
  }
  await results.first().click();
  const last = kinds[kinds.length - 1] ?? 'talk-times';
  await expect(page.locator(`[data-step="${TOOL_SAMPLES[last].stepId}"]`)).toBeVisible();
  await expect(toolAt(page, last).getByRole('heading', { level: 2 })).toBeFocused();
});

test('each tool appears in the PDF and the Markdown export, and a JSON export carries it whole', async ({
  mend,
}) => {
  const { page } = mend;
  for (const { stepId, data } of Object.values(TOOL_SAMPLES))
    await value(mend.mend, 'program.saveExercise', { stepId, data });
  await page.reload();
  await page.getByRole('link', { name: 'Export' }).click();

  saveTarget.file = join(folder, 'tools.pdf');
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(page.getByText('Saved tools.pdf.')).toBeVisible({ timeout: 30_000 });
  const pdf = (await pdfPages(await readFile(saveTarget.file))).join('\n');
  for (const kind of Object.keys(TOOL_SAMPLES) as ToolKind[]) {
    expect(pdf, kind).toContain(TOOL_SAMPLES[kind].find);
  }
  expect(pdf).toContain('Ending contact');
  expect(pdf).toContain('Told my partner about it');
  expect(pdf).toContain('Where I am right now');

  saveTarget.folder = folder;
  await page.getByLabel('Markdown folder', { exact: true }).check();
  await page.getByRole('button', { name: 'Save Markdown folder…' }).click();
  await expect(page.getByText(/^Saved /)).toBeVisible({ timeout: 30_000 });
  const files = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.md'));
  const markdown = (await Promise.all(files.map((name) => readFile(join(folder, name), 'utf8')))).join('\n');
  for (const kind of Object.keys(TOOL_SAMPLES) as ToolKind[]) {
    expect(markdown, kind).toContain(TOOL_SAMPLES[kind].find);
  }
  expect(markdown).toContain('## Exercise: My questions');

  saveTarget.file = join(folder, 'everything.json');
  await page.getByLabel('JSON file', { exact: true }).check();
  await page.getByRole('button', { name: 'Save JSON file…' }).click();
  await expect(page.getByText('Saved everything.json.')).toBeVisible();

  // The JSON export, imported into a journal on "another computer", keeps every tool.
  const other = await makeTempDir('mend-e2e-tools-import-');
  const elsewhere = await createTestMend(other.path, {
    exportPorts: { ...ports, saveTarget: givenSaveTarget({ openFile: saveTarget.file }) },
  });
  try {
    await setUpVault(elsewhere);
    await value(elsewhere, 'transfer.importJson');
    for (const { stepId, data } of Object.values(TOOL_SAMPLES)) {
      const record = await value<ExerciseRecord>(elsewhere, 'program.exercise', { stepId, kind: data.kind });
      const withoutIds = JSON.parse(
        JSON.stringify(record.data, (key, v: unknown) => (key === 'id' ? undefined : v)),
      );
      expect(withoutIds, data.kind).toEqual(
        JSON.parse(JSON.stringify(data, (key, v: unknown) => (key === 'id' ? undefined : v))),
      );
    }
  } finally {
    await elsewhere.dispose();
    await other.remove();
  }
});
