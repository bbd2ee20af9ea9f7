import type { ProgramContent } from '../../shared/content';
import { emptyArchive, type MendArchive } from '../../shared/export/archiveFormat';
import { documentFromArchive } from '../../shared/export/documentFromArchive';
import { localDateOf } from '../../shared/tracker/dates';
import type { ExportDataSource } from './exportPorts';

/**
 * An `ExportDataSource` built on one function that gathers everything the person wrote as a
 * `MendArchive` (the JSON export's shape); the PDF and Markdown read model is derived from it
 * with the program content. The lead wires `readArchive` to the program, journal and tracker
 * services; until then `emptyArchiveReader` stands in, so an export holds the cover only.
 */
export function archiveDataSource(options: {
  program: () => ProgramContent;
  readArchive: () => Promise<MendArchive>;
  now: () => number;
}): ExportDataSource {
  return {
    async load(selection) {
      const archive = await options.readArchive();
      const generatedOn = localDateOf(new Date(options.now()));
      return documentFromArchive({ program: options.program(), archive, selection, generatedOn });
    },
    archive: () => options.readArchive(),
  };
}

/** What exists on a branch without the journal, program-progress and tracker tables: nothing yet. */
export function emptyArchiveReader(options: {
  vault: { db(): unknown };
  program: () => ProgramContent;
  appVersion: string;
  now: () => number;
}): () => Promise<MendArchive> {
  return async () => {
    options.vault.db(); // throws LOCKED
    const program = options.program();
    return emptyArchive({
      exportedAt: new Date(options.now()).toISOString(),
      appVersion: options.appVersion,
      locale: program.locale,
      contentVersion: program.version,
    });
  };
}
