import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { INSIDE_DATA_FOLDER_MESSAGE } from '../../../src/main/export/dataFolderGuard';
import { isInsideFolder, realPathOf } from '../../../src/main/fs/realPath';
import type { Channel } from '../../../src/shared/ipc/channels';
import { createTestMend, makeTempDir, setUpVault, trustedSender } from '../../harness/core';
import { createPlaywrightPdfPrinter, type TestPdfPrinter } from '../../harness/playwrightPdfPrinter';
import { givenSaveTarget, recordingRevealer, type GivenSaveTarget } from '../../harness/testSaveTarget';

/**
 * L1 (issue 16): no export or transfer may be saved inside Mend's data folder, by real path.
 * A JSON export saved over `journal.mend.key` destroyed the only key file; a plaintext
 * Markdown folder could be created inside the vault folder.
 */

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dataDir: string;
/** The one journal's own folder, inside the data folder. */
let journalDir: string;
let outside: string;
let mend: Mend;
let saveTarget: GivenSaveTarget;
let printer: TestPdfPrinter;

beforeAll(async () => {
  temp = await makeTempDir('mend-target-');
  dataDir = join(temp.path, 'Mend');
  outside = join(temp.path, 'Documents');
  await mkdir(outside);
  saveTarget = givenSaveTarget();
  printer = createPlaywrightPdfPrinter();
  mend = await createTestMend(dataDir, {
    exportPorts: { printer, saveTarget, revealer: recordingRevealer() },
  });
  await setUpVault(mend);
  journalDir = mend.vault.paths.dir;
  // Links a person (or a sync tool) may have: to the data folder, and one that dangles into it.
  await symlink(dataDir, join(outside, 'link-to-data'));
  await symlink(join(dataDir, 'not-yet'), join(outside, 'dangling.json'));
  await symlink(join(journalDir, 'journal.mend.key'), join(outside, 'key-link.json'));
});
afterAll(async () => {
  await mend.dispose();
  await printer.close();
  await temp.remove();
});

const call = (channel: Channel, input?: unknown) => mend.dispatch(channel, input, trustedSender);

type Kind = 'file' | 'folder';
const KINDS: { name: string; channel: Channel; input?: unknown; kind: Kind }[] = [
  { name: 'PDF', channel: 'export.pdf', kind: 'file', input: {
    tracks: ['broke-trust', 'was-hurt'],
    include: { entries: true, notes: true, exercises: true, tracker: true },
    paper: 'A4',
  } },
  { name: 'Markdown folder', channel: 'export.markdown', kind: 'folder', input: {
    tracks: ['broke-trust', 'was-hurt'],
    include: { entries: true, notes: true, exercises: true, tracker: true },
  } },
  { name: 'JSON', channel: 'export.json', kind: 'file' },
  { name: '.mend backup file', channel: 'transfer.backupFile', kind: 'file' },
];

const insideFiles = (): [string, string][] => [
  ['the key file itself', join(journalDir, 'journal.mend.key')],
  ['a new file in the data folder', join(dataDir, 'export.out')],
  ['a not-yet-existing subfolder', join(dataDir, 'new', 'deeper', 'export.out')],
  ['the backups folder', join(journalDir, 'backups', 'export.out')],
  ['the journals registry', join(dataDir, 'journals.json')],
  ["another journal's folder", join(dataDir, 'journals', '0123456789abcdef', 'export.out')],
  ['through a linked folder', join(outside, 'link-to-data', 'export.out')],
  ['a dangling link into the folder', join(outside, 'dangling.json')],
  ['a link to the key file', join(outside, 'key-link.json')],
  ['a path with .. segments', join(outside, '..', 'Mend', 'x.out')],
];
const insideFolders = (): [string, string][] => [
  ['the data folder', dataDir],
  ['a folder inside it', join(journalDir, 'backups')],
  ['the folder of every journal', join(dataDir, 'journals')],
  ['a linked folder', join(outside, 'link-to-data')],
];

describe.each(KINDS)('the $name export', ({ channel, input, kind }) => {
  it('is refused for every place inside the data folder, and the folder is unchanged', async () => {
    const before = await readdir(dataDir);
    const key = await readFile(join(journalDir, 'journal.mend.key'));
    for (const [label, path] of kind === 'file' ? insideFiles() : insideFolders()) {
      if (kind === 'file') saveTarget.file = path;
      else saveTarget.folder = path;
      const result = await call(channel, input);
      expect(result, label).toEqual({
        ok: false,
        error: { code: 'INSIDE_DATA_FOLDER', message: INSIDE_DATA_FOLDER_MESSAGE },
      });
    }
    expect((await readdir(dataDir)).sort()).toEqual(before.sort());
    expect(await readFile(join(journalDir, 'journal.mend.key'))).toEqual(key);
  }, 60_000);

  it('is saved outside it, even in a sibling whose name starts with the folder’s', async () => {
    const sibling = `${dataDir}-exports`;
    await mkdir(sibling, { recursive: true });
    if (kind === 'file') saveTarget.file = join(sibling, `${channel}.out`);
    else saveTarget.folder = sibling;
    const result = await call(channel, input);
    expect(result).toMatchObject({ ok: true, value: { status: 'saved' } });
  }, 60_000);
});

describe('realPathOf and isInsideFolder', () => {
  it('resolve links and missing children, and compare without case only where file systems ignore it', async () => {
    expect(await realPathOf(join(outside, 'link-to-data', 'a', 'b'))).toBe(join(await realPathOf(dataDir), 'a', 'b'));
    expect(await realPathOf(join(outside, 'dangling.json'))).toBe(join(await realPathOf(dataDir), 'not-yet'));
    const upper = join(temp.path, 'MEND', 'x');
    expect(await isInsideFolder(upper, dataDir, 'linux')).toBe(false);
    expect(await isInsideFolder(upper, dataDir, 'darwin')).toBe(true);
    expect(await isInsideFolder(upper, dataDir, 'win32')).toBe(true);
    await mkdir(join(dataDir, '..odd'), { recursive: true });
    expect(await isInsideFolder(join(dataDir, '..odd', 'x'), dataDir, 'linux')).toBe(true);
    expect(await isInsideFolder(join(temp.path, 'Mend2', 'x'), dataDir, 'linux')).toBe(false);
  });

  it('stops at a loop of links instead of hanging', async () => {
    await symlink(join(outside, 'loop-b'), join(outside, 'loop-a'));
    await symlink(join(outside, 'loop-a'), join(outside, 'loop-b'));
    await writeFile(join(outside, 'plain.txt'), 'x');
    expect(await isInsideFolder(join(outside, 'loop-a'), dataDir, 'linux')).toBe(false);
  });
});
