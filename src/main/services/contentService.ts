import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ProgramContent } from '@shared/content';
import { MendError } from '@shared/errors';

export interface ContentService {
  program(): ProgramContent;
}

/** Reads and validates the program content once; every later call serves the parsed copy. */
export async function loadContentService(resourcesDir: string, locale = 'en'): Promise<ContentService> {
  const file = join(resourcesDir, 'content', locale, 'program.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new MendError('DAMAGED', `The program content for "${locale}" could not be read.`, { file: 'content' });
  }
  const parsed = ProgramContent.safeParse(raw);
  if (!parsed.success) {
    throw new MendError('DAMAGED', `The program content for "${locale}" is not valid.`, { file: 'content' });
  }
  const program = parsed.data;
  return { program: () => program };
}
