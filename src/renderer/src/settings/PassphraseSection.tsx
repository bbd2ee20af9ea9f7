import { useId, useState } from 'react';
import { call, friendlyMessage, MendApiError } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { PassphraseFields } from '../vault/PassphraseFields';
import { Done, SettingsSection } from './SettingsSection';
import { PasswordInput } from '../vault/PasswordInput';

/** Change the passphrase: the journal is not re-encrypted, only its key is wrapped anew. */
export function PassphraseSection() {
  const [current, setCurrent] = useState('');
  const { busy, error, run } = useBusyAction();
  const [done, setDone] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const id = useId();

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
      <PassphraseFields
        key={round}
        label="New passphrase"
        repeatLabel="Type the new one again"
        submitLabel="Change my passphrase"
        autoFocus={false}
        busy={busy}
        onSubmit={(next) => {
          setDone(null);
          return run(
            async () => {
              await call('vault.changePassphrase', { current, next });
              setCurrent('');
              setRound(round + 1);
              setDone('Your passphrase is changed. Use the new one from now on.');
            },
            (failure) =>
              failure instanceof MendApiError && failure.code === 'WRONG_SECRET'
                ? 'Your current passphrase is not right.'
                : friendlyMessage(failure),
          );
        }}
      />
      <FieldError error={error} />
      <Done text={done} />
    </SettingsSection>
  );
}
