import { useCallback, useState } from 'react';
import type { SettingsPatch } from '@shared/ipc/contract';
import { friendlyMessage } from '../api';
import { updateSettings } from './settingsStore';

/**
 * Saves a settings change from a control (a radio, a checkbox, a select); on failure keeps a
 * sentence to show, and the control stays on what main holds. Not a busy action: a
 * second choice made quickly is saved too, and the newest answer wins.
 */
export function useSettingsUpdate(): { save(patch: SettingsPatch): Promise<boolean>; error: string | null } {
  const [error, setError] = useState<string | null>(null);
  const save = useCallback(async (patch: SettingsPatch) => {
    setError(null);
    try {
      await updateSettings(patch);
      return true;
    } catch (failure) {
      setError(friendlyMessage(failure));
      return false;
    }
  }, []);
  return { save, error };
}
