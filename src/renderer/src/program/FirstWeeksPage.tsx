import { useEffect, useRef } from 'react';
import type { FirstWeeks } from '@shared/content';
import { CrisisLine } from '../helplines/CrisisLine';
import { hrefFor } from '../shell/useHashRoute';

/**
 * "Tonight, and the first weeks" (`#/program/first-weeks`): shared by both paths, reachable
 * from Home and from step 1 of each. Ends with a grounding exercise for the middle of the
 * night and the crisis line.
 */
export function FirstWeeksPage({ page }: { page: FirstWeeks }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="screen narrow stack first-weeks" aria-labelledby="first-weeks-title">
      <p className="breadcrumb">
        <a href={hrefFor(['program'])}>Your program</a>
      </p>
      <h1 id="first-weeks-title" ref={heading} tabIndex={-1}>
        {page.title}
      </h1>
      <p className="lead">{page.summary}</p>
      <CrisisLine />
      {page.sections.map((section) => (
        <section key={section.heading} className="stack tight">
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
      <section className="card stack grounding" aria-labelledby="grounding-title">
        <h2 id="grounding-title">{page.grounding.title}</h2>
        <p>{page.grounding.intro}</p>
        <ol>
          {page.grounding.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
    </main>
  );
}

/** The way in from Home and from step 1. */
export function FirstWeeksLink({ title }: { title: string }) {
  return (
    <p className="first-weeks-link">
      <a href={hrefFor(FIRST_WEEKS_PATH)}>{title}</a>
    </p>
  );
}

export const FIRST_WEEKS_PATH = ['program', 'first-weeks'] as const;
