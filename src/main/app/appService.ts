import type { AppInfo } from '@shared/ipc/contract';
import type { ContentService } from '../services/contentService';

/** What the app says about itself before any journal is open: its name, version and tracks. */
export interface AppService {
  info(): AppInfo;
}

export function createAppService(options: { version: string; content: ContentService }): AppService {
  return {
    info: () => ({
      name: 'Mend',
      version: options.version,
      tracks: options.content.program().tracks.map(({ id, title, tagline }) => ({ id, title, tagline })),
    }),
  };
}
