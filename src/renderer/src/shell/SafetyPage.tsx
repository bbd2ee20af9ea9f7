import { useEffect, useRef } from 'react';

/**
 * "If you are not safe": reachable from every screen. Calm, plain, no links (Mend has no
 * network): it names where to find help in words.
 */
export function SafetyPage({ onClose }: { onClose(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="centered" aria-labelledby="safety-title">
      <section className="card stack safety">
        <h1 id="safety-title" ref={heading} tabIndex={-1}>
          If you are not safe
        </h1>
        <p>
          Mend is for two people who both choose to rebuild trust. It is not meant for a relationship with
          violence, threats, coercion, or control over your money, phone or whereabouts.
        </p>
        <p>
          If you are in danger now, contact your local emergency services. Domestic-abuse helplines in your country
          can talk with you in confidence, help you make a safety plan, and tell you about your options.
        </p>
        <p className="quiet">Mend is not a substitute for therapy or counselling.</p>
        <button type="button" className="primary" onClick={onClose}>
          Go back
        </button>
      </section>
    </main>
  );
}
