import { useId, useState, type FormEvent } from 'react';
import type { TrackId } from '@shared/ipc/contract';
import type { LocalDate } from '@shared/dates';
import { QUICK_METRIC, quickCheckin } from '@shared/tracker/checkins';
import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { ChoiceField } from '../tracker/ChoiceField';
import { SCALE_QUESTIONS } from '../tracker/questions';
import { TRACK_NAMES } from '../tracker/trackNames';

interface Props {
  today: LocalDate;
  /** The tracks without a check-in today; a path choice is offered when there are two. */
  tracks: readonly TrackId[];
  /** The track main remembers from the check-in screen, chosen first. */
  remembered: TrackId | null;
  onSaved(track: TrackId): void;
}

const SCALE = Array.from({ length: 11 }, (_, value) => String(value));

/**
 * The one-step check-in on Home: the main question of the path, its 0..10 scale as buttons
 * (nothing chosen until the person chooses), and one button that saves it as today's
 * check-in. The other questions stay optional, for the check-in screen.
 */
export function QuickCheckin({ today, tracks, remembered, onSaved }: Props) {
  const id = useId();
  // One path is asked about at once; with two and none used before, the person picks: a
  // guessed path would ask a hurt partner how far they forgave themselves.
  const [chosen, setChosen] = useState<TrackId | null>(
    remembered !== null && tracks.includes(remembered)
      ? remembered
      : tracks.length === 1
        ? (tracks[0] ?? null)
        : null,
  );
  const track =
    chosen !== null && tracks.includes(chosen) ? chosen : tracks.length === 1 ? (tracks[0] ?? null) : null;
  const [answer, setAnswer] = useState<{ track: TrackId; value: string } | null>(null);
  const { busy, error, run } = useBusyAction();
  // An answer belongs to the question it was given for: switching path clears it.
  const value = track !== null && answer?.track === track ? answer.value : null;

  function save(event: FormEvent): void {
    event.preventDefault();
    if (track === null || value === null || busy) return;
    const checkin = quickCheckin(track, today, Number(value));
    void run(async () => {
      await call('tracker.save', checkin);
      // The check-in screen opens on this path, to add the rest (a failure only forgets that).
      await call('tracker.rememberTrack', { track }).catch(() => undefined);
      onSaved(track);
    });
  }

  return (
    <form className="stack quick-checkin" onSubmit={save} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>One question, and you have checked in. The rest is optional.</p>
      {tracks.length > 1 && (
        <ChoiceField<TrackId>
          legend="Which path is this for?"
          choices={tracks.map((choice) => ({ value: choice, label: TRACK_NAMES[choice] }))}
          value={track}
          onChange={setChosen}
        />
      )}
      {track !== null && (
        <ScaleQuestion track={track} value={value} onChange={(v) => setAnswer({ track, value: v })} />
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={value === null || busy}>
          Check in
        </button>
      </div>
      <FieldError error={error} />
    </form>
  );
}

/** The path's main question, its 0..10 answers as one row of even buttons. */
function ScaleQuestion({
  track,
  value,
  onChange,
}: {
  track: TrackId;
  value: string | null;
  onChange(value: string): void;
}) {
  const question = SCALE_QUESTIONS[QUICK_METRIC[track]];
  return (
    <div className="quick-scale">
      <ChoiceField
        legend={question.question}
        hint={`0 means ${question.ends[0]}, 10 means ${question.ends[1]}.`}
        choices={SCALE.map((scaleValue) => ({ value: scaleValue, label: scaleValue }))}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}
