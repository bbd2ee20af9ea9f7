import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MendError } from '@shared/errors';
import { Settings, type SettingsPatch } from '@shared/ipc/contracts/settings';
import { atomicWrite } from '../fs/atomicWrite';
import { copyAside } from '../fs/copyAside';
import { vaultPaths } from '../vault/vaultPaths';

export interface SettingsService {
  get(): Promise<Settings>;
  update(patch: SettingsPatch): Promise<Settings>;
  /** Calls `listener` after every saved update (window privacy, theme). Returns a remover. */
  onChange(listener: (settings: Settings) => void): () => void;
  /** True when the file exists but could not be read as settings (it was copied aside). */
  isDamaged(): Promise<boolean>;
  /** Writes the defaults over a damaged file, once the person has been told. */
  acceptDefaults(): Promise<void>;
}

export const SETTINGS_FILE = 'settings.json';

/**
 * Preferences in a small JSON file beside the vault, validated on every read. A missing
 * file means defaults. A damaged one also means defaults for now, but it is copied aside
 * untouched and reported, so the recovery screen can say so. Writes are atomic, so a crash
 * never leaves half a file.
 */
export function createSettingsService(dataDir: string, now: () => number = Date.now): SettingsService {
  const path = join(dataDir, SETTINGS_FILE);
  let cached: Settings | null = null;
  const listeners = new Set<(settings: Settings) => void>();
  let damaged = false;

  let reading: Promise<Settings> | null = null;

  /** One read at a time: two callers at start-up must not copy a damaged file aside twice. */
  function read(): Promise<Settings> {
    if (cached !== null) return Promise.resolve(cached);
    reading ??= readFromDisk().finally(() => {
      reading = null;
    });
    return reading;
  }

  async function readFromDisk(): Promise<Settings> {
    let text: string | null = null;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      text = null;
      // Missing means defaults; anything else (a folder in its place, no permission) is a
      // settings file that cannot be used, said so on the recovery screen, never ignored.
      if ((error as { code?: string }).code !== 'ENOENT') damaged = true;
    }
    let parsed: Settings | null = null;
    if (text !== null) {
      try {
        const result = Settings.safeParse(JSON.parse(text));
        parsed = result.success ? result.data : null;
      } catch {
        parsed = null;
      }
      if (parsed === null) {
        await copyAside(path, vaultPaths(dataDir).quarantine, now());
        damaged = true;
      }
    }
    cached = parsed ?? Settings.parse({});
    return cached;
  }

  async function write(next: Settings): Promise<Settings> {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    try {
      await atomicWrite(path, `${JSON.stringify(next, null, 2)}\n`);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') {
        throw new MendError(
          'IO_FAILED',
          `Mend cannot save its settings: something else is in the place of ${path}. The change was not saved.`,
          { file: 'settings', path },
        );
      }
      throw error;
    }
    cached = next;
    damaged = false;
    return next;
  }

  return {
    get: read,
    async update(patch) {
      const next = await write(Settings.parse({ ...(await read()), ...patch }));
      for (const listener of listeners) {
        // The change is already saved: a failing listener must not make it look lost.
        try {
          listener(next);
        } catch {
          // Listeners apply the change to the window; the next start applies it again.
        }
      }
      return next;
    },
    async isDamaged() {
      await read();
      return damaged;
    },
    async acceptDefaults() {
      await read();
      if (damaged) await write(Settings.parse({}));
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
