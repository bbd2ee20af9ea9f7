import { useId, useState } from 'react';
import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { RegistryNote } from './RegistryNote';
import { SafetyLink } from '../shell/SafetyLink';
import './journals.css';

interface Props {
  /** The first free neutral name, offered as it is. */
  suggestedName: string;
  /** The new journal is current: the app shows first setup for it. */
  onCreated(): void;
  onCancel(): void;
  onShowSafety(): void;
}

/**
 * The first step of another journal: its name. Then first setup exactly as on a new
 * computer (its own passphrase and recovery key). Nothing of any other journal is shown.
 */
export function NewJournalScreen({ suggestedName, onCreated, onCancel, onShowSafety }: Props) {
  const [name, setName] = useState(suggestedName);
  const { busy, error, run } = useBusyAction();
  const id = useId();
  return (
    <main className="centered" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Another journal</h1>
      <form
        className="card stack"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            await call('journals.create', { name: name.trim() === '' ? suggestedName : name });
            onCreated();
          });
        }}
      >
        <p>
          A separate journal for another person, with its own passphrase and recovery key. Neither journal can
          be opened with the other’s passphrase.
        </p>
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={60}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setName(event.target.value)}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="quiet">
          Anyone using this computer can see this name. A plain name like “{suggestedName}” says nothing about
          you.
        </p>
        <FieldError error={error} />
        <div className="row">
          <button type="button" className="link" onClick={onCancel}>
            Back
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Next: choose its passphrase
          </button>
        </div>
        <RegistryNote />
      </form>
      <SafetyLink onShow={onShowSafety} />
    </main>
  );
}
