import type { Settings } from '@shared/ipc/contract';
import './settingsSections.css';
import { useSettings } from '../settings/settingsStore';
import { useSettingsUpdate } from '../settings/useSettingsUpdate';
import { FieldError } from '../components/FieldError';
import { SettingsSection } from '../settings/SettingsSection';

const THEMES: readonly { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'Same as this computer' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const TEXT_SIZES: readonly { value: Settings['textSize']; label: string }[] = [
  { value: 'small', label: 'Small' },
  { value: 'normal', label: 'Normal' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
];

/**
 * The Appearance section of Settings: theme and text size. Changes apply at once (the
 * window follows the one settings store). Motion follows the system's reduced-motion choice.
 */
export function AppearanceSettings() {
  const settings = useSettings();
  const { save, error } = useSettingsUpdate();
  if (settings === null) return null;
  return (
    <SettingsSection title="Appearance">
      <fieldset className="choice-group">
        <legend>Colours</legend>
        {THEMES.map((theme) => (
          <label key={theme.value} className="choice">
            <input
              type="radio"
              name="theme"
              value={theme.value}
              checked={settings.theme === theme.value}
              onChange={() => void save({ theme: theme.value })}
            />
            {theme.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>Text size</legend>
        {TEXT_SIZES.map((size) => (
          <label key={size.value} className="choice">
            <input
              type="radio"
              name="text-size"
              value={size.value}
              checked={settings.textSize === size.value}
              onChange={() => void save({ textSize: size.value })}
            />
            {size.label}
          </label>
        ))}
      </fieldset>
      <p className="quiet">Animations follow your computer&apos;s reduced-motion setting.</p>
      <FieldError error={error} />
    </SettingsSection>
  );
}
