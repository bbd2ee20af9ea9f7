import { useCallback, useState } from 'react';
import type { TrackId } from '@shared/ipc/contract';
import { addDays, type LocalDate } from '@shared/dates';
import { call, friendlyMessage } from '../api';
import { useAsync } from '../useAsync';
import { CheckinSection } from './CheckinSection';
import { ChoiceField } from './ChoiceField';
import { TrackerHistory } from './TrackerHistory';
import { TRACK_NAMES } from './trackNames';
import { useRememberedTrack } from './useRememberedTrack';
import './tracker.css';
import { NotReady } from '../components/NotReady';

/**
 * Days of history loaded for the charts: the 365-day trend plus its 7-day average's
 * look-back, and the year grid's first, partly earlier week.
 */
const HISTORY_DAYS = 380;

const TRACK_CHOICES = (Object.keys(TRACK_NAMES) as TrackId[]).map((value) => ({
  value,
  label: TRACK_NAMES[value],
}));

/** The self-forgiveness tracker: today's check-in on top, then the longer view. */
export function TrackerScreen() {
  // "Today" is main's: the renderer's clock may differ, and a future day is refused there.
  const summary = useAsync(
    () =>
      Promise.all([call('tracker.summary'), call('program.state'), call('tracker.rememberedTrack')]).then(
        ([sum, state, remembered]) => ({ sum, state, remembered }),
      ),
    [],
  );
  if (summary.status !== 'ready') return <NotReady state={summary} className="screen" />;
  // The paths chosen in the program; both until a choice exists.
  const chosen = summary.value.state.tracks;
  const tracks = chosen.length > 0 ? chosen : TRACK_CHOICES.map((choice) => choice.value);
  return <Tracker today={summary.value.sum.today} tracks={tracks} remembered={summary.value.remembered} />;
}

function Tracker({
  today,
  tracks,
  remembered,
}: {
  today: LocalDate;
  tracks: readonly TrackId[];
  remembered: TrackId | null;
}) {
  const [track, setTrack] = useRememberedTrack(tracks, remembered);
  const [version, setVersion] = useState(0);
  const [date, setDate] = useState<LocalDate>(today);
  /** A day chosen in the year grid: its check-in opens above, in view, its heading focused. */
  const openDay = useCallback((day: LocalDate) => {
    setDate(day);
    requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('[data-testid="checkin-section"] h2');
      heading?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      heading?.focus({ preventScroll: true });
    });
  }, []);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const history = useAsync(
    () =>
      call('tracker.range', { track, from: addDays(today, -HISTORY_DAYS), to: today }).then(
        ({ checkins }) => ({
          track,
          checkins,
        }),
      ),
    [track, today, version],
  );
  return (
    <main className="screen tracker stack" aria-labelledby="tracker-title">
      <h1 id="tracker-title">Check-in</h1>
      <p className="lead">A few quick answers a day. Over weeks, the trend shows what no single day can.</p>
      {tracks.length > 1 ? (
        <ChoiceField
          legend="Path"
          choices={TRACK_CHOICES.filter((choice) => tracks.includes(choice.value))}
          value={track}
          onChange={setTrack}
        />
      ) : (
        <p className="quiet">{TRACK_NAMES[track]}</p>
      )}
      <CheckinSection track={track} today={today} date={date} onDateChange={setDate} onChanged={reload} />
      {history.status === 'error' && <p role="alert">{friendlyMessage(history.error)}</p>}
      {history.status === 'ready' && history.value.track === track && (
        <TrackerHistory
          key={track}
          track={track}
          today={today}
          checkins={history.value.checkins}
          onOpenDay={openDay}
        />
      )}
    </main>
  );
}
