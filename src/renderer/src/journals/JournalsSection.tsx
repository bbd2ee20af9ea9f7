import { useId, useState } from 'react';
import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { Done, SettingsSection } from '../settings/SettingsSection';
import { useAsync } from '../useAsync';
import { RegistryNote } from './RegistryNote';
import { switchJournal } from './switchJournal';

/** Settings: this journal's name, another journal for another person, and what others can see. */
export function JournalsSection() {
  const list = useAsync(() => call('journals.list'), []);
  const [name, setName] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useBusyAction();
  const id = useId();
  if (list.status !== 'ready' || list.value.current === null) return null;
  const current = list.value.current;
  const several = list.value.journals.length > 1;
  const shown = name ?? current.name;
  return (
    <SettingsSection title="Journals on this computer">
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          setDone(null);
          void run(async () => {
            const saved = await call('journals.rename', { id: current.id, name: shown });
            setName(saved.current?.name ?? shown);
            setDone('Saved.');
          });
        }}
      >
        <label htmlFor={`${id}-name`}>This journal’s name</label>
        <div className="row">
          <input
            id={`${id}-name`}
            value={shown}
            maxLength={60}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" disabled={busy || shown.trim() === ''}>
            Rename
          </button>
        </div>
        <FieldError error={error} />
        <Done text={done} />
      </form>
      <p>
        Someone else using this computer can have a journal of their own, with its own passphrase. Mend locks
        this journal first.
      </p>
      <div className="row">
        {several && (
          <button type="button" onClick={() => void switchJournal('choose')}>
            Lock and switch journal
          </button>
        )}
        <button type="button" onClick={() => void switchJournal({ create: undefined })}>
          Lock and create another journal
        </button>
      </div>
      <RegistryNote />
    </SettingsSection>
  );
}
