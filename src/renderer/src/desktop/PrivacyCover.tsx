import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import './PrivacyCover.css';

/**
 * A calm, plain screen over everything while Mend is in the background. It names nothing
 * from the journal; coming back (focusing the window, a click, a key) lifts it, and the
 * caret returns to where it was.
 */
export function PrivacyCover({ onReturn }: { onReturn(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement;
    button.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);
  // In <body>, not inside #root: the app underneath is hidden while the cover shows.
  return createPortal(
    <div className="privacy-cover" role="dialog" aria-modal="true" aria-labelledby="privacy-cover-title">
      <div className="privacy-cover-card">
        <p id="privacy-cover-title" className="privacy-cover-brand">
          Mend
        </p>
        <p className="privacy-cover-note">Hidden while you are away.</p>
        <button ref={button} type="button" className="primary" onClick={onReturn}>
          Show Mend
        </button>
      </div>
    </div>,
    document.body,
  );
}
