import type { TrendTableRow } from '@shared/tracker/trendTable';

interface Props {
  caption: string;
  rows: readonly TrendTableRow[];
  averageLabel: string;
}

/** The chart's numbers as a table, hidden from sight but read by screen readers. */
export function ValuesTable({ caption, rows, averageLabel }: Props) {
  return (
    <table className="visually-hidden" data-testid="trend-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Answer</th>
          <th scope="col">{averageLabel}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.date}>
            <th scope="row">{row.day}</th>
            <td>{row.value}</td>
            <td>{row.average}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
