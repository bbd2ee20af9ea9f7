import { useEffect, useRef } from 'react';
import type { SafetyContent as SafetyContentData } from '@shared/ipc/contract';
import { HelplineList } from '../helplines/HelplineList';
import { useHelplines } from '../helplines/useHelplines';
import '../shell/safety.css';

/**
 * The kind screen after a yes in the safety check: what Mend can and cannot do, where help is,
 * and a way to go on for a person who still chooses to.
 */
export function SafetyFirst({ content, onContinue }: { content: SafetyContentData; onContinue(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { care } = content;
  const helplines = useHelplines();
  useEffect(() => {
    // The form before this was scrolled to its button: start at the top, below the pinned bar.
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <main className="screen narrow" aria-labelledby="safety-first-title">
      <section className="card stack safety safety-care">
        <h1 id="safety-first-title" ref={heading} tabIndex={-1}>
          {care.title}
        </h1>
        {care.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <h2 className="safety-help-title">What Mend can do</h2>
        <ul className="safety-help">
          {care.canDo.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h2 className="safety-help-title">What Mend cannot do</h2>
        <ul className="safety-help">
          {care.cannotDo.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        {helplines !== null && <HelplineList helplines={helplines} />}
        <p>{care.goOn}</p>
        <div className="row">
          <button type="button" className="primary" onClick={onContinue}>
            Continue to the program
          </button>
        </div>
      </section>
    </main>
  );
}
