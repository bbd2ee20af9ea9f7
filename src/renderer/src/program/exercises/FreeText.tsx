import { useId } from 'react';

/** A labelled free-text area for the tools that are a plan or a reflection in prose. */
export function FreeText({
  label,
  value,
  rows = 6,
  onChange,
}: {
  label: string;
  value: string;
  rows?: number;
  onChange(text: string): void;
}) {
  const id = useId();
  return (
    <div className="stack tight">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
