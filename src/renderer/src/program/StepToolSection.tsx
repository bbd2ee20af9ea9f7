import { useEffect, useRef, type ReactNode } from 'react';
import type { Exercise, Step } from '@shared/content';
import { ExerciseTool } from './exercises/ExerciseTool';

/**
 * One of a step's second-edition tools, after the step's exercise: its title, instructions,
 * short guide and notice from the content, then the tool. A search hit on the tool scrolls
 * here and puts focus on the heading.
 */
export function StepToolSection({
  step,
  tool,
  focus,
  before,
}: {
  step: Step;
  tool: Exercise;
  focus: boolean;
  /** Shown between the guidance and the tool (the trigger log's grounding exercise). */
  before?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `tool-${tool.kind}`;
  useEffect(() => {
    if (!focus) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [focus]);
  return (
    <section className="stack exercise step-tool" aria-labelledby={headingId} data-tool={tool.kind}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {tool.title}
      </h2>
      {tool.notice !== undefined && <p className="tool-notice">{tool.notice}</p>}
      <p>{tool.instructions}</p>
      {tool.guide !== undefined && (
        <ul className="tool-guide">
          {tool.guide.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {before}
      <ExerciseTool step={step} exercise={tool} />
    </section>
  );
}
