import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Track } from '@shared/content';
import type { ProgramForUi, ProgramState, TrackId } from '@shared/ipc/contract';
import { call } from '../api';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { ProgramIntro } from './ProgramIntro';

interface Props {
  intro: ProgramForUi['intro'];
  tracks: readonly Track[];
  chosen: readonly TrackId[];
  onChosen(state: ProgramState): void;
}

/** "Choose your path", after the program's own "Before you begin": one or both, and changeable later. */
export function ChoosePath({ intro, tracks, chosen, onChosen }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<TrackId>>(new Set(chosen));
  const { busy, error, run, setError } = useBusyAction();
  useEffect(() => heading.current?.focus(), []);

  function toggle(track: TrackId, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(track);
    else next.delete(track);
    setSelected(next);
    setError(null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected.size === 0) {
      setError('Choose at least one path to go on.');
      return;
    }
    const chosenTracks = tracks.map((t) => t.id).filter((t) => selected.has(t));
    void run(async () => onChosen(await call('program.chooseTracks', { tracks: chosenTracks })));
  }

  return (
    <main className="screen narrow stack" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Choose your path
      </h1>
      <ProgramIntro intro={intro} />
      <p className="lead">
        There is a path for each side of a broken trust. Pick the one that fits where you stand today. You can
        pick both, and you can change this whenever you like.
      </p>
      <form className="stack" onSubmit={submit} noValidate>
        <fieldset className="path-choices">
          <legend className="visually-hidden">Paths</legend>
          {tracks.map((track) => (
            // The whole card is the choice: a click on its text or its padding toggles it too
            // (the checkbox and its label toggle themselves, so their clicks are left alone).
            <div
              key={track.id}
              className="path-choice"
              data-track={track.id}
              onClick={(event) => {
                const target = event.target as HTMLElement;
                if (target.closest('input, label') === null) toggle(track.id, !selected.has(track.id));
              }}
            >
              <input
                type="checkbox"
                id={`${id}-${track.id}`}
                checked={selected.has(track.id)}
                onChange={(event) => toggle(track.id, event.target.checked)}
                aria-describedby={`${id}-${track.id}-tagline`}
              />
              <div>
                <label htmlFor={`${id}-${track.id}`}>{track.title}</label>
                <p id={`${id}-${track.id}-tagline`} className="quiet">
                  {track.tagline}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <FieldError error={error} />
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            Continue
          </button>
        </div>
      </form>
    </main>
  );
}
