import { useEffect, useId, useState, type FormEvent } from 'react';
import type { PersonalNumber as PersonalNumberData } from '@shared/ipc/contract';
import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';

/**
 * One number of the person's own (a counsellor, a friend). It is kept in the encrypted
 * journal, so the safety page shows it only while Mend is unlocked.
 */
export function PersonalNumber() {
  const id = useId();
  const [saved, setSaved] = useState<PersonalNumberData | null | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState('');
  const [number, setNumber] = useState('');
  const { busy, error, run } = useBusyAction();

  useEffect(() => {
    let current = true;
    call('helplines.getPersonal').then(
      ({ personal }) => current && setSaved(personal),
      () => current && setSaved(null),
    );
    return () => {
      current = false;
    };
  }, []);

  if (saved === undefined) return null;

  function save(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const { personal } = await call('helplines.savePersonal', { personal: { label, number } });
      setSaved(personal);
      setEditing(false);
    });
  }

  return (
    <section className="stack personal-number" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="safety-help-title">
        Your own number
      </h2>
      {saved !== null && !editing && (
        <ul className="helpline-lines">
          <li className="helpline">
            <span className="helpline-name">{saved.label}</span>
            <span className="helpline-ways">{saved.number}</span>
          </li>
        </ul>
      )}
      {editing ? (
        <form className="stack" onSubmit={save} noValidate>
          <label htmlFor={`${id}-label`}>Who it is</label>
          <input id={`${id}-label`} value={label} maxLength={80} onChange={(e) => setLabel(e.target.value)} />
          <label htmlFor={`${id}-number`}>Their number</label>
          <input
            id={`${id}-number`}
            value={number}
            maxLength={40}
            inputMode="tel"
            onChange={(e) => setNumber(e.target.value)}
          />
          <FieldError error={error} />
          <div className="row">
            <button type="submit" className="primary" disabled={busy || label.trim() === '' || number.trim() === ''}>
              Save this number
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="quiet">
            {saved === null
              ? 'Add a counsellor or a friend you can call. It is kept encrypted, and shown here only while Mend is unlocked.'
              : 'Kept encrypted, and shown here only while Mend is unlocked.'}
          </p>
          <div className="row">
            <button
              type="button"
              onClick={() => {
                setLabel(saved?.label ?? '');
                setNumber(saved?.number ?? '');
                setEditing(true);
              }}
            >
              {saved === null ? 'Add a number of your own' : 'Change this number'}
            </button>
            {saved !== null && (
              <button
                type="button"
                className="link"
                onClick={() =>
                  void run(async () => {
                    await call('helplines.savePersonal', { personal: null });
                    setSaved(null);
                  })
                }
              >
                Remove it
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
