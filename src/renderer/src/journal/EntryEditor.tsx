import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { JOURNAL_LIMITS, type Entry, type EntrySummary } from '@shared/ipc/contracts/journal';
import { call } from '../api';
import { flushAll } from '../shell/flushers';
import { SaveIndicator } from '../autosave/SaveIndicator';
import { useAutosave } from '../autosave/useAutosave';
import { useAsync } from '../useAsync';
import { today } from '@shared/dates';
import {
  draftFrom,
  emptyDraft,
  isBlank,
  samePayload,
  toPayload,
  type Draft,
  type EntryPayload,
} from './draft';
import { Markdown } from './Markdown';
import { NEWER_KEYS, OLDER_KEYS } from './shortcuts';
import { useStepChoices } from './stepChoices';
import { StepPicker } from './StepPicker';
import { FieldError } from '../components/FieldError';
import { NotReady } from '../components/NotReady';

export interface EditorEvents {
  /** A new entry got its id (first save); the timeline reloads. */
  onCreated(id: number): void;
  /** Main stored a later version of the entry: its timeline row as main now shows it. */
  onSaved(summary: EntrySummary): void;
  /** The person asked to delete: the text is saved first, then the entry goes to the trash. */
  onTrash(id: number | null): void;
  onNeighbor(direction: 'older' | 'newer'): void;
}

interface Props extends EditorEvents {
  entryId: number | null;
  /** For a new entry: the step it is about ("Write about this step"). */
  newStepId?: string | undefined;
  focusMode: boolean;
  onFocusMode(on: boolean): void;
}

const SETTLE_BEFORE_LOAD_MS = 5000;

/** Loads the entry (or starts a blank one) and hands it to the form. */
export function EntryEditor(props: Props) {
  const { entryId } = props;
  // Loaded once per editor: later saves come from this editor, not from main. Saves still
  // on their way from a closed editor land first, so reopening an entry never shows old text.
  const loaded = useAsync(async () => {
    if (entryId === null) return null;
    await flushAll(SETTLE_BEFORE_LOAD_MS);
    return call('journal.get', { id: entryId });
  }, []);
  if (loaded.status !== 'ready') return <NotReady state={loaded} waiting="Opening the entry…" />;
  return <EntryForm {...props} initial={loaded.value} />;
}

function EntryForm({
  initial,
  onFocusMode,
  focusMode,
  newStepId,
  ...events
}: Props & { initial: Entry | null }) {
  const id = useId();
  const stepChoices = useStepChoices();
  const [initialDraft] = useState<Draft>(() =>
    initial ? draftFrom(initial) : emptyDraft(today(), newStepId ?? ''),
  );
  const [draft, setDraft] = useState<Draft>(initialDraft);
  // A field that is not valid yet is saved with its value from when the editor opened.
  const [base] = useState<EntryPayload>(() => toPayload(initialDraft, emptyPayload()).payload);
  const [mode, setMode] = useState<'write' | 'read'>('write');
  const [saver] = useState(() => new EntrySaver(initial?.id ?? null, events));
  useEffect(() => saver.listen(events));
  const { payload, problems } = toPayload(draft, base);
  // A new payload object every render; samePayload tells a real change from a re-render.
  const autosave = useAutosave(payload, saver.save, samePayload);

  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const flush = () => void autosave.flush();
  const bodyField = useRef<HTMLTextAreaElement>(null);

  // The title wraps like a paragraph but stays one line of text: Enter goes on to the body,
  // as it would from a title field, instead of starting a second line.
  function titleKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    bodyField.current?.focus();
  }

  async function trash() {
    if (saver.id === null && isBlank(payload)) {
      events.onTrash(null);
      return;
    }
    if ((await autosave.flush()) && saver.id !== null) events.onTrash(saver.id);
  }

  return (
    <article className="entry-editor" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`} className="visually-hidden">
        {initial === null ? 'New entry' : 'Entry'}
      </h1>
      <div className="editor-toolbar">
        <label className="date-field">
          <span className="visually-hidden">Date</span>
          <input
            type="date"
            value={draft.date}
            onChange={(event) => update({ date: event.target.value })}
            onBlur={flush}
            aria-invalid={problems.date !== undefined}
          />
        </label>
        <div className="mode-switch" role="group" aria-label="View">
          <button type="button" aria-pressed={mode === 'write'} onClick={() => setMode('write')}>
            Write
          </button>
          <button type="button" aria-pressed={mode === 'read'} onClick={() => setMode('read')}>
            Read
          </button>
        </div>
        <button
          type="button"
          className="focus-toggle"
          aria-pressed={focusMode}
          title={focusMode ? 'Leave focus mode (Escape)' : 'Only the writing, nothing else'}
          onClick={() => onFocusMode(!focusMode)}
        >
          Focus
        </button>
        <SaveIndicator
          // A new entry with nothing in it has nothing saved: no "Saved" until it is written to disk.
          status={saver.id === null && isBlank(payload) ? { kind: 'idle' } : autosave.status}
          onRetry={flush}
        />
      </div>
      <FieldError error={problems.date ?? null} />

      <textarea
        className="entry-title"
        aria-label="Title"
        placeholder="Title (optional)"
        rows={1}
        maxLength={JOURNAL_LIMITS.titleChars}
        value={draft.title}
        // A pasted title with line breaks becomes one line, as a title field would take it.
        onChange={(event) => update({ title: oneLine(event.target.value) })}
        onKeyDown={titleKey}
        onBlur={flush}
      />
      {mode === 'write' ? (
        <textarea
          ref={bodyField}
          className="entry-body"
          aria-label="Entry"
          placeholder="Write whatever the day brought. Markdown works: *italic*, **bold**, lists."
          maxLength={JOURNAL_LIMITS.bodyChars}
          value={draft.body}
          onChange={(event) => update({ body: event.target.value })}
          onBlur={flush}
          autoFocus={initial === null}
        />
      ) : (
        <div className="entry-read" aria-label="Entry, formatted">
          {draft.body.trim() === '' ? (
            <p className="quiet">Nothing written yet.</p>
          ) : (
            <Markdown source={draft.body} />
          )}
        </div>
      )}

      <div className="editor-meta">
        <div className="stack tight">
          <label htmlFor={`${id}-tags`}>Tags</label>
          <input
            id={`${id}-tags`}
            value={draft.tagsText}
            placeholder="e.g. sleep, hard days"
            onChange={(event) => update({ tagsText: event.target.value })}
            onBlur={flush}
            aria-invalid={problems.tags !== undefined}
          />
          <FieldError error={problems.tags ?? null} />
        </div>
        <div className="stack tight">
          <label htmlFor={`${id}-step`}>Linked step (optional)</label>
          <StepPicker
            id={`${id}-step`}
            choices={stepChoices}
            value={draft.stepId}
            noneLabel="No step"
            onChange={(stepId) => update({ stepId })}
            onBlur={flush}
          />
        </div>
      </div>

      <div className="editor-actions">
        <button
          type="button"
          onClick={() => events.onNeighbor('newer')}
          aria-keyshortcuts={NEWER_KEYS.aria}
          title={`Newer entry (${NEWER_KEYS.label})`}
        >
          ↑ Newer
        </button>
        <button
          type="button"
          onClick={() => events.onNeighbor('older')}
          aria-keyshortcuts={OLDER_KEYS.aria}
          title={`Older entry (${OLDER_KEYS.label})`}
        >
          ↓ Older
        </button>
        <span className="spacer" />
        <button type="button" onClick={() => void trash()}>
          Delete
        </button>
      </div>
    </article>
  );
}

/**
 * Creates the entry on its first non-blank save and updates it afterwards. Lives as long as
 * the editor, outside React's render cycle; `listen` keeps the latest callbacks.
 */
class EntrySaver {
  constructor(
    public id: number | null,
    private events: Pick<EditorEvents, 'onCreated' | 'onSaved'>,
  ) {}

  listen(events: Pick<EditorEvents, 'onCreated' | 'onSaved'>): void {
    this.events = events;
  }

  save = async (payload: EntryPayload): Promise<void> => {
    if (this.id === null) {
      if (isBlank(payload)) return;
      const created = await call('journal.create', payload);
      this.id = created.id;
      this.events.onCreated(created.id);
      return;
    }
    this.events.onSaved(await call('journal.update', { id: this.id, ...payload }));
  };
}

function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}

function emptyPayload(): EntryPayload {
  return { date: today(), title: '', body: '', tags: [], stepId: null };
}
