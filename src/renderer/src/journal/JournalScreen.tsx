import { useEffect, useRef, useState } from 'react';
import type { EntryFilter, EntrySummary } from '@shared/ipc/contracts/journal';
import { call, friendlyMessage } from '../api';
import { hrefFor, navigate } from '../shell/useHashRoute';
import { CalendarView } from './CalendarView';
import { EntryEditor } from './EntryEditor';
import { Filters } from './Filters';
import { SearchResults } from './SearchResults';
import { NEW_KEYS, NEWER_KEYS, OLDER_KEYS, SEARCH_KEYS, useJournalShortcuts } from './shortcuts';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { Timeline } from './Timeline';
import { TrashView } from './TrashView';
import { useTimeline } from './useTimeline';
import './journal.css';

type View =
  | { kind: 'home' }
  | { kind: 'search' }
  | { kind: 'new'; stepId?: string }
  | { kind: 'entry'; id: number }
  | { kind: 'trash' };

function viewOf(rest: readonly string[]): View {
  const [first, second] = rest;
  // `#/journal/new/<stepId>`: "Write about this step" on a step page.
  if (first === 'new') return second === undefined ? { kind: 'new' } : { kind: 'new', stepId: second };
  if (first === 'trash') return { kind: 'trash' };
  // The menu's "Search" opens `#/journal/search`: the timeline with the search box focused.
  if (first === 'search') return { kind: 'search' };
  const id = Number(second);
  if (first === 'entry' && Number.isInteger(id) && id > 0) return { kind: 'entry', id };
  return { kind: 'home' };
}

/** Shows a route without adding a history step (a new entry becoming `entry/<id>`). */
function replaceRoute(segments: readonly string[]): void {
  window.history.replaceState(null, '', hrefFor(segments));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

interface Notice {
  text: string;
  undoId?: number;
}

/** The journal: timeline, calendar, filters and search on the side; one entry at a time. */
export function JournalScreen({ rest }: { rest: string[] }) {
  const view = viewOf(rest);
  const [filter, setFilter] = useState<EntryFilter>({});
  const [query, setQuery] = useState('');
  const [listVersion, setListVersion] = useState(0);
  const [metaVersion, setMetaVersion] = useState(0);
  const [newCount, setNewCount] = useState(0);
  const [adopted, setAdopted] = useState<ReadonlyMap<number, string>>(new Map());
  const [showFilters, setShowFilters] = useState(false);
  const [showCalendar, setShowCalendar] = useState(false);
  const [focusMode, setFocusMode] = useState(false);
  // Focus mode is the writing alone: the app's top bar goes too (journal.css), and Escape
  // brings everything back. The safety shortcut keeps working while it is hidden.
  useEffect(() => {
    if (!focusMode) return;
    document.documentElement.classList.add('journal-focus');
    const leave = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setFocusMode(false);
    };
    window.addEventListener('keydown', leave);
    return () => {
      document.documentElement.classList.remove('journal-focus');
      window.removeEventListener('keydown', leave);
    };
  }, [focusMode]);
  const [notice, setNotice] = useState<Notice | null>(null);
  /** Moving the open entry to the trash, and undoing that. */
  const entryAction = useBusyAction();
  const searchBox = useRef<HTMLInputElement>(null);
  const timeline = useTimeline(filter, listVersion);
  const selectedId = view.kind === 'entry' ? view.id : null;
  const { items, patch } = timeline;

  const reloadAll = () => {
    setListVersion((v) => v + 1);
    setMetaVersion((v) => v + 1);
  };

  const newEntry = () => {
    setNotice(null);
    entryAction.setError(null);
    setNewCount((n) => n + 1);
    navigate(['journal', 'new']);
  };

  const focusSearch = () => {
    searchBox.current?.focus();
    searchBox.current?.select();
  };
  const openedForSearch = view.kind === 'search';
  useEffect(() => {
    if (openedForSearch) {
      searchBox.current?.focus();
      searchBox.current?.select();
    }
  }, [openedForSearch]);

  const neighbor = (direction: 'older' | 'newer') => {
    if (selectedId === null) {
      const first = items[0];
      if (first !== undefined && direction === 'older') navigate(['journal', 'entry', String(first.id)]);
      return;
    }
    call('journal.neighbor', { id: selectedId, direction, filter }).then(
      ({ id }) => {
        if (id !== null) navigate(['journal', 'entry', String(id)]);
        else
          setNotice({
            text: direction === 'older' ? 'This is the oldest entry.' : 'This is the newest entry.',
          });
      },
      (error: unknown) => entryAction.setError(friendlyMessage(error)),
    );
  };

  useJournalShortcuts({ newEntry, focusSearch, neighbor });

  const onSaved = (entry: EntrySummary) => {
    const shown = items.find((item) => item.id === entry.id);
    if (shown !== undefined && shown.date !== entry.date) setListVersion((v) => v + 1);
    else patch(entry);
    setMetaVersion((v) => v + 1);
  };

  function trash(id: number | null) {
    if (id === null) {
      navigate(['journal']);
      return;
    }
    // One action for trash and undo: a second click while one runs is refused, not sent.
    void entryAction.run(async () => {
      setNotice(null);
      await call('journal.trash', { id });
      navigate(['journal']);
      setNotice({ text: 'The entry was moved to the trash.', undoId: id });
      reloadAll();
    });
  }

  function undo(id: number) {
    void entryAction.run(async () => {
      await call('journal.restore', { id });
      setNotice(null);
      reloadAll();
      navigate(['journal', 'entry', String(id)]);
    });
  }

  const editorKey =
    view.kind === 'new'
      ? `new-${newCount}`
      : view.kind === 'entry'
        ? (adopted.get(view.id) ?? `entry-${view.id}`)
        : '';
  const searching = query.trim() !== '';
  // No entry open and entries to show (or on their way): in a narrow window the list is the
  // whole screen (journal.css). An empty journal keeps the invitation to write.
  const listScreen =
    (view.kind === 'home' || view.kind === 'search') && (timeline.loading || items.length > 0);
  const singleDay = filter.from !== undefined && filter.from === filter.to ? filter.from : null;

  return (
    <div
      className={`journal${focusMode ? ' focus-mode' : ''}${listScreen ? ' list-screen' : ''}`}
      data-view={view.kind}
    >
      <aside className="journal-side" aria-label="Journal entries">
        <div className="side-top">
          <button
            type="button"
            className="primary"
            onClick={newEntry}
            aria-keyshortcuts={NEW_KEYS.aria}
            title={`New entry (${NEW_KEYS.label})`}
          >
            New entry
          </button>
          <input
            ref={searchBox}
            type="search"
            aria-label="Search the journal and step notes"
            placeholder={`Search (${SEARCH_KEYS.label})`}
            aria-keyshortcuts={SEARCH_KEYS.aria}
            value={query}
            maxLength={500}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setQuery('');
            }}
          />
        </div>
        {searching ? (
          <SearchResults text={query} selectedRef={selectedId === null ? null : String(selectedId)} />
        ) : (
          <>
            <div className="side-tools">
              <button type="button" aria-expanded={showFilters} onClick={() => setShowFilters(!showFilters)}>
                Filter{Object.keys(filter).length > 0 ? ' (on)' : ''}
              </button>
              <button
                type="button"
                aria-pressed={showCalendar}
                onClick={() => setShowCalendar(!showCalendar)}
              >
                Calendar
              </button>
              <a
                className="side-link"
                href={hrefFor(['journal', 'trash'])}
                aria-current={view.kind === 'trash' ? 'page' : undefined}
              >
                Trash
              </a>
            </div>
            {showFilters && <Filters filter={filter} onChange={setFilter} version={metaVersion} />}
            {showCalendar && (
              <CalendarView
                selectedDay={singleDay}
                version={metaVersion}
                onPickDay={(date) =>
                  setFilter(singleDay === date ? omitDates(filter) : { ...filter, from: date, to: date })
                }
              />
            )}
            <p className="status timeline-count" role="status">
              {timeline.loading
                ? 'Loading…'
                : `${timeline.total} ${timeline.total === 1 ? 'entry' : 'entries'}`}
            </p>
            <Timeline timeline={timeline} selectedId={selectedId} />
          </>
        )}
        <p className="shortcut-help quiet">
          {NEW_KEYS.label} new · {SEARCH_KEYS.label} search · {NEWER_KEYS.label} / {OLDER_KEYS.label} newer /
          older
        </p>
      </aside>
      <main className="journal-main" aria-label="Entry">
        {/* In one column (a narrow window) the list gives way to the entry; this leads back. */}
        <a className="journal-back" href={hrefFor(['journal'])}>
          All entries
        </a>
        {notice && (
          <div className="notice" role="status">
            <span>{notice.text}</span>
            {notice.undoId !== undefined && (
              <button type="button" onClick={() => undo(notice.undoId ?? 0)}>
                Undo
              </button>
            )}
            <button type="button" className="link" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </div>
        )}
        <FieldError error={entryAction.error} />
        {view.kind === 'trash' && (
          <TrashView onChanged={reloadAll} onRestored={(id) => navigate(['journal', 'entry', String(id)])} />
        )}
        {(view.kind === 'new' || view.kind === 'entry') && (
          <EntryEditor
            key={editorKey}
            entryId={view.kind === 'entry' ? view.id : null}
            newStepId={view.kind === 'new' ? view.stepId : undefined}
            focusMode={focusMode}
            onFocusMode={setFocusMode}
            onCreated={(id) => {
              setAdopted((current) => new Map(current).set(id, editorKey));
              reloadAll();
              replaceRoute(['journal', 'entry', String(id)]);
            }}
            onSaved={onSaved}
            onTrash={trash}
            onNeighbor={neighbor}
          />
        )}
        {(view.kind === 'home' || view.kind === 'search') && (
          <div className="journal-empty">
            <h1>Journal</h1>
            <p>A quiet place for whatever the day brought. Only you can read it.</p>
            <button type="button" className="primary" onClick={newEntry}>
              Write a new entry
            </button>
          </div>
        )}
      </main>
    </div>
  );
}

function omitDates(filter: EntryFilter): EntryFilter {
  const next = { ...filter };
  delete next.from;
  delete next.to;
  return next;
}
