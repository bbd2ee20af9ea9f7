import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { filesUnder } from '../../harness/canarySweep';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { createFakeKeychain, type FakeKeychain } from '../../harness/fakes';
import { givenSaveTarget, recordingRevealer, type GivenSaveTarget } from '../../harness/testSaveTarget';
import { caller, PASSPHRASE_A, PASSPHRASE_B, setUpTwoJournals } from '../../harness/twoJournals';

const noPrinter = { print: () => Promise.reject(new Error('no printing in this test')) };

describe('several journals in one data folder', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let mend: Mend;
  let keychain: FakeKeychain;
  let saveTarget: GivenSaveTarget;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);

  async function start(): Promise<void> {
    keychain ??= createFakeKeychain();
    saveTarget = givenSaveTarget();
    mend = await createTestMend(join(temp.path, 'data'), {
      keychain,
      exportPorts: { printer: noPrinter, saveTarget, revealer: recordingRevealer() },
    });
  }
  async function restart(): Promise<void> {
    await mend.dispose();
    await start();
  }

  beforeEach(async () => {
    temp = await makeTempDir('mend-journals-');
    keychain = createFakeKeychain();
    await start();
  });
  afterEach(async () => {
    await mend.dispose();
    await temp.remove();
  });

  it('with no journal, first setup makes "Journal 1"; with one, start-up opens it as before', async () => {
    expect(await call('journals.list')).toMatchObject({ value: { journals: [], current: { name: 'Journal 1' } } });
    expect(await call('vault.status')).toMatchObject({ value: { state: 'none' } });
    await setUpVault(mend);
    await restart();
    expect(await call('journals.list')).toMatchObject({
      value: { journals: [{ name: 'Journal 1' }], current: { name: 'Journal 1' } },
    });
    expect(await call('vault.status')).toMatchObject({ value: { state: 'locked' } });
  });

  it('a new journal is made from the lock screen with its own passphrase and recovery key; with two, the person chooses', async () => {
    await setUpVault(mend, PASSPHRASE_A);
    const firstDir = mend.vault.paths.dir;
    // From the open first journal: it is locked first.
    const created = await call('journals.create', { name: 'Second' });
    expect(existsSync(join(firstDir, 'journal.mend.open'))).toBe(false);
    expect(created).toMatchObject({ value: { journals: [{ name: 'Journal 1' }], current: { name: 'Second' } } });
    // Exactly like first setup: nothing exists yet, nothing is shown of the other journal.
    expect(await call('vault.status')).toMatchObject({ value: { state: 'none' } });
    expect(await call('journals.create', { name: 'journal 1' })).toMatchObject({ error: { code: 'CONFLICT' } });
    await setUpVault(mend, PASSPHRASE_B);
    expect(await call('journals.list')).toMatchObject({ value: { journals: [{}, {}], current: { name: 'Second' } } });
    await call('vault.lock', { reason: 'manual' });
    await restart();
    const listed = await call('journals.list');
    expect(listed).toMatchObject({ value: { current: null } });
    expect((listed as { value: { journals: { name: string }[] } }).value.journals.map((j) => j.name).sort()).toEqual([
      'Journal 1',
      'Second',
    ]);
    // While choosing there is no journal behind any journal channel.
    expect(await call('vault.status')).toMatchObject({ error: { code: 'LOCKED' } });
    expect(await call('journal.list', {})).toMatchObject({ error: { code: 'LOCKED' } });
  });

  it('switching locks the open journal first: its database is closed and its session gone', async () => {
    const two = await setUpTwoJournals(mend);
    const openB = mend.vault;
    expect(openB.isUnlocked()).toBe(true);
    const events: string[] = [];
    const stop = mend.bus.connect((name) => events.push(name));
    expect(await call('journals.leave')).toMatchObject({ value: { current: null } });
    stop();
    expect(events).toContain('vault.locked');
    expect(openB.isUnlocked()).toBe(false);
    expect(() => openB.db()).toThrow(/locked/i);
    expect(existsSync(join(two.b.dir, 'journal.mend.open'))).toBe(false);
    expect(await call('journal.list', {})).toMatchObject({ error: { code: 'LOCKED' } });
  });

  it('only the person inside a journal can rename it, and names stay distinct', async () => {
    const two = await setUpTwoJournals(mend);
    expect(await call('journals.rename', { id: two.a.id, name: 'Taken over' })).toMatchObject({
      error: { code: 'LOCKED' },
    });
    expect(await call('journals.rename', { id: two.b.id, name: 'journal 1' })).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    expect(await call('journals.rename', { id: two.b.id, name: '\u0007bell' })).toMatchObject({
      error: { code: 'VALIDATION' },
    });
    expect(await call('journals.rename', { id: two.b.id, name: '  Evenings  ' })).toMatchObject({
      value: { current: { id: two.b.id, name: 'Evenings' } },
    });
    await restart();
    const listed = (await caller(mend)('journals.list')) as { journals: { id: string; name: string }[] };
    expect(listed.journals.find((journal) => journal.id === two.b.id)?.name).toBe('Evenings');
    expect(listed.journals.find((journal) => journal.id === two.a.id)?.name).toBe('Journal 1');
  });

  it('a journal left before its passphrase is set leaves nothing behind', async () => {
    await setUpVault(mend);
    await call('vault.lock', { reason: 'manual' });
    await call('journals.create', {});
    await call('settings.update', { theme: 'dark' });
    const before = await readdir(join(temp.path, 'data', 'journals'));
    expect(before).toHaveLength(2);
    expect(await call('journals.leave')).toMatchObject({ value: { journals: [{ name: 'Journal 1' }], current: { name: 'Journal 1' } } });
    expect(await readdir(join(temp.path, 'data', 'journals'))).toHaveLength(1);
  });

  it('keychain: refused while two journals exist, and a remembered unlock is switched off when the second is made', async () => {
    await setUpVault(mend, PASSPHRASE_A);
    expect(await call('vault.enableKeychain', { passphrase: PASSPHRASE_A })).toMatchObject({ value: { enabled: true } });
    const keyA = mend.vault.paths.keyFile;
    expect(JSON.parse(await readFile(keyA, 'utf8'))).toHaveProperty('keychain');
    await call('vault.lock', { reason: 'manual' });
    await call('journals.create', { name: 'Second' });
    await setUpVault(mend, PASSPHRASE_B);
    expect(JSON.parse(await readFile(keyA, 'utf8'))).not.toHaveProperty('keychain');
    expect(await call('vault.keychainStatus')).toEqual({
      ok: true,
      value: { available: false, enabled: false, refused: 'several-journals' },
    });
    const refused = await call('vault.enableKeychain', { passphrase: PASSPHRASE_B });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((refused as { error: { message: string } }).error.message).toMatch(/anyone using this computer account/);
    await call('vault.lock', { reason: 'manual' });
    const listed = (await caller(mend)('journals.list')) as { journals: { id: string; name: string }[] };
    const first = listed.journals.find((journal) => journal.name === 'Journal 1');
    await call('journals.choose', { id: first?.id });
    expect(await call('vault.unlockWithKeychain')).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await call('vault.status')).toMatchObject({ value: { state: 'locked' } });
  });

  it('removal needs that journal\'s passphrase or recovery key, says what goes, and erases its folder only', async () => {
    const two = await setUpTwoJournals(mend);
    await call('vault.lock', { reason: 'manual' });
    expect(await call('journals.removalPlan', { id: two.b.id })).toMatchObject({
      value: { name: 'Second', backups: 1, damagedCopies: 0 },
    });
    // A's secrets never remove B.
    expect(await call('journals.remove', { id: two.b.id, method: 'passphrase', secret: PASSPHRASE_A })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(
      await call('journals.remove', { id: two.b.id, method: 'recovery', secret: two.a.recoveryKey }),
    ).toMatchObject({ error: { code: 'WRONG_SECRET' } });
    expect(existsSync(two.b.dir)).toBe(true);
    const aFiles = filesUnder(two.a.dir).sort();
    const removed = await call('journals.remove', { id: two.b.id, method: 'recovery', secret: two.b.recoveryKey });
    expect(removed).toMatchObject({ value: { journals: [{ id: two.a.id }], current: { id: two.a.id } } });
    expect(existsSync(two.b.dir)).toBe(false);
    expect(await readdir(join(temp.path, 'data', 'journals'))).toEqual([two.a.id]);
    expect(filesUnder(two.a.dir).sort()).toEqual(aFiles);
    expect(await call('vault.unlock', { method: 'passphrase', secret: PASSPHRASE_A })).toMatchObject({
      value: { state: 'unlocked' },
    });
    expect(JSON.stringify(await call('journal.list', {}))).toContain(two.a.canary);
  });

  it('removing the journal that is open is refused until it is locked', async () => {
    await setUpVault(mend);
    const { value } = (await call('journals.list')) as { value: { current: { id: string } } };
    expect(await call('journals.remove', { id: value.current.id, method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    await call('vault.lock', { reason: 'manual' });
    expect(await call('journals.remove', { id: value.current.id, method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
      value: { journals: [], current: { name: 'Journal 1' } },
    });
    expect(await call('vault.status')).toMatchObject({ value: { state: 'none' } });
  });

  it("one journal's key file put in another's folder is named as another journal's, never used", async () => {
    const two = await setUpTwoJournals(mend);
    await call('vault.lock', { reason: 'manual' });
    await copyFile(join(two.b.dir, 'journal.mend.key'), join(two.a.dir, 'journal.mend.key'));
    await restart();
    await call('journals.choose', { id: two.a.id });
    expect(await call('vault.status')).toMatchObject({ value: { state: 'damaged', damage: { file: 'keyMismatch' } } });
    expect(await call('vault.unlock', { method: 'passphrase', secret: PASSPHRASE_B })).toMatchObject({ ok: false });
    expect(mend.vault.isUnlocked()).toBe(false);
  });

  it('a .mend file restores into a new journal and never over another', async () => {
    await setUpVault(mend, PASSPHRASE_A);
    await call('journal.create', { title: 'Kept', body: 'words to carry over' });
    saveTarget.file = join(temp.path, 'carry.mend');
    expect(await call('transfer.backupFile')).toMatchObject({ value: { status: 'saved' } });
    await call('journal.create', { title: 'Later', body: 'written after the file was saved' });
    await call('vault.lock', { reason: 'manual' });
    saveTarget.openFile = join(temp.path, 'carry.mend');
    // Over the existing journal: refused, nothing changed.
    expect(await call('transfer.restoreBackupFile')).toMatchObject({ error: { code: 'CONFLICT' } });
    await call('journals.create', { name: 'From the file' });
    expect(await call('transfer.restoreBackupFile')).toMatchObject({ value: { status: 'restored' } });
    const listed = (await caller(mend)('journals.list')) as { journals: { id: string; name: string }[] };
    expect(listed.journals.map((journal) => journal.name).sort()).toEqual(['From the file', 'Journal 1']);
    expect(await call('vault.unlock', { method: 'passphrase', secret: PASSPHRASE_A })).toMatchObject({
      value: { state: 'unlocked' },
    });
    const restored = JSON.stringify(await call('journal.list', {}));
    expect(restored).toContain('words to carry over');
    expect(restored).not.toContain('written after');
    await call('vault.lock', { reason: 'manual' });
    const first = listed.journals.find((journal) => journal.name === 'Journal 1');
    await call('journals.choose', { id: first?.id });
    await call('vault.unlock', { method: 'passphrase', secret: PASSPHRASE_A });
    expect(JSON.stringify(await call('journal.list', {}))).toContain('written after');
  });
});
