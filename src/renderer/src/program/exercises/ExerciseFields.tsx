import type { Step } from '@shared/content';
import type { ExerciseData } from '@shared/exercises';
import { isToolKind, type ToolData } from '@shared/exerciseTools';
import { AngerRelease } from './AngerRelease';
import { ApologyWorkshop } from './ApologyWorkshop';
import { DatedLog } from './DatedLog';
import { DisclosureList } from './DisclosureList';
import { EditableList } from './EditableList';
import { FreeText } from './FreeText';
import { LingerReflection } from './LingerReflection';
import { PatienceTimeline } from './PatienceTimeline';
import { StructuredTool } from './StructuredTool';
import { hrefFor } from '../../shell/useHashRoute';

interface Props {
  step: Step;
  data: ExerciseData;
  onChange(data: ExerciseData): void;
}

/** One small tool per exercise kind. */
export function ExerciseFields({ step, data, onChange }: Props) {
  if (isToolKind(data.kind)) {
    // The tool's schema is built from the same description, so main accepts what it edits.
    return <StructuredTool data={data as ToolData} onChange={(next) => onChange(next as ExerciseData)} />;
  }
  switch (data.kind) {
    case 'disclosure-list':
      return <DisclosureList data={data} onChange={onChange} />;
    case 'reaction-plan':
      return (
        <FreeText
          label="Your steady plan"
          value={data.text}
          onChange={(text) => onChange({ ...data, text })}
        />
      );
    case 'apology-workshop':
      return <ApologyWorkshop data={data} onChange={onChange} />;
    case 'listening-log':
      return (
        <DatedLog
          title="Listening log"
          textLabel="What I heard, without defending myself"
          addLabel="Add an entry for today"
          entries={data.entries}
          onChange={(entries) => onChange({ ...data, entries })}
        />
      );
    case 'openness-plan':
      return (
        <FreeText
          label="Your openness plan"
          value={data.text}
          onChange={(text) => onChange({ ...data, text })}
        />
      );
    case 'self-forgiveness-checkin':
      return (
        <>
          <p>
            The daily questions live in the check-in, where you can see how they change over time.{' '}
            <a href={hrefFor(['checkin'])}>Open the daily check-in</a>
          </p>
          <FreeText
            label="Notes on how you are treating yourself"
            value={data.text}
            onChange={(text) => onChange({ ...data, text })}
          />
        </>
      );
    case 'patience-timeline':
      return <PatienceTimeline data={data} onChange={onChange} />;
    case 'anger-release':
      return <AngerRelease data={data} onChange={onChange} />;
    case 'linger-reflection':
      return <LingerReflection data={data} onChange={onChange} />;
    case 'expectations-list':
      return (
        <div className="two-lists">
          <EditableList
            title="What I can live with"
            itemLabel="Something I can live with"
            addLabel="Add to this list"
            items={data.canLiveWith}
            onChange={(canLiveWith) => onChange({ ...data, canLiveWith })}
          />
          <EditableList
            title="What I will not accept"
            itemLabel="Something I will not accept"
            addLabel="Add to this list"
            items={data.willNotAccept}
            onChange={(willNotAccept) => onChange({ ...data, willNotAccept })}
          />
        </div>
      );
    case 'love-notes':
      return (
        <DatedLog
          title={step.exercise.title}
          textLabel="A moment of care"
          addLabel="Add a note for today"
          entries={data.entries}
          onChange={(entries) => onChange({ ...data, entries })}
        />
      );
  }
}
