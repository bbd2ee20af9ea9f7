import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Settings, type SettingsPatch } from '../../shared/ipc/contracts/settings';
import { atomicWrite } from '../fs/atomicWrite';

export interface SettingsService {
  get(): Promise<Settings>;
  update(patch: SettingsPatch): Promise<Settings>;
  /** Calls `listener` after every saved update (window privacy, theme). Returns a remover. */
  onChange(listener: (settings: Settings) => void): () => void;
}

export const SETTINGS_FILE = 'settings.json';

/**
 * Preferences in a small JSON file beside the vault, validated on every read. A missing
 * file means defaults. Writes are atomic, so a crash never leaves half a file.
 */
export function createSettingsService(dataDir: string): SettingsService {
  const path = join(dataDir, SETTINGS_FILE);
  let cached: Settings | null = null;
  const listeners = new Set<(settings: Settings) => void>();

  async function read(): Promise<Settings> {
    if (cached !== null) return cached;
    let raw: unknown = {};
    try {
      raw = JSON.parse(await readFile(path, 'utf8'));
    } catch {
      raw = {};
    }
    const parsed = Settings.safeParse(raw);
    cached = parsed.success ? parsed.data : Settings.parse({});
    return cached;
  }

  return {
    get: read,
    async update(patch) {
      const next = Settings.parse({ ...(await read()), ...patch });
      await mkdir(dataDir, { recursive: true, mode: 0o700 });
      await atomicWrite(path, `${JSON.stringify(next, null, 2)}\n`);
      cached = next;
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
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
