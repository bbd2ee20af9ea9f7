/** `YYYY-MM-DD` of a moment in this computer's time zone (the day the person lives in). */
export function localDateOf(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
