import { useId } from 'react';
import { TOOL_SPECS, type ToolData } from '@shared/exerciseTools';
import { FreeText } from './FreeText';
import { ToolEntries } from './ToolEntries';

/**
 * A second-edition tool, drawn from its description (`shared/exerciseTools.ts`): its texts,
 * its one choice, then its list or log. Every tool of this kind saves and exports the same way.
 */
export function StructuredTool({ data, onChange }: { data: ToolData; onChange(data: ToolData): void }) {
  const id = useId();
  const spec = TOOL_SPECS[data.kind];
  return (
    <div className="structured-tool stack">
      {spec.choice !== undefined && (
        <fieldset className="choices-inline">
          <legend>{spec.choice.legend}</legend>
          {spec.choice.options.map((option) => (
            <label key={option.value} className="choice">
              <input
                type="radio"
                name={`${id}-choice`}
                checked={data.choice === option.value}
                onChange={() => onChange({ ...data, choice: option.value })}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
      )}
      {spec.texts.map((field) =>
        field.line === true ? (
          <div key={field.key} className="stack tight">
            <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
            <input
              id={`${id}-${field.key}`}
              value={data.texts[field.key] ?? ''}
              onChange={(event) =>
                onChange({ ...data, texts: { ...data.texts, [field.key]: event.target.value } })
              }
            />
          </div>
        ) : (
          <FreeText
            key={field.key}
            label={field.label}
            rows={3}
            value={data.texts[field.key] ?? ''}
            onChange={(text) => onChange({ ...data, texts: { ...data.texts, [field.key]: text } })}
          />
        ),
      )}
      {spec.entries !== undefined && (
        <ToolEntries
          kind={data.kind}
          spec={spec.entries}
          entries={data.entries}
          onChange={(entries) => onChange({ ...data, entries })}
        />
      )}
    </div>
  );
}
