import { BackupSection } from './BackupSection';
import { LockingSection } from './LockingSection';
import { PassphraseSection } from './PassphraseSection';
import { RecoveryKeySection } from './RecoveryKeySection';
import './settings.css';

/**
 * The settings screen: one card per concern. Appearance (theme, text size) belongs to its
 * own section component, added to this list by its owner.
 */
export function SettingsScreen() {
  return (
    <main className="screen settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <PassphraseSection />
      <RecoveryKeySection />
      <LockingSection />
      <BackupSection />
    </main>
  );
}
