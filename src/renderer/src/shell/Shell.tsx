import { BackupNotice } from './BackupNotice';
import { findRoute, ROUTES } from './routes';
import { hrefFor, useHashRoute } from './useHashRoute';
import { useIdleLock } from './useIdleLock';

interface Props {
  onLock(): void;
  onLockAndHide(): void;
  onShowSafety(): void;
}

/** The frame around every unlocked screen: navigation, the lock button, the safety link. */
export function Shell({ onLock, onLockAndHide, onShowSafety }: Props) {
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
      </header>
      <BackupNotice />
      <div className="content" key={route.path}>
        {route.render(rest)}
      </div>
    </div>
  );
}
