import type { HandlersFor } from '../ipc/dispatcher';
import type { SettingsService } from './settingsService';

/** Binds the settings service to its channels. */
export function settingsHandlers(settings: SettingsService): HandlersFor<'settings'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
}
