import type { ProgramState } from '@shared/ipc/contract';
import { FIRST_WEEKS_PATH } from '../program/FirstWeeksPage';
import { hrefFor } from '../shell/useHashRoute';

/**
 * Home's way to "Tonight, and the first weeks". For someone new (no path chosen yet, or no
 * step begun) it is a card with a word on what the page holds; later, one quiet line, because
 * the hard nights can come back long after the first weeks.
 */
export function FirstWeeksLink({ state }: { state: ProgramState }) {
  const isNew =
    state.tracks.length === 0 || Object.values(state.steps).every((status) => status === 'not-started');
  const link = <a href={hrefFor(FIRST_WEEKS_PATH)}>Tonight, and the first weeks</a>;
  if (!isNew) return <p className="quiet first-weeks-link">{link}</p>;
  return (
    <section className="card stack home-card first-weeks-card" aria-labelledby="home-first-weeks">
      <h2 id="home-first-weeks">If this is all very new</h2>
      <p>
        What is normal in the first days, how to get through tonight, and a two-minute grounding exercise.
      </p>
      <p>{link}</p>
    </section>
  );
}
