import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MendError } from '@shared/errors';
import { HelplineFile } from '@shared/helplines';
import type { HelplineList, PersonalNumber } from '@shared/ipc/contract';
import type { VaultService } from '../vault/vaultService';

/** The country the operating system reports (Electron's `app.getLocaleCountryCode()`), or null. */
export type LocaleCountry = () => string | null;

/** Reads and validates `resources/helplines/helplines.json` once, at start-up, like the program. */
export async function loadHelplineFile(resourcesDir: string): Promise<HelplineFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(resourcesDir, 'helplines', 'helplines.json'), 'utf8'));
  } catch {
    throw new MendError('DAMAGED', 'The list of helplines could not be read.');
  }
  const parsed = HelplineFile.safeParse(raw);
  if (!parsed.success) throw new MendError('DAMAGED', 'The list of helplines is not valid.');
  return parsed.data;
}

/**
 * The bundled helplines with the system's country: public facts for every screen, locked,
 * choosing a journal or not (an app channel, not a journal's).
 */
export function createHelplineList(file: HelplineFile, localeCountry?: LocaleCountry): () => HelplineList {
  const systemCountry = (): string | null => {
    try {
      const code = localeCountry?.() ?? null;
      return code !== null && /^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : null;
    } catch {
      return null; // An unknown locale is no reason to hide the numbers.
    }
  };
  return () => ({ file, systemCountry: systemCountry() });
}

export interface PersonalNumbers {
  get(): PersonalNumber | null;
  save(personal: PersonalNumber | null): PersonalNumber | null;
}

const PERSONAL_KEY = 'personal_helpline';

/**
 * The person's own number (a counsellor, a friend), kept in the journal's encrypted key-value
 * table, so it exists only while that journal is unlocked.
 */
export function createPersonalNumbers(vault: Pick<VaultService, 'db'>): PersonalNumbers {
  return {
    get() {
      const row = vault.db().prepare('SELECT value FROM vault_meta WHERE key = ?').get(PERSONAL_KEY) as
        { value: string } | undefined;
      return row === undefined ? null : (JSON.parse(row.value) as PersonalNumber);
    },
    save(personal) {
      const db = vault.db();
      if (personal === null) db.prepare('DELETE FROM vault_meta WHERE key = ?').run(PERSONAL_KEY);
      else {
        db.prepare('INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)').run(
          PERSONAL_KEY,
          JSON.stringify({ label: personal.label, number: personal.number }),
        );
      }
      return personal;
    },
  };
}
