import { useId } from 'react';
import { formatDay, localDateOf } from '@shared/dates';
import type { ExerciseDataOf } from '@shared/exercises';

type Data = ExerciseDataOf<'anger-release'>;

/** A letter that is never sent: write it all, then mark it released. */
export function AngerRelease({ data, onChange }: { data: Data; onChange(data: Data): void }) {
  const id = useId();
  return (
    <div className="anger-release stack">
      <div className="stack tight">
        <label htmlFor={`${id}-letter`}>The letter you will not send</label>
        <textarea
          id={`${id}-letter`}
          rows={10}
          value={data.letter}
          onChange={(event) => onChange({ ...data, letter: event.target.value })}
        />
      </div>
      {data.releasedAt !== null ? (
        <div className="released stack tight">
          <p role="status">You marked this letter released on {formatDay(localDateOf(data.releasedAt), { month: 'short' })}.</p>
          <div className="row start">
            <button type="button" onClick={() => onChange({ ...data, releasedAt: null })}>
              Take it up again
            </button>
            <button
              type="button"
              onClick={() => {
                // The one place a tool clears words on purpose, so it asks first.
                if (window.confirm('Start a new letter? The released one will be cleared from Mend.')) {
                  onChange({ ...data, letter: '', releasedAt: null });
                }
              }}
            >
              Start a new letter
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button
            type="button"
            disabled={data.letter.trim() === ''}
            onClick={() => onChange({ ...data, releasedAt: Date.now() })}
          >
            Mark it released
          </button>
        </div>
      )}
    </div>
  );
}
