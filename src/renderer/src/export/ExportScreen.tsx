import { useId, useState } from 'react';
import type { ExportChoices, ExportResult } from '@shared/ipc/contract';
import { call, friendlyMessage, MendApiError } from '../api';
import { useAsync } from '../useAsync';
import { ExportChoicesFields } from './ExportChoicesFields';
import { TransferPanel } from './TransferPanel';
import {
  formProblem,
  initialForm,
  pdfOptionsOf,
  selectionOf,
  type ExportForm,
  type ExportFormat,
} from './exportForm';
import './export.css';
import { FieldError } from '../components/FieldError';
import { useBusyAction } from '../components/useBusyAction';
import { NotReady } from '../components/NotReady';

const FORMATS: { value: ExportFormat; label: string; hint: string; action: string }[] = [
  { value: 'pdf', label: 'PDF', hint: 'To read, print, or bring to a counsellor.', action: 'Save PDF…' },
  {
    value: 'markdown',
    label: 'Markdown folder',
    hint: 'Plain text files that any editor opens.',
    action: 'Save Markdown folder…',
  },
  {
    value: 'json',
    label: 'JSON file',
    hint: 'Everything, in an open format, to keep or to import again.',
    action: 'Save JSON file…',
  },
];

function failureWords(failure: unknown): string {
  if (failure instanceof MendApiError && failure.code === 'READ_ONLY')
    return 'Mend cannot write there. Please choose another place.';
  if (failure instanceof MendApiError && failure.code === 'DISK_FULL')
    return 'The disk is full, so the export could not be saved.';
  if (failure instanceof MendApiError && failure.code === 'CONFLICT')
    return 'An export is already running. Please wait for it to finish.';
  return friendlyMessage(failure);
}

function countWords(result: Extract<ExportResult, { status: 'saved' }>): string {
  const { entries, notes, exercises, charts } = result.counts;
  const parts = [
    [entries, 'journal entry', 'journal entries'],
    [notes, 'note', 'notes'],
    [exercises, 'exercise', 'exercises'],
    [charts, 'chart', 'charts'],
  ] as const;
  const words = parts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  return words.length === 0
    ? 'It has the cover page only: nothing matched your choices.'
    : `It holds ${words.join(', ')}.`;
}

/** Make a copy of the journey: PDF, Markdown or JSON, saved where the person chooses. */
export function ExportScreen() {
  // Asked again after an import: new tags, and the import is no longer offered once there is writing.
  const [round, setRound] = useState(0);
  const choices = useAsync(() => call('export.choices'), [round]);
  if (choices.status !== 'ready') return <NotReady state={choices} />;
  return <ExportPanel choices={choices.value} onImported={() => setRound((n) => n + 1)} />;
}

function ExportPanel({ choices, onImported }: { choices: ExportChoices; onImported(): void }) {
  const id = useId();
  const [form, setForm] = useState<ExportForm>(() => initialForm(choices, navigator.language));
  const exporting = useBusyAction();
  const showing = useBusyAction();
  const [result, setResult] = useState<ExportResult | null>(null);
  const { busy } = exporting;
  const problem = formProblem(form, choices);
  const format = FORMATS.find((candidate) => candidate.value === form.format) ?? FORMATS[0];

  function run() {
    void exporting.run(async () => {
      setResult(null);
      showing.setError(null);
      setResult(
        form.format === 'pdf'
          ? await call('export.pdf', pdfOptionsOf(form, choices))
          : form.format === 'markdown'
            ? await call('export.markdown', selectionOf(form, choices))
            : await call('export.json'),
      );
    }, failureWords);
  }

  async function showFile() {
    let gone = false;
    await showing.run(async () => {
      gone = !(await call('export.showFile')).shown;
    }, failureWords);
    if (gone) showing.setError('That file is no longer where it was saved.');
  }

  return (
    <main className="screen export-screen" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Export</h1>
      <p className="lead">
        Make a copy of your journey to read on paper, to bring to a counsellor, or to keep.
      </p>
      <p className="export-warning" role="note">
        Exported files are not encrypted. Anyone who opens them can read them, so keep them somewhere private.
      </p>

      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <fieldset className="export-fieldset">
          <legend>Format</legend>
          {FORMATS.map((candidate) => (
            <div key={candidate.value} className="format-choice">
              <label className="choice">
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={candidate.value}
                  checked={form.format === candidate.value}
                  aria-describedby={`${id}-${candidate.value}-hint`}
                  onChange={() => setForm({ ...form, format: candidate.value })}
                />
                <strong>{candidate.label}</strong>
              </label>
              <span id={`${id}-${candidate.value}-hint`} className="quiet format-hint">
                {candidate.hint}
              </span>
            </div>
          ))}
        </fieldset>

        {form.format === 'json' ? (
          <p className="quiet">The JSON file always holds everything, so that it can be imported again.</p>
        ) : (
          <ExportChoicesFields form={form} choices={choices} onChange={setForm} />
        )}

        {form.format === 'pdf' && (
          <fieldset className="export-fieldset">
            <legend>Page</legend>
            <label htmlFor={`${id}-title-input`}>Title on the cover</label>
            <input
              id={`${id}-title-input`}
              type="text"
              maxLength={120}
              placeholder="My journey with Mend"
              value={form.title}
              onChange={(event) => setForm({ ...form, title: event.target.value })}
            />
            <label htmlFor={`${id}-paper`}>Paper size</label>
            <select
              id={`${id}-paper`}
              value={form.paper}
              onChange={(event) =>
                setForm({ ...form, paper: event.target.value === 'Letter' ? 'Letter' : 'A4' })
              }
            >
              <option value="A4">A4</option>
              <option value="Letter">US Letter</option>
            </select>
          </fieldset>
        )}

        <FieldError error={problem} />
        <div className="row">
          <button type="submit" className="primary" disabled={busy || problem !== null}>
            {busy ? 'Preparing your export…' : format?.action}
          </button>
        </div>
      </form>

      <div aria-live="polite" className="export-outcome">
        {busy && <p role="status">Preparing your export. This can take a minute for a long journal.</p>}
        <FieldError error={exporting.error ?? showing.error} />
        {result?.status === 'cancelled' && <p role="status">Nothing was saved.</p>}
        {result?.status === 'saved' && (
          <div className="card stack export-saved" role="status">
            <p>
              Saved <strong dir="auto">{result.name}</strong>. {countWords(result)}
            </p>
            <div className="row">
              <button type="button" disabled={showing.busy} onClick={() => void showFile()}>
                Show in folder
              </button>
            </div>
          </div>
        )}
      </div>

      <TransferPanel importable={choices.importable} onImported={onImported} />
    </main>
  );
}
