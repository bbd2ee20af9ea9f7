const FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A moment as people read it, e.g. "Jan 5, 2026, 9:00 AM". */
export function formatWhen(ms: number): string {
  return FORMAT.format(ms);
}
