import { AppearanceSettings } from '../appearance/AppearanceSettings';
import { JournalsSection } from '../journals/JournalsSection';
import { AboutLine } from './AboutLine';
import { WindowPrivacySettings } from '../appearance/WindowPrivacySettings';
import { BackupSection } from './BackupSection';
import { LockingSection } from './LockingSection';
import { PassphraseSection } from './PassphraseSection';
import { RecoveryKeySection } from './RecoveryKeySection';
import './settings.css';

/** The settings screen: one card per concern. */
export function SettingsScreen() {
  return (
    <main className="screen settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <PassphraseSection />
      <RecoveryKeySection />
      <LockingSection />
      <WindowPrivacySettings />
      <BackupSection />
      <AppearanceSettings />
      <JournalsSection />
      <AboutLine />
    </main>
  );
}
