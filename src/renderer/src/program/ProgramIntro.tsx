import { useId } from 'react';
import type { ProgramForUi } from '@shared/ipc/contract';
import { useOpenSafety } from '../shell/safetyOpener';

/** The program's "Before you begin", where a person starts, with the safety page one click away. */
export function ProgramIntro({ intro }: { intro: ProgramForUi['intro'] }) {
  const id = useId();
  const openSafety = useOpenSafety();
  return (
    <section className="card stack program-intro" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{intro.title}</h2>
      {intro.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        <button type="button" className="link" onClick={() => openSafety()}>
          Read “If you are not safe”
        </button>
      </p>
    </section>
  );
}
