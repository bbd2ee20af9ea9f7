import { randomBytes } from 'node:crypto';
import { readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createTestMend, TEST_PASSPHRASE, trustedSender } from './core';
import { flipBit } from './files';

/**
 * What a damaged start must come to: the recovery state for a file (reported by vault.status
 * before or right after the unlock attempt, which is refused), a typed refusal at unlock, or
 * (damaged settings, the crash control) a journal that opens.
 */
export type Outcome =
  | { damaged: 'database' | 'key' | 'keyMismatch' | 'wal' }
  | { damaged: 'settings'; opens: true }
  | { unlockError: 'NEWER_VERSION' | 'READ_ONLY' | 'WRONG_SECRET' }
  | { opens: true };

export interface DamageVariant {
  name: string;
  /** Which golden folder to start from: a cleanly locked vault, or a copy taken while it ran. */
  from: 'locked' | 'crash';
  /** The file (relative to the journal's folder) that is damaged; null when it is removed. */
  file: string | null;
  /** `dataDir` is the whole data folder (the journals registry and the journal's folder). */
  damage(path: string, dataDir: string, journalDir: string): Promise<void>;
  outcome: Outcome;
  /** The file must also be copied, byte for byte, into damaged/. */
  copiedAside: boolean;
  /** Runs on a small filesystem remounted read-only after the damage. */
  readOnlyDisk?: boolean;
}

const DB = 'journal.mend.db';
const WAL = 'journal.mend.db-wal';
const KEY = 'journal.mend.key';
const SETTINGS = 'settings.json';

const sizeOf = async (path: string) => (await stat(path)).size;

/** A database someone made with its own tools: right format, another cipher or no cipher. */
function foreignDatabase(path: string, setup: (db: Database.Database) => void): void {
  const db = new Database(path);
  try {
    setup(db);
    db.exec("CREATE TABLE t (x TEXT) STRICT; INSERT INTO t VALUES ('not a Mend journal')");
  } finally {
    db.close();
  }
}

async function replaceWithForeign(path: string, setup: (db: Database.Database) => void): Promise<void> {
  await rm(path);
  foreignDatabase(path, setup);
}

/** The same journal, written by a Mend whose schema is newer than this build knows. */
async function fromNewerVersion(dataDir: string): Promise<void> {
  const mend = await createTestMend(dataDir);
  try {
    await mend.dispatch('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE }, trustedSender);
    mend.vault.db().pragma('user_version = 999');
    await mend.vault.lock('manual');
  } finally {
    await mend.dispose();
  }
}

async function rewriteJson(path: string, change: (value: Record<string, unknown>) => void): Promise<void> {
  const value = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  change(value);
  await writeFile(path, JSON.stringify(value));
}

/** Flips one character of a base64 field, keeping the JSON valid. */
function flipBase64(value: unknown): string {
  const text = String(value);
  const at = Math.floor(text.length / 2);
  return `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
}

const removed = async (path: string) => rm(path);

export const DAMAGE_VARIANTS: readonly DamageVariant[] = [
  {
    name: 'database: zero bytes',
    from: 'locked',
    file: DB,
    damage: (p) => writeFile(p, ''),
    outcome: { damaged: 'database' },
    copiedAside: true,
  },
  {
    name: 'database: cut off mid-page',
    from: 'locked',
    file: DB,
    damage: async (p) => truncate(p, (await sizeOf(p)) - 1000),
    outcome: { damaged: 'database' },
    copiedAside: true,
  },
  {
    name: 'database: cut off at a page boundary',
    from: 'locked',
    file: DB,
    damage: async (p) => truncate(p, (await sizeOf(p)) - 4096),
    outcome: { damaged: 'database' },
    copiedAside: true,
  },
  {
    name: 'database: only the first page left',
    from: 'locked',
    file: DB,
    damage: (p) => truncate(p, 4096),
    outcome: { damaged: 'database' },
    copiedAside: true,
  },
  {
    name: 'database: random bytes',
    from: 'locked',
    file: DB,
    damage: async (p) => writeFile(p, randomBytes(await sizeOf(p))),
    outcome: { damaged: 'database' },
    copiedAside: true,
  },
  {
    name: 'database: a bit flipped in a data page',
    from: 'locked',
    file: DB,
    damage: async (p) => flipBit(p, (await sizeOf(p)) - 2048, 3),
    outcome: { damaged: 'database' },
    copiedAside: true,
  },
  {
    name: 'database: a bit flipped in the first page',
    from: 'locked',
    file: DB,
    damage: (p) => flipBit(p, 100, 0),
    outcome: { damaged: 'database' },
    copiedAside: true,
  },
  {
    name: 'database: a bit flipped in the clear header',
    from: 'locked',
    file: DB,
    damage: (p) => flipBit(p, 17, 1),
    outcome: { damaged: 'database' },
    copiedAside: true,
  },
  {
    name: 'database: same cipher, another key',
    from: 'locked',
    file: DB,
    damage: (p) =>
      replaceWithForeign(p, (db) => {
        db.pragma(`cipher = 'chacha20'`);
        db.pragma(`key = "x'${randomBytes(32).toString('hex')}'"`);
      }),
    // The file's cipher salt is not the one the key file was made for: a mismatched pair.
    outcome: { damaged: 'keyMismatch' },
    copiedAside: true,
  },
  {
    name: 'database: wrong cipher (SQLCipher 4)',
    from: 'locked',
    file: DB,
    damage: (p) =>
      replaceWithForeign(p, (db) => {
        db.pragma(`cipher = 'sqlcipher'`);
        db.pragma('legacy = 4');
        db.pragma(`key = 'another secret'`);
      }),
    outcome: { damaged: 'database' },
    copiedAside: true,
  },
  {
    name: 'database: plain unencrypted SQLite',
    from: 'locked',
    file: DB,
    damage: (p) => replaceWithForeign(p, () => undefined),
    outcome: { damaged: 'database' },
    copiedAside: true,
  },
  {
    name: 'database: from a newer version of Mend',
    from: 'locked',
    file: DB,
    damage: (_p, dir) => fromNewerVersion(dir),
    outcome: { unlockError: 'NEWER_VERSION' },
    copiedAside: false,
  },
  {
    name: 'database: missing, key file kept',
    from: 'locked',
    file: null,
    damage: (_p, _data, journal) => removed(join(journal, DB)),
    outcome: { damaged: 'database' },
    copiedAside: false,
  },
  {
    name: 'crash: WAL missing',
    from: 'crash',
    file: DB,
    damage: (_p, _data, journal) => removed(join(journal, WAL)),
    outcome: { damaged: 'wal' },
    copiedAside: true,
  },
  {
    name: 'crash: WAL full of random bytes',
    from: 'crash',
    file: WAL,
    damage: async (p) => writeFile(p, randomBytes(await sizeOf(p))),
    outcome: { damaged: 'wal' },
    copiedAside: true,
  },
  {
    name: 'crash: WAL intact (control: opens with the newest words)',
    from: 'crash',
    file: null,
    damage: async () => undefined,
    outcome: { opens: true },
    copiedAside: false,
  },
  {
    name: 'key file: zero bytes',
    from: 'locked',
    file: KEY,
    damage: (p) => writeFile(p, ''),
    outcome: { damaged: 'key' },
    copiedAside: true,
  },
  {
    name: 'key file: cut off',
    from: 'locked',
    file: KEY,
    damage: async (p) => truncate(p, Math.floor((await sizeOf(p)) / 2)),
    outcome: { damaged: 'key' },
    copiedAside: true,
  },
  {
    name: 'key file: random bytes',
    from: 'locked',
    file: KEY,
    damage: async (p) => writeFile(p, randomBytes(await sizeOf(p))),
    outcome: { damaged: 'key' },
    copiedAside: true,
  },
  {
    name: 'key file: missing',
    from: 'locked',
    file: null,
    damage: (_p, _data, journal) => removed(join(journal, KEY)),
    outcome: { damaged: 'key' },
    copiedAside: false,
  },
  {
    name: 'key file: from a newer format version',
    from: 'locked',
    file: KEY,
    damage: (p) =>
      rewriteJson(p, (v) => {
        v['version'] = 3;
      }),
    outcome: { damaged: 'key' },
    copiedAside: true,
  },
  {
    name: 'key file: wrapped key altered (valid JSON)',
    from: 'locked',
    file: KEY,
    damage: (p) =>
      rewriteJson(p, (v) => {
        const sealed = (v['passphrase'] as { sealed: Record<string, unknown> }).sealed;
        sealed['ciphertext'] = flipBase64(sealed['ciphertext']);
      }),
    // The checksum catches it before any secret is typed: key damage, not a wrong passphrase.
    outcome: { damaged: 'key' },
    copiedAside: true,
  },
  {
    name: 'settings: cut off',
    from: 'locked',
    file: SETTINGS,
    damage: async (p) => truncate(p, Math.floor((await sizeOf(p)) / 2)),
    outcome: { damaged: 'settings', opens: true },
    copiedAside: true,
  },
  {
    name: 'settings: zero bytes',
    from: 'locked',
    file: SETTINGS,
    damage: (p) => writeFile(p, ''),
    outcome: { damaged: 'settings', opens: true },
    copiedAside: true,
  },
  {
    name: 'settings: random bytes',
    from: 'locked',
    file: SETTINGS,
    damage: async (p) => writeFile(p, randomBytes(200)),
    outcome: { damaged: 'settings', opens: true },
    copiedAside: true,
  },
  {
    name: 'settings: valid JSON of the wrong shape',
    from: 'locked',
    file: SETTINGS,
    damage: (p) => writeFile(p, '{"autoLockMinutes": "soon", "theme": 7}'),
    outcome: { damaged: 'settings', opens: true },
    copiedAside: true,
  },
  {
    name: 'data folder: read-only disk',
    from: 'locked',
    file: null,
    damage: async () => undefined,
    outcome: { unlockError: 'READ_ONLY' },
    copiedAside: false,
    readOnlyDisk: true,
  },
];
