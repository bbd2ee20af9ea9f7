import { hrefFor } from '../shell/useHashRoute';
import { FIRST_WEEKS_PATH } from './FirstWeeksPage';

/** Home's way to "Tonight, and the first weeks", for whoever opens Mend in the rawest days. */
export function FirstWeeksCard() {
  return (
    <section className="card stack home-callout" aria-labelledby="home-first-weeks">
      <h2 id="home-first-weeks">If this is all very new</h2>
      <p>
        What is normal in the first days, how to get through tonight, and a two-minute grounding exercise.
      </p>
      <p>
        <a href={hrefFor(FIRST_WEEKS_PATH)}>Tonight, and the first weeks</a>
      </p>
    </section>
  );
}
