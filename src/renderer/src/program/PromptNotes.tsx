import { useEffect, useId, useRef, useState } from 'react';
import type { Prompt, Step } from '@shared/content';
import { call } from '../api';
import { SaveIndicator } from '../autosave/SaveIndicator';
import { useAutosave } from '../autosave/useAutosave';
import { useAsync } from '../useAsync';
import { NotReady } from '../components/NotReady';

/**
 * The step's prompts, each with its own private note. Editors appear only once the saved
 * notes have loaded, so a failed load can never be mistaken for empty notes and saved over.
 */
export function PromptNotes({ step, focusPromptId }: { step: Step; focusPromptId?: string | undefined }) {
  const notes = useAsync(() => call('program.notes', { stepId: step.id }), [step.id]);
  if (notes.status !== 'ready') return <NotReady state={notes} waiting="Opening your notes…" />;

  const saved = new Map(notes.value.notes.map((note) => [note.promptId, note.text]));
  const current = new Set(step.prompts.map((prompt) => prompt.id));
  const earlier = notes.value.notes.filter((note) => !current.has(note.promptId));
  return (
    <>
      <ol className="prompts">
        {step.prompts.map((prompt) => (
          <li key={prompt.id}>
            <PromptNote prompt={prompt} initial={saved.get(prompt.id) ?? ''} focus={prompt.id === focusPromptId} />
          </li>
        ))}
      </ol>
      {earlier.length > 0 && (
        <section className="stack earlier-notes" aria-labelledby={`${step.id}-earlier`}>
          <h3 id={`${step.id}-earlier`}>Notes from an earlier version of this step</h3>
          <p className="quiet">The questions these answered have since changed. Your words are kept here.</p>
          {earlier.map((note) => (
            <blockquote key={note.promptId} className="earlier-note">
              {note.text}
            </blockquote>
          ))}
        </section>
      )}
    </>
  );
}

function PromptNote({ prompt, initial, focus }: { prompt: Prompt; initial: string; focus: boolean }) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!focus) return;
    field.current?.scrollIntoView({ block: 'center' });
    field.current?.focus();
  }, [focus]);
  const [text, setText] = useState(initial);
  const autosave = useAutosave(text, (value) => call('program.saveNote', { promptId: prompt.id, text: value }));
  return (
    <div className="prompt-note stack tight" data-prompt={prompt.id}>
      <label htmlFor={`${id}-note`}>{prompt.text}</label>
      <textarea
        ref={field}
        id={`${id}-note`}
        value={text}
        rows={3}
        aria-describedby={`${id}-saved`}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void autosave.flush()}
      />
      <SaveIndicator id={`${id}-saved`} status={autosave.status} onRetry={() => void autosave.flush()} />
    </div>
  );
}
