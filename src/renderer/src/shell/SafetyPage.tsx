import { useEffect, useRef } from 'react';
import { call } from '../api';
import { HelplineList } from '../helplines/HelplineList';
import { PersonalNumber } from '../helplines/PersonalNumber';
import { useHelplines } from '../helplines/useHelplines';
import { LOCK_AND_HIDE_KEYS, lockAndHide } from './lockNow';
import { FALLBACK_SAFETY, SafetyContent, useSafetyContent } from './SafetyContent';
import type { SafetySection } from './safetyOpener';
import { navigate } from './useHashRoute';
import './safety.css';

interface Props {
  onClose(): void;
  /** Unlocked: the person's own number, "lock and hide" and the safety check are offered too. */
  unlocked: boolean;
  /** Part of the page to bring into view on opening. */
  section?: SafetySection | undefined;
}

/**
 * "If you are not safe": reachable from every screen, locked or not. Calm and plain, with
 * the helplines for the reader's country as text (Mend has no network and cannot dial).
 * "Lock and hide now" and "Go back" sit at the top, pinned; Escape goes back too, to the same
 * place. The text comes from the program content in main; a short built-in version stands in
 * if main cannot answer.
 */
export function SafetyPage({ onClose, unlocked, section }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = useSafetyContent();
  const helplines = useHelplines();
  const content =
    loaded.status === 'ready' ? loaded.value.safety : loaded.status === 'error' ? FALLBACK_SAFETY : null;

  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  // Locked, there is nothing to lock: the window still gets out of sight, back on the lock screen.
  const hide = () => {
    if (unlocked) void lockAndHide();
    else void call('app.lockAndHide').finally(onClose);
  };
  const ready = helplines !== null;
  useEffect(() => {
    if (section !== 'crisis' || !ready) return;
    const crisis = document.querySelector<HTMLElement>('.safety .helpline-group[data-kind="crisis"]');
    crisis?.scrollIntoView({ block: 'start' });
  }, [section, ready]);

  return (
    <main className="centered" aria-labelledby="safety-title">
      <section className="card stack safety" aria-busy={content === null}>
        <h1 id="safety-title" ref={heading} tabIndex={-1}>
          If you are not safe
        </h1>
        {/* Right after the heading, and pinned while the page scrolls: the first Tab from the
            focused heading, and one click, whoever walks in and however far down the reader is. */}
        <div className="safety-actions" role="group" aria-label="Leave this page">
          <button type="button" onClick={hide}>
            {unlocked ? 'Lock and hide now' : 'Hide Mend now'}
          </button>
          <button type="button" className="primary" onClick={onClose}>
            Go back
          </button>
          <span className="quiet">or press Escape</span>
        </div>
        {content !== null && (
          <SafetyContent
            content={content}
            helplines={helplines === null ? null : <HelplineList helplines={helplines} />}
          />
        )}
        {unlocked && <PersonalNumber />}
        <section className="stack" aria-labelledby="safety-hide-title">
          <h2 id="safety-hide-title" className="safety-help-title">
            If someone comes in
          </h2>
          {unlocked ? (
            <p>
              Press {LOCK_AND_HIDE_KEYS} at any time, or use “Lock and hide now” at the top of this page
              (“Lock and hide” at the top of Mend’s other screens). Mend saves what you are typing, locks at
              once and minimises its window.
            </p>
          ) : (
            <p>
              While Mend is locked, nothing you have written in it can be seen. “Hide Mend now” at the top of
              this page also minimises its window.
            </p>
          )}
        </section>
        {unlocked && (
          <p>
            <button
              type="button"
              className="link"
              onClick={() => {
                navigate(['program', 'start', 'safety']);
                onClose();
              }}
            >
              Take the safety questions again
            </button>
          </p>
        )}
      </section>
    </main>
  );
}
