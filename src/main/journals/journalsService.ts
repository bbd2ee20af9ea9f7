import { existsSync } from 'node:fs';
import type { SecretMethod } from '@shared/ipc/contracts/vault';
import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MendError } from '@shared/errors';
import type { JournalList, RemovalPlan } from '@shared/ipc/contracts/journals';
import { serialQueue } from '../concurrency/oneAtATime';
import { eraseFolder } from '../fs/eraseFolder';
import { fsyncDir } from '../fs/atomicWrite';
import { readKeyFile, writeKeyFile } from '../vault/keyFile';
import { wipe } from '../vault/secretBytes';
import { createUnlockThrottle } from '../vault/unlockThrottle';
import { vaultPaths } from '../vault/vaultPaths';
import { unwrapSecret, wrongSecret } from '../vault/vaultSecrets';
import { holdsVault, journalLayout, newJournalId, type JournalLayout } from './journalLayout';
import { createJournalRegistry, type JournalEntry, type JournalRegistry } from './journalRegistry';
import type { JournalScope } from './journalScope';
import { markedJournals, migrateLegacyLayout } from './legacyMigration';

const REMOVING_SUFFIX = '.removing';
/** The id the old layout is known by while it cannot be moved (a read-only or full disk). */
const LEGACY_IN_PLACE_ID = '0000000000000000';

export interface JournalsService {
  layout: JournalLayout;
  registry: JournalRegistry;
  /** Moves the old layout in, finishes a cut-off removal, and picks the journal to start with. */
  start(): Promise<void>;
  list(): Promise<JournalList>;
  choose(id: string): Promise<JournalList>;
  leave(): Promise<JournalList>;
  create(name: string | undefined): Promise<JournalList>;
  rename(id: string, name: string): Promise<JournalList>;
  removalPlan(id: string): Promise<RemovalPlan>;
  remove(id: string, method: SecretMethod, secret: string): Promise<JournalList>;
  /** The chosen journal's services, or null when the person is choosing. */
  current(): JournalScope | null;
  /** Called once a journal being created has its passphrase (or a restored key file). */
  registerCurrent(): Promise<void>;
  /** True while more than one journal exists: "remember on this computer" is refused. */
  severalJournals(): Promise<boolean>;
  /** Told after every change of the current journal (settings follow it). */
  onSwitch(listener: () => void): () => void;
  dispose(): Promise<void>;
}

export interface JournalsOptions {
  dataDir: string;
  now?: () => number;
  /** Builds one journal's services over its folder. */
  openScope(dir: string): JournalScope;
}

interface Current {
  id: string;
  name: string;
  /** A journal being created: not in the registry until its passphrase is set. */
  pending: boolean;
  scope: JournalScope;
}

/**
 * Several private journals in one data folder, one open at a time. The registry only names
 * them; each journal is its own vault in its own folder with its own services, built when
 * it is chosen and dropped (locked, keys zeroed) before another one is.
 */
export function createJournalsService(options: JournalsOptions): JournalsService {
  const layout = journalLayout(options.dataDir);
  const now = options.now ?? Date.now;
  const registry = createJournalRegistry(layout, now);
  const switchListeners = new Set<() => void>();
  let current: Current | null = null;
  /** The old layout could not be moved: it is opened where it is, as the one journal. */
  let legacyInPlace = false;
  // One change at a time: a choose racing a create must not leave two scopes.
  /** One registry or journal change at a time, in order. */
  const serial = serialQueue();

  async function snapshot(): Promise<JournalList> {
    const journals = await registry.list();
    return { journals, current: current === null ? null : { id: current.id, name: current.name } };
  }

  function requireLocked(): void {
    if (current?.scope.vault.isUnlocked() === true) {
      throw new MendError('CONFLICT', 'Lock this journal first. Nothing was changed.');
    }
  }

  /** Switching away: the open journal is locked first (its database closed, its keys zeroed). */
  async function lockCurrent(): Promise<void> {
    if (current?.scope.vault.isUnlocked() === true) await current.scope.vault.lock('manual');
  }

  async function drop(): Promise<void> {
    if (current === null) return;
    const { scope, pending } = current;
    current = null;
    await scope.dispose();
    // A journal left before its passphrase was set leaves nothing behind (settings chosen
    // on its welcome screen at most).
    if (pending && !holdsVault(scope.dir)) await rm(scope.dir, { recursive: true, force: true });
  }

  async function open(entry: JournalEntry, pending: boolean, dir = layout.journalDir(entry.id)): Promise<void> {
    await drop();
    current = { ...entry, pending, scope: options.openScope(dir) };
    for (const listener of switchListeners) {
      try {
        listener();
      } catch {
        // A listener (window settings) must never keep a journal from opening.
      }
    }
  }

  async function startNew(name: string | undefined): Promise<void> {
    if (legacyInPlace) {
      throw new MendError(
        'READ_ONLY',
        'Mend could not move your journal into its new place on this disk, so another journal cannot be added yet. Your journal is unchanged.',
      );
    }
    const chosen = name ?? (await registry.nextDefaultName());
    const taken = (await registry.list()).some((entry) => entry.name.toLowerCase() === chosen.toLowerCase());
    if (taken) throw new MendError('CONFLICT', 'Another journal already has that name. Please choose another.');
    await open({ id: newJournalId(), name: chosen }, true);
  }

  /** With one journal, it is simply the one; with none, first setup; with more, the person chooses. */
  async function settle(): Promise<void> {
    if (legacyInPlace) {
      await open({ id: LEGACY_IN_PLACE_ID, name: 'Journal 1' }, false, layout.dataDir);
      return;
    }
    const journals = await registry.list();
    if (journals.length === 1) await open(journals[0] as JournalEntry, false);
    else if (journals.length === 0) await startNew(undefined);
    else await drop();
  }

  async function find(id: string): Promise<JournalEntry> {
    const entry = (await registry.list()).find((known) => known.id === id);
    if (entry === undefined) throw new MendError('NOT_FOUND', 'That journal is not on this computer.');
    return entry;
  }

  /** Once a second journal exists, no journal may be opened by the keychain any more. */
  async function forgetKeychainUnlocks(): Promise<void> {
    for (const { id } of await registry.list()) {
      const keyPath = vaultPaths(layout.journalDir(id)).keyFile;
      try {
        const { keychain, ...rest } = await readKeyFile(keyPath);
        if (keychain !== undefined) await writeKeyFile(keyPath, rest);
      } catch {
        // A damaged key file is reported when that journal is chosen; it opens nothing now.
      }
    }
  }

  async function countEntries(dir: string): Promise<number> {
    try {
      return (await readdir(dir)).filter((name) => !name.startsWith('.')).length;
    } catch {
      return 0;
    }
  }

  /** Finishes erasing journals whose removal a crash cut off. */
  async function finishRemovals(): Promise<void> {
    if (!existsSync(layout.journalsDir)) return;
    for (const name of await readdir(layout.journalsDir)) {
      if (name.endsWith(REMOVING_SUFFIX)) await eraseFolder(join(layout.journalsDir, name));
    }
  }

  return {
    layout,
    registry,
    start: () =>
      serial(async () => {
        try {
          await migrateLegacyLayout(layout, registry);
        } catch {
          // Before the move's commit point the old layout is whole: open it where it is, and
          // try again at the next start. After it, the new journal is whole: open that one.
          const moved = await markedJournals(layout).catch(() => []);
          legacyInPlace = moved.length === 0 && holdsVault(layout.dataDir);
        }
        try {
          await finishRemovals();
        } catch {
          // A half-erased journal is never offered (its folder was renamed); erasing goes on next time.
        }
        await settle();
      }),
    list: () => serial(snapshot),
    choose: (id) =>
      serial(async () => {
        if (current?.id === id) return snapshot();
        requireLocked();
        await open(await find(id), false);
        return snapshot();
      }),
    leave: () =>
      serial(async () => {
        await lockCurrent();
        await drop();
        const journals = await registry.list();
        // With one journal or none there is nothing to choose between.
        if (journals.length <= 1) await settle();
        return snapshot();
      }),
    create: (name) =>
      serial(async () => {
        await lockCurrent();
        await startNew(name);
        return snapshot();
      }),
    rename: (id, name) =>
      serial(async () => {
        // Only the person inside a journal may rename it.
        if (current?.id !== id || !current.scope.vault.isUnlocked()) {
          throw new MendError('LOCKED', 'Open this journal to rename it.');
        }
        const clash = (await registry.list()).some(
          (entry) => entry.id !== id && entry.name.toLowerCase() === name.toLowerCase(),
        );
        if (clash) throw new MendError('CONFLICT', 'Another journal already has that name. Please choose another.');
        await registry.put({ id, name });
        current.name = name;
        return snapshot();
      }),
    removalPlan: (id) =>
      serial(async () => {
        const entry = await find(id);
        const paths = vaultPaths(layout.journalDir(id));
        return {
          name: entry.name,
          backups: await countEntries(paths.backups),
          damagedCopies: (await countEntries(paths.quarantine)) + (await countEntries(paths.replaced)),
        };
      }),
    remove: (id, method, secret) =>
      serial(async () => {
        await find(id);
        if (current?.id === id) requireLocked();
        const dir = layout.journalDir(id);
        const paths = vaultPaths(dir);
        // The same wait after wrong guesses as that journal's unlock screen.
        const throttle = createUnlockThrottle(paths.throttle, now);
        await throttle.assertAllowed();
        const dataKey = await unwrapSecret(await readKeyFile(paths.keyFile), method, secret);
        if (dataKey === null) throw wrongSecret(method, await throttle.recordFailure());
        wipe(dataKey);
        if (current?.id === id) await drop();
        // Out of the chooser at once; a crash mid-erase is finished at the next start.
        const removing = `${dir}${REMOVING_SUFFIX}`;
        await rename(dir, removing);
        await fsyncDir(layout.journalsDir);
        await registry.drop(id);
        const moved = vaultPaths(removing);
        await eraseFolder(removing, [moved.keyFile, moved.database, moved.wal]);
        if (current === null) await settle();
        return snapshot();
      }),
    current: () => current?.scope ?? null,
    registerCurrent: () =>
      serial(async () => {
        if (current === null || !current.pending) return;
        await registry.put({ id: current.id, name: current.name });
        current.pending = false;
        if ((await registry.list()).length > 1) await forgetKeychainUnlocks();
      }),
    severalJournals: async () => (await registry.list()).length > 1,
    onSwitch(listener) {
      switchListeners.add(listener);
      return () => switchListeners.delete(listener);
    },
    dispose: () => serial(drop),
  };
}
