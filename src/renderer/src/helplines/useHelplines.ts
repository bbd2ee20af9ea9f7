import { useCallback, useEffect, useState } from 'react';
import {
  countryOfLocale,
  regionForCountry,
  type HelplineFile,
  type HelplineRegion,
} from '@shared/helplines';
import { call } from '../api';
import { updateSettings, useSettings } from '../settings/settingsStore';

export interface Helplines {
  file: HelplineFile;
  /** The region shown: the person's choice, else the system's country, else the page's locale. */
  region: HelplineRegion | null;
  /** True when the region came from the person's own choice (settings), not a guess. */
  chosen: boolean;
  choose(region: HelplineRegion | null): Promise<void>;
}

/** The region the system suggests: Electron's country first, then the renderer's language tag. */
function suggestedRegion(systemCountry: string | null, language: string): HelplineRegion | null {
  return regionForCountry(systemCountry) ?? regionForCountry(countryOfLocale(language));
}

/**
 * The bundled helplines and the region to show, on every screen, locked or not. The choice
 * is kept in settings (outside the vault: it is needed on the lock screen).
 */
export function useHelplines(): Helplines | null {
  const [file, setFile] = useState<HelplineFile | null>(null);
  const [suggested, setSuggested] = useState<HelplineRegion | null>(null);
  const chosen = useSettings()?.helplineCountry ?? null;

  useEffect(() => {
    let current = true;
    call('helplines.list').then(
      (list) => {
        if (!current) return;
        setFile(list.file);
        setSuggested(suggestedRegion(list.systemCountry, navigator.language));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  const choose = useCallback(async (region: HelplineRegion | null) => {
    await updateSettings({ helplineCountry: region });
  }, []);

  if (file === null) return null;
  return { file, region: chosen ?? suggested, chosen: chosen !== null, choose };
}
