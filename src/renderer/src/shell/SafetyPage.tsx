import { useEffect, useRef } from 'react';
import { FALLBACK_SAFETY, SafetyContent, useSafetyContent } from './SafetyContent';
import './safety.css';

/**
 * "If you are not safe": reachable from every screen, locked or not. Calm, plain, no links
 * (Mend has no network): it names where to find help in words. The text comes from the
 * program content in main; a short built-in version stands in if main cannot answer.
 */
export function SafetyPage({ onClose }: { onClose(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = useSafetyContent();
  useEffect(() => heading.current?.focus(), []);
  const content =
    loaded.status === 'ready' ? loaded.value.safety : loaded.status === 'error' ? FALLBACK_SAFETY : null;
  return (
    <main className="centered" aria-labelledby="safety-title">
      <section className="card stack safety" aria-busy={content === null}>
        <h1 id="safety-title" ref={heading} tabIndex={-1}>
          If you are not safe
        </h1>
        {content !== null && <SafetyContent content={content} />}
        <button type="button" className="primary" onClick={onClose}>
          Go back
        </button>
      </section>
    </main>
  );
}
