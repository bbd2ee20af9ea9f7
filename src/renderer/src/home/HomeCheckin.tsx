import { useEffect, useRef, useState } from 'react';
import type { TrackId } from '@shared/ipc/contract';
import { unansweredMetrics, type Checkin } from '@shared/tracker/checkins';
import { call, friendlyMessage } from '../api';
import { hrefFor } from '../shell/useHashRoute';
import { TRACK_NAMES } from '../tracker/trackNames';
import { useAsync } from '../useAsync';
import { QuickCheckin } from './QuickCheckin';

type Today = readonly (readonly [TrackId, Checkin | null])[];

/**
 * Today's check-in: done (for each chosen path), or one question away. Both paths are
 * offered until the person has chosen one, as on the check-in screen.
 */
export function HomeCheckin({ today, tracks }: { today: string; tracks: readonly TrackId[] }) {
  const shown: readonly TrackId[] = tracks.length > 0 ? tracks : ['broke-trust', 'was-hurt'];
  const key = shown.join(',');
  const [version, setVersion] = useState(0);
  const [justSaved, setJustSaved] = useState(false);
  const loaded = useAsync(
    () =>
      Promise.all([
        Promise.all(
          shown.map((track) =>
            call('tracker.get', { track, date: today }).then(({ checkin }) => [track, checkin] as const),
          ),
        ),
        call('tracker.rememberedTrack'),
      ]),
    [today, key, version],
  );
  return (
    <section className="card stack home-card" aria-labelledby="home-checkin" data-testid="home-checkin">
      <h2 id="home-checkin">Today’s check-in</h2>
      {loaded.status === 'loading' && <p className="status">One moment…</p>}
      {loaded.status === 'error' && <p role="alert">{friendlyMessage(loaded.error)}</p>}
      {loaded.status === 'ready' && (
        <CheckinState
          today={today}
          chosen={tracks.length > 0}
          done={loaded.value[0]}
          remembered={loaded.value[1]}
          justSaved={justSaved}
          onSaved={() => {
            setJustSaved(true);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </section>
  );
}

interface StateProps {
  today: string;
  /** Whether the person chose their paths; until then, one check-in shows which side they are on. */
  chosen: boolean;
  done: Today;
  remembered: TrackId | null;
  /** A quick check-in was just saved here: focus moves to what it became. */
  justSaved: boolean;
  onSaved(): void;
}

function CheckinState({ today, chosen, done, remembered, justSaved, onSaved }: StateProps) {
  const doneRef = useRef<HTMLParagraphElement>(null);
  const saved = done.flatMap(([track, checkin]) => (checkin === null ? [] : [{ track, checkin }]));
  // With no path chosen, both are offered only until one is used: a person who was hurt is
  // never then asked how far they forgave themselves.
  const pending =
    chosen || saved.length === 0 ? done.flatMap(([track, checkin]) => (checkin === null ? [track] : [])) : [];
  const named = saved.length + pending.length > 1;
  const partial = saved.some(({ checkin }) => unansweredMetrics(checkin).length > 0);
  useEffect(() => {
    if (justSaved) doneRef.current?.focus();
  }, [justSaved, saved.length]);

  const doneLine =
    saved.length === 0 ? null : (
      <p className="home-done" ref={doneRef} tabIndex={-1} data-testid="home-checked-in">
        {named && pending.length > 0
          ? `Checked in today for “${saved.map(({ track }) => TRACK_NAMES[track]).join('” and “')}”.`
          : 'Checked in today.'}
      </p>
    );

  if (pending.length === 0) {
    return (
      <>
        {doneLine}
        <p>
          {partial ? (
            <a href={hrefFor(['checkin'])}>Add the rest in the check-in screen</a>
          ) : (
            <a href={hrefFor(['checkin'])}>See your check-in and the trend</a>
          )}
        </p>
      </>
    );
  }
  return (
    <>
      {doneLine}
      <QuickCheckin today={today} tracks={pending} remembered={remembered} onSaved={onSaved} />
      <p>
        <a href={hrefFor(['checkin'])}>
          {saved.length > 0 && partial
            ? 'Add the rest in the check-in screen'
            : 'Answer every question in the check-in screen'}
        </a>
      </p>
    </>
  );
}
