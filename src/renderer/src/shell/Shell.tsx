import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  onLock(): void;
  onShowSafety(): void;
}

/** The frame around every unlocked screen: navigation, the lock button, the safety link. */
export function Shell({ children, onLock, onShowSafety }: Props) {
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Mend</span>
        <nav aria-label="Main" className="nav" />
        <button type="button" className="link safety-link" onClick={onShowSafety}>
          If you are not safe
        </button>
        <button type="button" onClick={onLock} aria-keyshortcuts="Control+L Meta+L" title="Lock (Ctrl+L)">
          Lock
        </button>
      </header>
      <div className="content">{children}</div>
    </div>
  );
}
