import { useEffect, useRef } from 'react';
import type { SafetyContent as SafetyContentData } from '@shared/ipc/contract';
import { SafetyContent } from '../shell/SafetyContent';
import '../shell/safety.css';

/** After any yes in the safety check: the safety page comes first, and going on stays possible. */
export function SafetyFirst({ content, onContinue }: { content: SafetyContentData; onContinue(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="screen narrow" aria-labelledby="safety-first-title">
      <section className="card stack safety">
        <h1 id="safety-first-title" ref={heading} tabIndex={-1}>
          {content.safety.title}
        </h1>
        <p className="lead">{content.answerYes}</p>
        <SafetyContent content={content.safety} />
        <p>
          This page stays one click away, at the top of every screen. If you still want to use Mend, you can
          go on now.
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={onContinue}>
            Continue to the program
          </button>
        </div>
      </section>
    </main>
  );
}
