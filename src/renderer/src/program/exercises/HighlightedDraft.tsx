import { useRef, type ReactNode } from 'react';
import type { ApologyFlag } from '@shared/apology/checkApology';
import { APOLOGY_KIND_INFO } from '@shared/apology/apologyKinds';

interface Props {
  id: string;
  label: string;
  value: string;
  flags: readonly ApologyFlag[];
  describedBy: string;
  onChange(value: string): void;
}

/** The draft cut into plain runs and flagged runs, in reading order (flags never overlap). */
function segments(text: string, flags: readonly ApologyFlag[]): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const flag of flags) {
    if (flag.start < at || flag.end > text.length) continue; // a flag for an older draft
    if (flag.start > at) parts.push(text.slice(at, flag.start));
    parts.push(
      <mark key={flag.start} data-kind={flag.kind} title={APOLOGY_KIND_INFO[flag.kind].label}>
        {text.slice(flag.start, flag.end)}
      </mark>,
    );
    at = flag.end;
  }
  parts.push(text.slice(at));
  // A final line break needs something after it, or the backdrop ends a line short.
  parts.push('\u200b');
  return parts;
}

/**
 * A textarea with the checker's highlights drawn under the words they point at, the way a
 * grammar checker marks a draft. The highlights sit in a backdrop with the same font, padding
 * and wrapping, stacked under a transparent textarea in one grid cell, so both always have
 * the same size; the backdrop follows the textarea's scroll. The backdrop is hidden from
 * screen readers: the list of flags below says the same in words.
 */
export function HighlightedDraft({ id, label, value, flags, describedBy, onChange }: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  return (
    <div className="stack tight">
      <label htmlFor={id}>{label}</label>
      <div className="highlighted-draft">
        <div className="draft-backdrop" aria-hidden="true" ref={backdrop}>
          {segments(value, flags)}
        </div>
        <textarea
          id={id}
          rows={8}
          value={value}
          aria-describedby={describedBy}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </div>
  );
}
