import { useId, useState, type FormEvent } from 'react';
import { formatDay, type LocalDate } from '@shared/dates';
import type { TrackId } from '@shared/ipc/contract';
import { unansweredMetrics, type Checkin } from '@shared/tracker/checkins';
import { call } from '../api';
import { BrokeTrustFields } from './BrokeTrustFields';
import {
  draftOf,
  emptyDraft,
  toCheckin,
  type BrokeTrustDraft,
  type CheckinDraft,
  type WasHurtDraft,
} from './checkinDraft';
import { WasHurtFields } from './WasHurtFields';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';

interface Props {
  track: TrackId;
  date: LocalDate;
  today: LocalDate;
  /** The day's saved check-in, or null for an empty day. */
  initial: Checkin | null;
  /** The id of the heading that names the day. */
  labelledBy: string;
  /** Told after a save or a removal, so the charts can reload. */
  onChanged(): void;
}

/** One day's check-in: quick answers, an optional note, save (or change), and remove. */
export function CheckinForm({ track, date, today, initial, labelledBy, onChanged }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<CheckinDraft>(() => (initial ? draftOf(initial) : emptyDraft(track)));
  const [stored, setStored] = useState(initial !== null);
  const action = useBusyAction();
  const { busy, error } = action;
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const checkin = toCheckin(draft, date);
  // A quick check-in from Home answered one question; the rest can be added here.
  const partial = initial !== null && unansweredMetrics(initial).length > 0;
  const dayWords = date === today ? 'today' : formatDay(date, { month: 'short' });

  function edit(next: CheckinDraft): void {
    setDraft(next);
    setNotice(null);
  }
  function editBrokeTrust(patch: Partial<BrokeTrustDraft>): void {
    if (draft.track === 'broke-trust') edit({ ...draft, ...patch });
  }
  function editWasHurt(patch: Partial<WasHurtDraft>): void {
    if (draft.track === 'was-hurt') edit({ ...draft, ...patch });
  }

  /** Saves or removes; the sentence `work` returns is said once it is done. */
  const run = (work: () => Promise<string>) =>
    action.run(async () => {
      setNotice(await work());
      onChanged();
    });

  function save(event: FormEvent): void {
    event.preventDefault();
    if (checkin === null) return;
    void run(async () => {
      const { created } = await call('tracker.save', checkin);
      setStored(true);
      return created ? `Saved your check-in for ${dayWords}.` : `Updated your check-in for ${dayWords}.`;
    });
  }

  function remove(): void {
    setConfirmingRemove(false);
    void run(async () => {
      await call('tracker.delete', { track, date });
      setStored(false);
      setDraft(emptyDraft(track));
      return `Removed the check-in for ${dayWords}.`;
    });
  }

  return (
    <form className="checkin-form stack" onSubmit={save} aria-labelledby={labelledBy}>
      <p className="field-hint">
        {partial
          ? 'A quick check-in, saved. Add any of the other answers if you like, then save.'
          : 'Every question is optional: answer the ones that fit today.'}
      </p>
      {draft.track === 'broke-trust' ? (
        <BrokeTrustFields draft={draft} onChange={editBrokeTrust} />
      ) : (
        <WasHurtFields draft={draft} onChange={editWasHurt} />
      )}
      <div className="text-field">
        <label htmlFor={`${id}-note`}>A note (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={4000}
          value={draft.note}
          onChange={(event) => edit({ ...draft, note: event.target.value })}
        />
      </div>
      <div className="row checkin-actions">
        {checkin === null && <p className="field-hint">Answer at least one question to save.</p>}
        {stored &&
          (confirmingRemove ? (
            <span className="confirm-remove">
              Remove this day’s check-in?{' '}
              <button type="button" onClick={remove} disabled={busy}>
                Remove
              </button>{' '}
              <button type="button" onClick={() => setConfirmingRemove(false)}>
                Keep it
              </button>
            </span>
          ) : (
            <button type="button" className="link" onClick={() => setConfirmingRemove(true)} disabled={busy}>
              Remove this check-in
            </button>
          ))}
        <button type="submit" className="primary" disabled={checkin === null || busy}>
          {stored ? 'Save changes' : 'Save check-in'}
        </button>
      </div>
      <p role="status" className="status checkin-status">
        {notice}
      </p>
      <FieldError error={error} />
    </form>
  );
}
