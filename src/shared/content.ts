import { z } from 'zod';
import { TrackId } from './ipc/contracts/app';

/**
 * The schema of the guided program's content files (`resources/content/<locale>/program.json`).
 * Main validates the file at start-up; a broken file stops the program screens with a clear
 * error instead of showing half a step.
 */
export const TrackContent = z.object({
  id: TrackId,
  title: z.string().min(1),
  tagline: z.string().min(1),
});

export const ProgramContent = z.object({
  version: z.number().int().positive(),
  locale: z.string().min(2),
  tracks: z.array(TrackContent).length(2),
});
export type ProgramContent = z.infer<typeof ProgramContent>;
