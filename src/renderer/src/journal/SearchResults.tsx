import { useEffect, useState } from 'react';
import type { SearchHit, SnippetPart } from '@shared/ipc/contracts/journal';
import { call, friendlyMessage } from '../api';
import { hrefFor } from '../shell/useHashRoute';
import { formatDay } from '@shared/dates';

const DEBOUNCE_MS = 200;

/** Where a hit opens. Step notes belong to the program screens (route `program`). */
function hitHref(hit: SearchHit): string {
  return hit.kind === 'entry'
    ? hrefFor(['journal', 'entry', hit.refId])
    : hrefFor(['program', 'note', hit.refId]);
}

/** Draws a snippet: matched words in <mark>, everything as text (never as HTML). */
function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((part, index) =>
        part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}

type Results =
  | { text: string; hits: SearchHit[]; more: boolean; behind: boolean }
  | { text: string; error: unknown };

/** Said when main could not add the newest text to the index (a full disk, a read-only folder). */
function BehindNote() {
  return (
    <p className="quiet" role="note">
      Your newest writing is saved but not in these results yet: the disk is full, or Mend’s
      folder cannot be written to. Search catches up once Mend can write again.
    </p>
  );
}

/** Results for what is typed in the search box, across journal entries and step notes. */
export function SearchResults({ text, selectedRef }: { text: string; selectedRef: string | null }) {
  const [results, setResults] = useState<Results | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      call('search.query', { text, limit: 100 }).then(
        (page) => current && setResults({ text, hits: page.hits, more: page.next !== null, behind: page.behind }),
        (error: unknown) => current && setResults({ text, error }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  if (results === null || results.text !== text)
    return (
      <p className="status" role="status">
        Searching…
      </p>
    );
  if ('error' in results) return <p role="alert">{friendlyMessage(results.error)}</p>;
  if (results.hits.length === 0) {
    return (
      <>
        <p className="quiet" role="status">
          Nothing found for “{text.trim()}”.
        </p>
        {results.behind && <BehindNote />}
      </>
    );
  }
  return (
    <div className="search-results">
      {results.behind && <BehindNote />}
      <p className="status" role="status">
        {results.more
          ? 'The 100 newest matches'
          : `${results.hits.length} ${results.hits.length === 1 ? 'match' : 'matches'}`}
      </p>
      <ul aria-label="Search results">
        {results.hits.map((hit) => (
          <li key={`${hit.kind}:${hit.refId}`}>
            <a
              className="search-hit"
              href={hitHref(hit)}
              aria-current={hit.kind === 'entry' && hit.refId === selectedRef ? 'true' : undefined}
            >
              <span className="hit-meta">
                <span className={`hit-kind kind-${hit.kind}`}>
                  {hit.kind === 'entry' ? 'Journal' : 'Step note'}
                </span>{' '}
                {hit.date && formatDay(hit.date, { month: 'short' })}
              </span>
              {hit.title !== '' && <span className="hit-title">{hit.title}</span>}
              <Snippet parts={hit.snippet} />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
