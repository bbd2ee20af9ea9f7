import { useRef, useState } from 'react';
import { SwitchJournalButton } from '../journals/SwitchJournalButton';
import { BackupNotice } from './BackupNotice';
import { findRoute, ROUTES } from './routes';
import { hrefFor, useHashRoute } from './useHashRoute';
import { useFoldedNav } from './useFoldedNav';
import { useIdleLock } from './useIdleLock';
import { SafetyLink } from './SafetyLink';
import './shell.css';

interface Props {
  onLock(): void;
  onLockAndHide(): void;
  onShowSafety(): void;
}

/**
 * The frame around every unlocked screen: a skip link, navigation, the safety link, the lock
 * button and "lock and hide". The bar stays pinned while the page scrolls; in a narrow window (or with large
 * text) the navigation folds into a Menu button, while the safety link and Lock stay in view.
 */
export function Shell({ onLock, onLockAndHide, onShowSafety }: Props) {
  const { segments } = useHashRoute();
  const { route, rest } = findRoute(segments);
  // The menu is open for the place it was opened on: moving to another screen closes it.
  const place = segments.join('/');
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === place;
  const setMenuOpen = (open: boolean) => setMenuOpenAt(open ? place : null);
  const content = useRef<HTMLDivElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLElement>(null);
  const folded = useFoldedNav(bar);
  useIdleLock();

  return (
    <div className="shell">
      <header
        ref={bar}
        className={`topbar${folded ? ' folded' : ''}${folded && menuOpen ? ' menu-open' : ''}`}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && menuOpen) {
            setMenuOpen(false);
            menuButton.current?.focus();
          }
        }}
      >
        <a
          className="skip-link"
          href="#content"
          onClick={(event) => {
            // The hash holds the route, so the skip link moves focus itself.
            event.preventDefault();
            content.current?.focus();
          }}
        >
          Skip to content
        </a>
        <span className="brand">Mend</span>
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          hidden={!folded}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        <nav id="main-nav" aria-label="Main" className="nav">
          {ROUTES.map((item) => (
            <a
              key={item.path}
              href={hrefFor(item.path === '' ? [] : [item.path])}
              className="nav-link"
              aria-current={item.path === route.path ? 'page' : undefined}
              onClick={() => setMenuOpen(false)}
            >
              {item.label}
            </a>
          ))}
        </nav>
        <div className="topbar-actions">
          <SafetyLink onShow={onShowSafety} />
          <SwitchJournalButton />
          <button type="button" onClick={onLock} aria-keyshortcuts="Control+L Meta+L" title="Lock (Ctrl+L)">
            Lock
          </button>
          <button
            type="button"
            className="lock-and-hide"
            onClick={onLockAndHide}
            aria-keyshortcuts="Control+Shift+H Meta+Shift+H"
            title="Save, lock and minimise Mend at once (Ctrl+Shift+H)"
          >
            Lock and hide
          </button>
        </div>
      </header>
      <BackupNotice />
      <div id="content" ref={content} tabIndex={-1} className="content" key={route.path}>
        {route.render(rest)}
      </div>
    </div>
  );
}
