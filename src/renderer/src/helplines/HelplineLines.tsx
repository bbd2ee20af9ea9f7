import type { HelplineLine } from '@shared/helplines';

/** One line: its name, how to reach it in words ("call 988", "text HOME to 741741"), when it is open, caveat. */
export function HelplineLineItem({ line }: { line: HelplineLine }) {
  const ways = [line.call, line.text].filter((way): way is string => way !== null);
  return (
    <li className="helpline" data-kind={line.kind}>
      <span className="helpline-name">
        {line.name}
        {line.area !== null && <span className="helpline-area"> ({line.area})</span>}
      </span>
      <span className="helpline-ways">{capitalise(ways.join(' or '))}</span>
      <span className="helpline-hours quiet">
        {line.opening}
        {line.ifClosed !== null && `. ${line.ifClosed}`}
      </span>
      {line.caveat !== null && <span className="helpline-caveat quiet">{line.caveat}</span>}
    </li>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
