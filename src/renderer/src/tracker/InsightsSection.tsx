import { useId } from 'react';
import type { LocalDate } from '@shared/dates';
import type { Checkin } from '@shared/tracker/checkins';
import { gentleInsights, MIN_CHECKINS_FOR_INSIGHTS } from '@shared/tracker/insights';

interface Props {
  checkins: readonly Checkin[];
  today: LocalDate;
}

/** A few plain observations from the person's own answers, only once there are enough. */
export function InsightsSection({ checkins, today }: Props) {
  const id = useId();
  const days = new Set(checkins.filter((c) => c.date <= today).map((c) => c.date)).size;
  const insights = gentleInsights(checkins, today);
  let body;
  if (days < MIN_CHECKINS_FOR_INSIGHTS) {
    body = (
      <p className="quiet">
        After {MIN_CHECKINS_FOR_INSIGHTS} check-ins, a few observations from your own answers will appear
        here. They are worked out on this computer and stay on it.
      </p>
    );
  } else if (insights.length === 0) {
    body = <p className="quiet">Nothing stands out in your answers yet. The picture fills in over weeks.</p>;
  } else {
    body = (
      <ul className="insights" data-testid="insights">
        {insights.map((insight) => (
          <li key={insight.id}>{insight.text}</li>
        ))}
      </ul>
    );
  }
  return (
    <section className="card tracker-insights" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>What your answers seem to show</h2>
      {body}
    </section>
  );
}
