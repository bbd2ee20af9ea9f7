import type { HandlersFor } from '../ipc/dispatcher';
import type { ExportService } from './exportService';

/** Binds the export service to its channels. */
export function exportHandlers(service: ExportService): HandlersFor<'export'> {
  return {
    'export.choices': () => service.choices(),
    'export.pdf': (options) => service.pdf(options),
    'export.stepPdf': (request) => service.stepPdf(request),
    'export.itemPdf': (request) => service.itemPdf(request),
    'export.markdown': (selection) => service.markdown(selection),
    'export.json': () => service.json(),
    'export.showFile': () => ({ shown: service.showLastSaved() }),
  };
}
