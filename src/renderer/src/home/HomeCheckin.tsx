import type { TrackId } from '@shared/ipc/contract';
import { call, friendlyMessage } from '../api';
import { hrefFor } from '../shell/useHashRoute';
import { TRACK_NAMES } from '../tracker/trackNames';
import { useAsync } from '../useAsync';

/**
 * Today's check-in: done (for each chosen path), or one step away. Both paths are offered
 * until the person has chosen one, as on the check-in screen.
 */
export function HomeCheckin({ today, tracks }: { today: string; tracks: readonly TrackId[] }) {
  const shown: readonly TrackId[] = tracks.length > 0 ? tracks : ['broke-trust', 'was-hurt'];
  const key = shown.join(',');
  const done = useAsync(
    () =>
      Promise.all(
        shown.map((track) =>
          call('tracker.get', { track, date: today }).then(
            ({ checkin }) => [track, checkin !== null] as const,
          ),
        ),
      ),
    [today, key],
  );
  return (
    <section className="card stack home-card" aria-labelledby="home-checkin">
      <h2 id="home-checkin">Today’s check-in</h2>
      {done.status === 'loading' && <p className="status">One moment…</p>}
      {done.status === 'error' && <p role="alert">{friendlyMessage(done.error)}</p>}
      {done.status === 'ready' && <CheckinState done={done.value} />}
    </section>
  );
}

function CheckinState({ done }: { done: readonly (readonly [TrackId, boolean])[] }) {
  const all = done.every(([, isDone]) => isDone);
  const some = done.some(([, isDone]) => isDone);
  const named = done.length > 1;
  if (all) {
    return (
      <>
        <p className="home-done">You have checked in today.</p>
        <p>
          <a href={hrefFor(['checkin'])}>See your check-in and the trend</a>
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        {some && named
          ? `Checked in for “${TRACK_NAMES[done.find(([, isDone]) => isDone)?.[0] ?? 'broke-trust']}”.`
          : 'A few quick answers about today. It takes a minute.'}
      </p>
      <p>
        <a className="button-link primary" href={hrefFor(['checkin'])}>
          Check in now
        </a>
      </p>
    </>
  );
}
