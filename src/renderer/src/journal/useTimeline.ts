import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryFilter, EntrySummary, TimelineCursor } from '@shared/ipc/contracts/journal';
import { call } from '../api';

const TIMELINE_PAGE = 200;

export interface TimelineState {
  items: EntrySummary[];
  total: number;
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  loadMore(): void;
  /** Shows a saved entry's new title, tags and first words without reloading the list. */
  patch(summary: EntrySummary): void;
}

/**
 * The timeline's pages, newest first. Pages come from main by keyset (after the last row
 * shown), so only what has been scrolled to is ever loaded, and no whole bodies at all.
 * `version` changes reload from the top (after a create, delete or restore).
 */
export function useTimeline(filter: EntryFilter, version: number): TimelineState {
  const [items, setItems] = useState<EntrySummary[]>([]);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<TimelineCursor | null>(null);
  /** Which filter + version the shown items belong to; anything else means "loading". */
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);
  const inFlight = useRef(false);
  const filterKey = JSON.stringify(filter);
  const currentKey = `${version}:${filterKey}`;

  const fetchPage = useCallback(
    (after: TimelineCursor | null, key: string) => {
      const mine = generation.current;
      inFlight.current = true;
      call('journal.list', { filter: JSON.parse(filterKey) as EntryFilter, after, limit: TIMELINE_PAGE })
        .then(
          (page) => {
            if (mine !== generation.current) return;
            setItems((current) => (after === null ? page.items : [...current, ...page.items]));
            setTotal(page.total);
            setNext(page.next);
            setError(null);
            setLoadedKey(key);
          },
          (failure: unknown) => {
            if (mine === generation.current) setError(failure);
          },
        )
        .finally(() => {
          if (mine === generation.current) inFlight.current = false;
        });
    },
    [filterKey],
  );

  useEffect(() => {
    generation.current += 1;
    fetchPage(null, `${version}:${filterKey}`);
  }, [fetchPage, version, filterKey]);

  const loadMore = useCallback(() => {
    if (next !== null && !inFlight.current) fetchPage(next, currentKey);
  }, [fetchPage, next, currentKey]);

  /** A saved entry's row as main returned it from journal.update. */
  const patch = useCallback((summary: EntrySummary) => {
    setItems((current) => current.map((item) => (item.id === summary.id ? summary : item)));
  }, []);

  return { items, total, hasMore: next !== null, loading: loadedKey !== currentKey, error, loadMore, patch };
}
