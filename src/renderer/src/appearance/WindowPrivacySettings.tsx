import './settingsSections.css';
import { useSettings } from '../settings/settingsStore';
import { useSettingsUpdate } from '../settings/useSettingsUpdate';
import { FieldError } from '../components/FieldError';
import { SettingsSection } from '../settings/SettingsSection';

/**
 * The "Privacy on screen" section of Settings: cover the window while Mend is in the
 * background, and keep it out of screenshots and screen sharing.
 */
export function WindowPrivacySettings() {
  const settings = useSettings();
  const { save, error } = useSettingsUpdate();
  if (settings === null) return null;
  return (
    <SettingsSection title="Privacy on screen">
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.hideWhenInactive}
          onChange={(event) => void save({ hideWhenInactive: event.target.checked })}
          aria-describedby="hide-when-inactive-note"
        />
        Hide Mend when you switch to another window
      </label>
      <p id="hide-when-inactive-note" className="quiet">
        A plain screen covers Mend while it is in the background or minimized.
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.screenCaptureProtection}
          onChange={(event) => void save({ screenCaptureProtection: event.target.checked })}
          aria-describedby="screen-capture-note"
        />
        Keep Mend out of screenshots and screen sharing
      </label>
      <p id="screen-capture-note" className="quiet">
        Works on Windows and macOS. Linux does not offer this, so there Mend shows as usual.
      </p>
      <FieldError error={error} />
    </SettingsSection>
  );
}
