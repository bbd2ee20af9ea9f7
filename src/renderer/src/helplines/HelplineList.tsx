import { useId } from 'react';
import {
  helplineGroups,
  HelplineRegion,
  REGION_NAMES,
  type HelplineFile,
} from '@shared/helplines';
import { formatDay } from '@shared/dates';
import { HelplineLineItem } from './HelplineLines';
import type { Helplines } from './useHelplines';
import './helplines.css';

/**
 * The numbers for the reader's country, with a plain selector for any other. Shown as text:
 * a desktop cannot dial, and a text-only service never says "call".
 */
export function HelplineList({ helplines, headingLevel = 2 }: { helplines: Helplines; headingLevel?: 2 | 3 }) {
  const id = useId();
  const { file, region } = helplines;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="stack helplines" aria-labelledby={`${id}-title`} data-region={region ?? 'none'}>
      <Heading id={`${id}-title`} className="safety-help-title">
        {region === null || region === 'EU' ? 'Helplines' : `Helplines: ${REGION_NAMES[region]}`}
      </Heading>
      <p className="helpline-emergency">
        <strong>Your local emergency number always works.</strong> If you are in danger now, call it first.
      </p>
      <RegionSelect helplines={helplines} />
      {region === null ? (
        <p>
          Mend does not have a list for your country yet. Choose a country above, or call your local emergency
          number.
        </p>
      ) : (
        <Groups file={file} region={region} SubHeading={SubHeading} />
      )}
      <p className="quiet helpline-checked">
        This list was last checked on {formatDay(file.checked, { month: 'short', locale: englishLocale() })}. Numbers change: if one does not work, your
        local emergency number always does.
      </p>
    </section>
  );
}

/** The page is in English: an English reader's own date order, else the British one. */
function englishLocale(): string {
  return navigator.language.toLowerCase().startsWith('en') ? navigator.language : 'en-GB';
}

function Groups({
  file,
  region,
  SubHeading,
}: {
  file: HelplineFile;
  region: HelplineRegion;
  SubHeading: 'h3' | 'h4';
}) {
  return (
    <>
      {region === 'EU' && (
        <p>
          These EU-wide numbers work only in countries that have switched them on. Your local emergency number works
          everywhere.
        </p>
      )}
      {helplineGroups(file, region).map((group) => (
        <div key={group.kind} className="helpline-group" data-kind={group.kind}>
          <SubHeading>{group.heading}</SubHeading>
          <ul className="helpline-lines">
            {group.lines.map((line) => (
              <HelplineLineItem key={`${line.name}-${line.call ?? line.text ?? ''}`} line={line} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function RegionSelect({ helplines }: { helplines: Helplines }) {
  const id = useId();
  return (
    <p className="row helpline-select">
      <label htmlFor={id}>Country</label>
      <select
        id={id}
        value={helplines.region ?? ''}
        onChange={(event) => {
          const parsed = HelplineRegion.safeParse(event.target.value);
          void helplines.choose(parsed.success ? parsed.data : null).catch(() => undefined);
        }}
      >
        {helplines.region === null && <option value="">Choose a country</option>}
        {HelplineRegion.options.map((region) => (
          <option key={region} value={region}>
            {REGION_NAMES[region]}
          </option>
        ))}
      </select>
    </p>
  );
}
