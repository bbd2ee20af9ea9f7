import type { ProgramContent } from '@shared/content';
import type { MendArchive } from '@shared/export/archiveFormat';
import { documentFromArchive } from '@shared/export/documentFromArchive';
import { localDateOf } from '@shared/dates';
import type { ExportDataSource } from './exportPorts';

/**
 * An `ExportDataSource` built on one function that gathers everything the person wrote as a
 * `MendArchive` (the JSON export's shape); the PDF and Markdown read model is derived from it
 * with the program content. `readArchive` is `vaultArchiveReader` over the program, journal
 * and tracker services (wired in `createExportService`).
 */
export function archiveDataSource(options: {
  program: () => ProgramContent;
  readArchive: () => Promise<MendArchive>;
  now: () => number;
}): ExportDataSource {
  return {
    async load(selection) {
      const archive = await options.readArchive();
      const generatedOn = localDateOf(options.now());
      return documentFromArchive({ program: options.program(), archive, selection, generatedOn });
    },
    archive: () => options.readArchive(),
  };
}
