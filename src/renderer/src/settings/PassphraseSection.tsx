import { useId, useState } from 'react';
import type { RecoveryKeyShown } from '@shared/ipc/contract';
import { call, friendlyMessage, MendApiError } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { PassphraseFields } from '../vault/PassphraseFields';
import { RecoveryKeyStep } from '../vault/RecoveryKeyStep';
import { OldBackupsNotice } from './OldBackupsNotice';
import { Done, SettingsSection } from './SettingsSection';
import { PasswordInput } from '../vault/PasswordInput';

const wrongCurrent = (failure: unknown): string =>
  failure instanceof MendApiError && failure.code === 'WRONG_SECRET'
    ? 'Your current passphrase is not right.'
    : friendlyMessage(failure);

/**
 * Change the passphrase. Usually only the journal's key is wrapped anew; with "also give my
 * journal a new key" (someone saw the passphrase or copied Mend's files) the journal is
 * re-encrypted with a new data key, after the person has written down its new recovery key.
 */
export function PassphraseSection() {
  const [current, setCurrent] = useState('');
  const [newKey, setNewKey] = useState(false);
  const [rotation, setRotation] = useState<RecoveryKeyShown | null>(null);
  const [rotated, setRotated] = useState(false);
  const { busy, error, run } = useBusyAction();
  const [done, setDone] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const id = useId();

  if (rotation !== null) {
    return (
      <SettingsSection title="Passphrase">
        <p>
          Your journal will get a new key. Here is its new recovery key: once you have typed it back, Mend
          re-encrypts your journal (this takes a few seconds), and your old passphrase, your old recovery key
          and any copy of Mend’s key file stop opening it.
        </p>
        <RecoveryKeyStep
          shown={rotation}
          busyLabel="Re-encrypting your journal…"
          onConfirmed={() => {
            setRotation(null);
            setRotated(true);
            setRound(round + 1);
            setDone(
              'Your journal has a new key and your new passphrase. A copied key file and your old passphrase no longer open it. “Remember on this computer” is off; you can turn it on again.',
            );
          }}
        />
      </SettingsSection>
    );
  }

  return (
    <SettingsSection title="Passphrase">
      <p>Choose a new passphrase. You need your current one for this.</p>
      <label htmlFor={`${id}-current`}>Current passphrase</label>
      <PasswordInput
        id={`${id}-current`}
        autoComplete="current-password"
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={newKey}
          onChange={(event) => setNewKey(event.target.checked)}
          aria-describedby={`${id}-new-key-note`}
        />
        Also give my journal a new key
      </label>
      <p id={`${id}-new-key-note`} className="quiet">
        Choose this if someone may have seen your passphrase or copied Mend’s files. You will get a new recovery
        key too. Backups made before stay locked with the old key.
      </p>
      <PassphraseFields
        key={round}
        label="New passphrase"
        repeatLabel="Type the new one again"
        submitLabel={newKey ? 'Change my passphrase and key' : 'Change my passphrase'}
        autoFocus={false}
        busy={busy}
        onSubmit={(next) => {
          setDone(null);
          setRotated(false);
          return run(async () => {
            if (newKey) {
              setRotation(await call('vault.rotateKey', { current, next }));
              setCurrent('');
              setNewKey(false);
              return;
            }
            await call('vault.changePassphrase', { current, next });
            setCurrent('');
            setRound(round + 1);
            setDone('Your passphrase is changed. Use the new one from now on.');
          }, wrongCurrent);
        }}
      />
      <FieldError error={error} />
      <Done text={done} />
      {rotated && <OldBackupsNotice />}
    </SettingsSection>
  );
}
