import type { ReactNode } from 'react';
import type { AppInfo } from '@shared/ipc/contract';

/** The first screen: what Mend is, the two paths, and the quiet line about therapy. */
export function Welcome({ info, children }: { info: AppInfo; children?: ReactNode }) {
  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{info.name}</h1>
      <p className="lead">A private place to work through broken trust, one step at a time.</p>
      <ul className="track-list" aria-label="Paths">
        {info.tracks.map((track) => (
          <li key={track.id} className="track-card" data-track={track.id}>
            <h2>{track.title}</h2>
            <p>{track.tagline}</p>
          </li>
        ))}
      </ul>
      {children}
      <p className="quiet">Mend is not a substitute for therapy or counselling.</p>
      <footer className="version">Version {info.version}</footer>
    </main>
  );
}
