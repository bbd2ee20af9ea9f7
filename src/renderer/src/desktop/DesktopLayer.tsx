import { useEffect } from 'react';
import { DEFAULT_SETTINGS } from '@shared/ipc/contract';
import { applyAppearance } from '../appearance/applyAppearance';
import { useSettings } from '../settings/settingsStore';
import { PrivacyCover } from './PrivacyCover';
import { usePrivacyCover } from './usePrivacyCover';

/**
 * What makes the window follow the settings, outside any one screen: theme and text size on
 * <html>, and the privacy cover. Mounted once beside <App /> so it works on every screen,
 * locked or not.
 */
export function DesktopLayer() {
  const settings = useSettings();
  const { covered, uncover } = usePrivacyCover(settings?.hideWhenInactive ?? DEFAULT_SETTINGS.hideWhenInactive);

  useEffect(() => {
    if (settings !== null) applyAppearance(document.documentElement, settings);
  }, [settings]);

  useEffect(() => {
    document.documentElement.classList.toggle('privacy-covered', covered);
  }, [covered]);

  return covered ? <PrivacyCover onReturn={uncover} /> : null;
}
