import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { EntrySummary } from '@shared/ipc/contracts/journal';
import { friendlyMessage } from '../api';
import { hrefFor } from '../shell/useHashRoute';
import { formatDayWithWeekday, formatMonth } from '@shared/dates';
import type { TimelineState } from './useTimeline';

type Row = { kind: 'month'; month: string } | { kind: 'entry'; entry: EntrySummary };

const MONTH_ROW_PX = 36;
const ENTRY_ROW_PX = 92;
/** Ask for the next page when this many rows remain below the view. */
const PREFETCH_ROWS = 30;

function toRows(items: readonly EntrySummary[]): Row[] {
  const rows: Row[] = [];
  let month = '';
  for (const entry of items) {
    const entryMonth = entry.date.slice(0, 7);
    if (entryMonth !== month) {
      month = entryMonth;
      rows.push({ kind: 'month', month });
    }
    rows.push({ kind: 'entry', entry });
  }
  return rows;
}

function rowKey(row: Row | undefined): string {
  if (row === undefined) return 'more';
  return row.kind === 'month' ? `m-${row.month}` : `e-${row.entry.id}`;
}

/**
 * Entries grouped by month, newest first. Only the rows in view (plus a few) are in the DOM,
 * so ten thousand entries scroll like ten.
 */
export function Timeline({ timeline, selectedId }: { timeline: TimelineState; selectedId: number | null }) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => toRows(timeline.items), [timeline.items]);
  const count = rows.length + (timeline.hasMore ? 1 : 0);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is used as documented
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'month' ? MONTH_ROW_PX : ENTRY_ROW_PX),
    // Measured sizes belong to rows, not to positions: after a row is removed (a deleted new
    // entry, a month header gone with it), every row below keeps its own height instead of
    // the height of the row that used to be at its index, so none overlaps another.
    getItemKey: (index) => rowKey(rows[index]),
    overscan: 8,
  });
  // A hidden list (an entry open in a narrow window, focus mode) measures its rows at 0 px; shown
  // again, each grows back to its height. The default rule took that for rows above the view
  // changing size and scrolled down by all of them, hiding the newest entries. Otherwise the
  // default rule: a row measured for the first time above the view, or one entirely above it.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) => {
    if (item.size === 0) return false;
    const offset = instance.scrollOffset ?? 0;
    if (!instance.itemSizeCache.has(item.key)) return item.start < offset;
    return item.end <= offset && instance.scrollDirection !== 'backward';
  };
  const virtualRows = virtualizer.getVirtualItems();
  const lastIndex = virtualRows.at(-1)?.index ?? 0;
  const { hasMore, loading, loadMore } = timeline;

  useEffect(() => {
    if (hasMore && !loading && lastIndex >= rows.length - PREFETCH_ROWS) loadMore();
  }, [hasMore, loading, lastIndex, rows.length, loadMore]);

  if (timeline.error !== null && rows.length === 0)
    return <p role="alert">{friendlyMessage(timeline.error)}</p>;
  if (!timeline.loading && rows.length === 0) {
    return <p className="quiet timeline-empty">No entries here yet.</p>;
  }

  return (
    <div ref={scroller} className="timeline" tabIndex={-1} data-testid="timeline">
      <ul
        className="timeline-inner"
        style={{ height: virtualizer.getTotalSize() }}
        aria-label="Entries, newest first"
      >
        {virtualRows.map((virtualRow) => {
          const row = rows[virtualRow.index];
          // Rows are measured after they render, so a larger text size or a long tag list
          // never overlaps the next row; the estimate only places rows not yet seen.
          const style = { transform: `translateY(${virtualRow.start}px)` };
          const measure = { ref: virtualizer.measureElement, 'data-index': virtualRow.index };
          if (row === undefined) {
            return (
              <li key="more" className="timeline-row timeline-more" style={style} role="status" {...measure}>
                Loading older entries…
              </li>
            );
          }
          if (row.kind === 'month') {
            return (
              <li key={`m-${row.month}`} className="timeline-row timeline-month" style={style} {...measure}>
                <h3>{formatMonth(row.month)}</h3>
              </li>
            );
          }
          const { entry } = row;
          return (
            <li key={entry.id} className="timeline-row" style={style} {...measure}>
              <a
                href={hrefFor(['journal', 'entry', String(entry.id)])}
                className="timeline-entry"
                aria-current={entry.id === selectedId ? 'true' : undefined}
              >
                <span className="timeline-date">
                  {formatDayWithWeekday(entry.date, { month: 'short' })}
                </span>
                <span className="timeline-title">{entry.title || entry.excerpt || 'Untitled'}</span>
                {entry.title !== '' && <span className="timeline-excerpt">{entry.excerpt}</span>}
                {entry.tags.length > 0 && <span className="timeline-tags">{entry.tags.join(' · ')}</span>}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
