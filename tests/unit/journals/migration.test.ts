import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isJournalId, journalLayout } from '../../../src/main/journals/journalLayout';
import { legacyItems, MIGRATION_MARKER } from '../../../src/main/journals/legacyMigration';
import { createTestMend, makeTempDir, trustedSender } from '../../harness/core';
import { killRunCount, runAndKill } from '../../harness/killRuns';
import { copyLegacyFolder, digestsUnder, makeLegacyFolder, type LegacyFolder } from '../../harness/legacyLayout';
import { isSkip, mountSmallDisk } from '../../harness/smallDisk';

const KILL_RUNS = killRunCount(20, 'MEND_MIGRATION_KILL_RUNS');

/** True when `root` holds every file of the old layout, byte for byte. */
function holdsAll(found: Map<string, string>, legacy: LegacyFolder): boolean {
  return [...legacy.digests].every(([path, digest]) => found.get(path) === digest);
}

/** What is on disk right now: the old layout whole, the new one whole (with its id), or neither. */
async function layoutNow(dataDir: string, legacy: LegacyFolder): Promise<{ old: boolean; journal: string | null }> {
  const rootFiles = new Map(
    [...(await digestsUnder(dataDir))].filter(([path]) => !path.startsWith('journals/') && path !== 'journals.json'),
  );
  const layout = journalLayout(dataDir);
  let journal: string | null = null;
  if (existsSync(layout.journalsDir)) {
    for (const name of await readdir(layout.journalsDir)) {
      if (!isJournalId(name)) continue;
      if (holdsAll(await digestsUnder(layout.journalDir(name)), legacy)) journal = name;
    }
  }
  return { old: holdsAll(rootFiles, legacy), journal };
}

/** Starts Mend on the folder and checks the person finds their one journal, whole. */
async function expectOneWholeJournal(dataDir: string, legacy: LegacyFolder): Promise<void> {
  const mend = await createTestMend(dataDir);
  try {
    const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
    const listed = await call('journals.list');
    expect(listed).toMatchObject({ ok: true, value: { journals: [{ name: 'Journal 1' }] } });
    const journalDir = mend.vault.paths.dir;
    // Nothing decrypted or rewritten: the same bytes, in the new place.
    expect(holdsAll(await digestsUnder(journalDir), legacy)).toBe(true);
    for (const item of legacyItems(dataDir)) expect(existsSync(item), item).toBe(false);
    expect(existsSync(join(journalDir, MIGRATION_MARKER))).toBe(false);
    const names = await readdir(journalLayout(dataDir).journalsDir);
    expect(names.filter((name) => !isJournalId(name))).toEqual([]);
    expect(await call('vault.unlock', { method: 'passphrase', secret: legacy.passphrase })).toMatchObject({
      value: { state: 'unlocked' },
    });
    const entries = await call('journal.list', {});
    expect(JSON.stringify(entries)).toContain(legacy.canary);
    expect(await call('settings.get')).toMatchObject({ value: { autoLockMinutes: 15 } });
    expect(await call('backup.list')).toMatchObject({ ok: true });
  } finally {
    await mend.dispose();
  }
}

describe('moving the old layout into the first journal', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let source: string;
  let legacy: LegacyFolder;

  beforeAll(async () => {
    temp = await makeTempDir('mend-migration-');
    source = join(temp.path, 'legacy');
    legacy = await makeLegacyFolder(source);
    expect([...legacy.digests.keys()]).toEqual(
      expect.arrayContaining(['journal.mend.db', 'journal.mend.key', 'settings.json']),
    );
    expect([...legacy.digests.keys()].some((path) => path.startsWith('backups/'))).toBe(true);
  });
  afterAll(async () => {
    await temp.remove();
  });

  it('becomes "Journal 1" at first start, with the same bytes, and opens with the old passphrase', async () => {
    const dataDir = join(temp.path, 'plain');
    await copyLegacyFolder(source, dataDir);
    await expectOneWholeJournal(dataDir, legacy);
    // A second start changes nothing.
    await expectOneWholeJournal(dataDir, legacy);
  });

  it('on a disk that cannot be written, the old layout opens where it is, untouched, and is moved later', async (context) => {
    const disk = mountSmallDisk(32 * 1024 * 1024);
    // Needs root to mount a small tmpfs (CI runs as root); skipped with the mount's own reason otherwise.
    if (isSkip(disk)) {
      context.skip(`skipped: ${disk.skip}`);
      return;
    }
    const dataDir = join(disk.path, 'data');
    try {
      await copyLegacyFolder(source, dataDir);
      disk.remountReadOnly();
      const mend = await createTestMend(dataDir);
      try {
        const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
        expect(await call('vault.status')).toMatchObject({ value: { state: 'locked' } });
        expect(await call('journals.list')).toMatchObject({ value: { current: { name: 'Journal 1' } } });
        expect(await call('journals.create', {})).toMatchObject({ error: { code: 'READ_ONLY' } });
      } finally {
        await mend.dispose();
      }
      expect(holdsAll(await digestsUnder(dataDir), legacy)).toBe(true);
      disk.remountWritable();
      await expectOneWholeJournal(dataDir, legacy);
    } finally {
      disk.unmount();
    }
  });

  it(`survives SIGKILL at ${KILL_RUNS} random points: always the old layout or the new one, never neither`, async () => {
    const seen = { old: 0, new: 0, both: 0 };
    const steps = new Set<string>();
    for (let run = 0; run < KILL_RUNS; run++) {
      const dataDir = join(temp.path, `kill-${run}`);
      await copyLegacyFolder(source, dataDir);
      // The timer starts after a random step (of about a dozen), then waits up to a few ms:
      // kill points spread over the whole move however slow the machine is today.
      const killed = await runAndKill('tests/kill/migrationChild.ts', [dataDir], {
        armAfterLines: randomInt(1, 14),
        maxDelayMs: 4,
      });
      steps.add(killed.lines.at(-1) ?? '(none)');
      const now = await layoutNow(dataDir, legacy);
      expect(now.old || now.journal !== null, `run ${run}, after ${killed.lines.at(-1)}`).toBe(true);
      if (now.old && now.journal !== null) seen.both += 1;
      else if (now.old) seen.old += 1;
      else seen.new += 1;
      await expectOneWholeJournal(dataDir, legacy);
      await rm(dataDir, { recursive: true, force: true });
    }
    // The kills did land on both sides of the commit point.
    if (KILL_RUNS >= 20) {
      expect(seen.old).toBeGreaterThan(0);
      expect(seen.new + seen.both).toBeGreaterThan(0);
    }
    console.info(`migration kill runs: ${JSON.stringify(seen)}; last steps seen: ${[...steps].join(' | ')}`);
  }, 600_000);
});
