import { useCallback, useState } from 'react';
import type { SettingsPatch } from '@shared/ipc/contract';
import { call, friendlyMessage } from '../api';
import { noteSettings } from './liveSettings';

/** Saves a settings change; on failure keeps a sentence to show, and nothing else changes. */
export function useSettingsUpdate(): { save(patch: SettingsPatch): void; error: string | null } {
  const [error, setError] = useState<string | null>(null);
  const save = useCallback((patch: SettingsPatch) => {
    setError(null);
    call('settings.update', patch).then(noteSettings, (failure: unknown) =>
      setError(friendlyMessage(failure)),
    );
  }, []);
  return { save, error };
}
