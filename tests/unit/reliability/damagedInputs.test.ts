import { createHash } from 'node:crypto';
import { cp, mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../harness/canarySweep';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { DAMAGE_VARIANTS, type DamageVariant, type Outcome } from '../../harness/damageVariants';
import { sha256File } from '../../harness/files';
import { isSkip, mountSmallDisk } from '../../harness/smallDisk';

const WORDS = 'what I could not say out loud';
const NEWEST = 'written just before the crash';

/** The one journal's folder inside a data folder (the variants damage its files). */
async function journalIn(dataDir: string): Promise<string> {
  const [id] = await readdir(join(dataDir, 'journals'));
  return join(dataDir, 'journals', id ?? 'missing');
}

/** Every file under `dir` (relative path -> sha256), to prove nothing was overwritten or reset. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const path of filesUnder(dir)) out.set(relative(dir, path), await sha256File(path));
  return out;
}

/**
 * One table, every kind of damage: each variant starts the real app core over a damaged copy
 * of a real vault (createMend, vault.status, an unlock with the right passphrase). It must come
 * to the recovery state for the damaged file, or to a typed refusal, never INTERNAL; the
 * damaged file stays exactly where it was (bytes compared), a copy sits in damaged/ when it
 * can be copied, and no file is overwritten, reset, or replaced by a new vault.
 */
describe('damaged inputs: a recovery state or a typed error, and nothing overwritten', () => {
  let root: Awaited<ReturnType<typeof makeTempDir>>;
  const golden = { locked: '', crash: '' };

  beforeAll(async () => {
    root = await makeTempDir('mend-damage-table-');
    golden.locked = join(root.path, 'golden-locked');
    golden.crash = join(root.path, 'golden-crash');
    const mend = await createTestMend(golden.locked);
    const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
    try {
      await setUpVault(mend);
      for (let i = 0; i < 12; i++)
        await call('journal.create', { title: `day ${i}`, body: `${WORDS} ${'.'.repeat(400)}` });
      await call('program.saveNote', { promptId: 'bt-1-honesty.p1', text: WORDS });
      await call('settings.update', { autoLockMinutes: 15 });
      await call('vault.lock', { reason: 'manual' });
      // The crash image: the folder exactly as it is while Mend runs, the WAL holding the newest entry.
      await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
      await call('journal.create', { title: 'newest', body: NEWEST });
      // (A backup the unlock started may be half-written: its temp folder is no part of the image.)
      await cp(golden.locked, golden.crash, {
        recursive: true,
        filter: (path) => !path.includes('.partial-'),
      });
    } finally {
      await mend.dispose();
    }
    expect(await readdir(await journalIn(golden.crash))).toContain('journal.mend.db-wal');
  });
  afterAll(async () => {
    await root.remove();
  });

  it('has at least 20 variants', () => {
    expect(DAMAGE_VARIANTS.length).toBeGreaterThanOrEqual(20);
  });

  async function reached(
    variant: DamageVariant,
    dataDir: string,
  ): Promise<{ outcome: Outcome; newest: boolean }> {
    const mend = await createTestMend(dataDir);
    const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
    type Status = { state: string; damage: { file: string } | null };
    const damagedFile = (result: Awaited<ReturnType<typeof call>>) => {
      expect(result, `${variant.name}: vault.status answers`).toMatchObject({ ok: true });
      const status = (result.ok ? result.value : null) as Status | null;
      return status?.state === 'damaged' ? (status.damage?.file ?? null) : null;
    };
    try {
      const before = damagedFile(await call('vault.status'));
      const unlock = await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
      const after = damagedFile(await call('vault.status'));
      // Nothing is ever replaced by a new vault.
      expect(await call('vault.create', { passphrase: 'a brand new passphrase' })).toMatchObject({
        ok: false,
      });
      const damaged = before ?? after;
      if (unlock.ok) {
        expect(mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
        const newest = mend.journal.search({ text: 'crash', after: null, limit: 5 }).hits.length > 0;
        const outcome = damaged === null ? { opens: true } : { damaged, opens: true };
        return { outcome: outcome as Outcome, newest };
      }
      expect(unlock.error.code, `${variant.name}: unlock`).not.toBe('INTERNAL');
      const outcome = damaged === null ? { unlockError: unlock.error.code } : { damaged };
      return { outcome: outcome as Outcome, newest: false };
    } finally {
      await mend.dispose();
    }
  }

  /** Confirming a WAL damage lets the journal open (older, but whole). */
  async function goOnWithoutTheWal(dataDir: string): Promise<void> {
    const mend = await createTestMend(dataDir);
    const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
    try {
      expect(await call('vault.acknowledgeDamage', { file: 'wal' })).toMatchObject({
        value: { state: 'locked' },
      });
      expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
        value: { state: 'unlocked' },
      });
      expect(mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
      expect(mend.journal.search({ text: 'say', after: null, limit: 5 }).hits.length).toBeGreaterThan(0);
    } finally {
      await mend.dispose();
    }
  }

  /** Files the attempt may legitimately change: the unlock throttle's record, and SQLite's index. */
  const MAY_CHANGE = /^(unlock-throttle\.json|journal\.mend\.db-shm)$/;
  /** ...and, once the journal opened, the journal itself and its backups (an unlock may take one). */
  const MAY_CHANGE_WHEN_OPEN = /^(journal\.mend\.(db|db-wal|db-shm|open)|backups\/.*)$/;
  /** SQLite may create an empty log beside a file it reads; empty, it replaces nothing. */
  const EMPTY = createHash('sha256').digest('hex');

  it.each(DAMAGE_VARIANTS.map((variant) => [variant.name, variant] as const))(
    '%s',
    async (_name, variant) => {
      let dataDir = join(root.path, `case-${DAMAGE_VARIANTS.indexOf(variant)}`);
      const disk = variant.readOnlyDisk === true ? mountSmallDisk(16 * 1024 * 1024) : null;
      if (disk !== null && isSkip(disk)) {
        console.warn(`skipped "${variant.name}": ${disk.skip}`);
        return;
      }
      try {
        if (disk !== null) dataDir = join(disk.path, 'data');
        await mkdir(dataDir, { recursive: true });
        await cp(golden[variant.from], dataDir, {
          recursive: true,
          filter: (path) => !path.includes('.partial-'),
        });
        const journalDir = await journalIn(dataDir);
        const damagedPath = variant.file === null ? null : join(journalDir, variant.file);
        await variant.damage(damagedPath ?? '', dataDir, journalDir);
        disk?.remountReadOnly();
        const before = await snapshot(journalDir);

        const { outcome, newest } = await reached(variant, dataDir);
        expect(outcome).toEqual(variant.outcome);
        const opened = 'opens' in variant.outcome;
        // The control: a crash image with its WAL has every acknowledged write.
        if (opened && variant.from === 'crash') expect(newest).toBe(true);
        // Nothing that was there was changed or removed.
        const after = await snapshot(journalDir);
        for (const [path, digest] of before) {
          if (MAY_CHANGE.test(path) || (opened && MAY_CHANGE_WHEN_OPEN.test(path))) continue;
          expect(after.get(path), `${path} kept untouched`).toBe(digest);
        }
        // Anything new is a copy in damaged/ (or a file the attempt may change).
        const added = [...after.keys()].filter((path) => !before.has(path));
        for (const path of added) {
          if (MAY_CHANGE.test(path) || (opened && MAY_CHANGE_WHEN_OPEN.test(path))) continue;
          if (path === 'journal.mend.db-wal' && after.get(path) === EMPTY) continue;
          expect(path).toMatch(/^damaged\//);
        }
        if (variant.copiedAside && damagedPath !== null) {
          const name = relative(journalDir, damagedPath);
          const copies = added.filter((path) => path.startsWith('damaged/') && path.endsWith(`-${name}`));
          expect(copies, 'one copy in damaged/').toHaveLength(1);
          expect(after.get(copies[0] ?? '')).toBe(before.get(name));
        }
        if ('damaged' in variant.outcome && variant.outcome.damaged === 'wal')
          await goOnWithoutTheWal(dataDir);
      } finally {
        disk?.unmount();
      }
    },
  );
});
