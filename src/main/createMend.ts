import type { AppInfo } from '../shared/ipc/contract';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatcher';
import { createEventBus, type EventBus } from './ipc/eventBus';
import type { SenderPolicy } from './ipc/senderPolicy';
import { loadContentService } from './services/contentService';

export interface MendOptions {
  /** Folder that holds the encrypted journal and its key file. */
  dataDir: string;
  /** Folder with `content/<locale>/…`. */
  resourcesDir: string;
  version: string;
  policy: SenderPolicy;
  onUnexpectedError?: (channel: string, error: unknown) => void;
}

export interface Mend {
  dispatch: Dispatch;
  bus: EventBus;
  dispose(): Promise<void>;
}

/**
 * The composition root of the main process: builds every service from plain arguments and
 * binds them to the contract. Electron's `index.ts` and the test harness both call this, so
 * tests exercise exactly what the app runs.
 */
export async function createMend(options: MendOptions): Promise<Mend> {
  const content = await loadContentService(options.resourcesDir);
  const bus = createEventBus();

  const handlers: Handlers = {
    'app.info': (): AppInfo => ({
      name: 'Mend',
      version: options.version,
      tracks: content.program().tracks.map(({ id, title, tagline }) => ({ id, title, tagline })),
    }),
  };

  const dispatch = createDispatcher(handlers, {
    policy: options.policy,
    ...(options.onUnexpectedError ? { onUnexpectedError: options.onUnexpectedError } : {}),
  });

  return {
    dispatch,
    bus,
    async dispose() {
      // Services that hold resources (the vault) close here as they are added.
    },
  };
}
