import { useId } from 'react';
import type { JournalList } from '@shared/ipc/contract';
import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { RegistryNote } from './RegistryNote';
import { SafetyLink } from '../shell/SafetyLink';
import './journals.css';

interface Props {
  list: JournalList;
  onChosen(): void;
  onCreate(): void;
  onRemove(id: string): void;
  onShowSafety(): void;
}

/**
 * "Which journal?": only the names people chose. No previews, no dates, no counts: nothing
 * here says anything about what is inside a journal or when it was last opened.
 */
export function JournalChooser({ list, onChosen, onCreate, onRemove, onShowSafety }: Props) {
  const { busy, error, run } = useBusyAction();
  const id = useId();
  // Alphabetical: an order that says nothing about which journal is older or used more.
  const journals = [...list.journals].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <main className="centered journal-chooser" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Which journal?</h1>
      <section className="card stack">
        <ul className="journal-list" aria-label="Journals on this computer">
          {journals.map((journal) => (
            <li key={journal.id}>
              <button
                type="button"
                className="journal-choice"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    await call('journals.choose', { id: journal.id });
                    onChosen();
                  })
                }
              >
                {journal.name}
              </button>
            </li>
          ))}
        </ul>
        <FieldError error={error} />
        <div className="row journal-actions">
          <button type="button" className="link" onClick={onCreate}>
            Create another journal
          </button>
          <details className="journal-remove-menu">
            <summary>Remove a journal…</summary>
            <ul className="stack">
              {journals.map((journal) => (
                <li key={journal.id}>
                  <button type="button" className="link" onClick={() => onRemove(journal.id)}>
                    Remove “{journal.name}”
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </div>
        <RegistryNote />
      </section>
      <SafetyLink onShow={onShowSafety} />
    </main>
  );
}
