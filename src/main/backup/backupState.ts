import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '@shared/errors';
import { atomicWrite } from '../fs/atomicWrite';

const StateSchema = z.object({
  lastFailure: z.object({ at: z.number(), code: z.enum(ERROR_CODES) }).nullable(),
});
type BackupState = z.infer<typeof StateSchema>;

/** Remembers a failed backup across restarts, so the person is told until one succeeds. */
export interface BackupStateFile {
  read(): Promise<BackupState>;
  recordFailure(at: number, code: ErrorCode): Promise<void>;
  clearFailure(): Promise<void>;
}

export function backupStateFile(path: string): BackupStateFile {
  async function read(): Promise<BackupState> {
    try {
      const parsed = StateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      return parsed.success ? parsed.data : { lastFailure: null };
    } catch {
      return { lastFailure: null };
    }
  }
  return {
    read,
    async recordFailure(at, code) {
      await atomicWrite(path, JSON.stringify({ lastFailure: { at, code } }));
    },
    async clearFailure() {
      if ((await read()).lastFailure !== null) await atomicWrite(path, JSON.stringify({ lastFailure: null }));
    },
  };
}
