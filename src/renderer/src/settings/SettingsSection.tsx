import { useId, type ReactNode } from 'react';

/** One titled card on the settings screen; a labelled region, so screen readers can jump to it. */
export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card stack settings-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A short-lived "Saved." style message, read out politely. */
export function Done({ text }: { text: string | null }) {
  return (
    <p role="status" className="quiet">
      {text ?? ''}
    </p>
  );
}
