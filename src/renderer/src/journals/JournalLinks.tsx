import { call } from '../api';
import './journals.css';

/** First free neutral name ("Journal N"), the same rule main uses. */
export function suggestedName(names: readonly string[]): string {
  const taken = new Set(names.map((name) => name.toLowerCase()));
  for (let n = 1; ; n += 1) if (!taken.has(`journal ${n}`)) return `Journal ${n}`;
}

/** Back to the chooser from a locked journal (or one not set up yet); the page reloads. */
async function goToChooser(): Promise<void> {
  try {
    await call('journals.leave');
  } finally {
    window.location.reload();
  }
}

interface Props {
  /** True when there is another journal to go to. */
  several: boolean;
  onCreate?: () => void;
}

/** The links under a locked journal's unlock screen, or under first setup of a new one. */
export function JournalLinks({ several, onCreate }: Props) {
  return (
    <nav className="row journal-links" aria-label="Journals">
      {several && (
        <button type="button" className="link" onClick={() => void goToChooser()}>
          Use another journal
        </button>
      )}
      {onCreate !== undefined && (
        <button type="button" className="link" onClick={onCreate}>
          Create another journal
        </button>
      )}
    </nav>
  );
}
