import type { FirstWeeks } from '@shared/content';

/**
 * The two-minute grounding exercise from the first-weeks page, as numbered steps. Its words
 * come from the content, so the trigger log and the first-weeks page always say the same.
 */
export function GroundingExercise({ grounding }: { grounding: FirstWeeks['grounding'] }) {
  return (
    <section className="grounding stack tight" aria-labelledby="grounding-title">
      <h3 id="grounding-title">{grounding.title}</h3>
      <p>{grounding.intro}</p>
      <ol>
        {grounding.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
