import { useId, useState } from 'react';
import type { KeychainStatus } from '@shared/ipc/contract';
import { call } from '../api';
import { useAsync } from '../useAsync';
import { useSettings } from './settingsStore';
import { useSettingsUpdate } from './useSettingsUpdate';
import { Done, SettingsSection } from './SettingsSection';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { ConfirmPassphraseForm } from '../vault/ConfirmPassphraseForm';
import { powerLockSentence } from '@shared/lifecycle/powerLockWords';

const CHOICES: readonly { minutes: number | null; label: string }[] = [
  { minutes: 1, label: '1 minute' },
  { minutes: 5, label: '5 minutes' },
  { minutes: 15, label: '15 minutes' },
  { minutes: 30, label: '30 minutes' },
  { minutes: 60, label: '1 hour' },
  { minutes: null, label: 'Never' },
];

const valueOf = (minutes: number | null) => (minutes === null ? 'never' : String(minutes));

function AutoLockChoice() {
  const settings = useSettings();
  const { save, error } = useSettingsUpdate();
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  if (settings === null) return <p role="status">One moment…</p>;
  const current = settings.autoLockMinutes;
  const choices = CHOICES.some((choice) => choice.minutes === current)
    ? CHOICES
    : [...CHOICES, { minutes: current, label: `${String(current)} minutes` }];

  return (
    <div className="stack">
      <label htmlFor={`${id}-minutes`}>Lock Mend when I have not used it for</label>
      <select
        id={`${id}-minutes`}
        value={valueOf(current)}
        onChange={async (event) => {
          const minutes = event.target.value === 'never' ? null : Number(event.target.value);
          setDone(null);
          if (await save({ autoLockMinutes: minutes })) setDone('Saved.');
        }}
      >
        {choices.map((choice) => (
          <option key={valueOf(choice.minutes)} value={valueOf(choice.minutes)}>
            {choice.label}
          </option>
        ))}
      </select>
      <p className="quiet">{powerLockSentence(navigator.platform)}</p>
      <FieldError error={error} />
      <Done text={done} />
    </div>
  );
}

/** "Remember on this computer" (the OS keychain), shown only where it really protects the key. */
function RememberOnThisComputer() {
  const loaded = useAsync(() => call('vault.keychainStatus'), []);
  const [status, setStatus] = useState<KeychainStatus | null>(null);
  const forget = useBusyAction();
  const current = status ?? (loaded.status === 'ready' ? loaded.value : null);
  if (current?.refused === 'several-journals') {
    return (
      <div className="stack">
        <h3>Remember on this computer</h3>
        <p>
          This is off because there is more than one journal on this computer: anyone using this computer
          account could open a remembered journal. Each journal opens with its own passphrase.
        </p>
      </div>
    );
  }
  if (current === null || !current.available) return null;

  return (
    <div className="stack">
      <h3>Remember on this computer</h3>
      <p>
        Mend can keep its key in this computer’s keychain, so it opens without your passphrase. Anyone who can
        use your account on this computer could then open it too. Your passphrase and recovery key keep
        working.
      </p>
      {current.enabled ? (
        <>
          <p>Mend is remembered on this computer.</p>
          <button
            type="button"
            disabled={forget.busy}
            onClick={() => void forget.run(async () => setStatus(await call('vault.disableKeychain')))}
          >
            Forget on this computer
          </button>
          <FieldError error={forget.error} />
        </>
      ) : (
        <ConfirmPassphraseForm
          label="Your passphrase, to confirm"
          submitLabel="Remember on this computer"
          onConfirm={async (passphrase) => setStatus(await call('vault.enableKeychain', { passphrase }))}
        />
      )}
    </div>
  );
}

export function LockingSection() {
  return (
    <SettingsSection title="Locking">
      <AutoLockChoice />
      <RememberOnThisComputer />
    </SettingsSection>
  );
}
