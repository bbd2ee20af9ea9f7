import { SwitchJournalButton } from '../journals/SwitchJournalButton';
import { BackupNotice } from './BackupNotice';
import { findRoute, ROUTES } from './routes';
import { hrefFor, useHashRoute } from './useHashRoute';
import { useIdleLock } from './useIdleLock';

interface Props {
  onLock(): void;
  onShowSafety(): void;
}

/** The frame around every unlocked screen: navigation, the lock button, the safety link. */
export function Shell({ onLock, onShowSafety }: Props) {
  const { segments } = useHashRoute();
  const { route, rest } = findRoute(segments);
  useIdleLock();
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Mend</span>
        <nav aria-label="Main" className="nav">
          {ROUTES.map((item) => (
            <a
              key={item.path}
              href={hrefFor(item.path === '' ? [] : [item.path])}
              className="nav-link"
              aria-current={item.path === route.path ? 'page' : undefined}
            >
              {item.label}
            </a>
          ))}
        </nav>
        <button type="button" className="link safety-link" onClick={onShowSafety}>
          If you are not safe
        </button>
        <SwitchJournalButton />
        <button type="button" onClick={onLock} aria-keyshortcuts="Control+L Meta+L" title="Lock (Ctrl+L)">
          Lock
        </button>
      </header>
      <BackupNotice />
      <div className="content" key={route.path}>
        {route.render(rest)}
      </div>
    </div>
  );
}
