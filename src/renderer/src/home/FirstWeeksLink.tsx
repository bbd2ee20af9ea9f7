import type { ProgramState } from '@shared/ipc/contract';

/**
 * SLOT for "Tonight, and the first weeks" (issue 13 adds that page): for someone new (no
 * path chosen yet, or no step begun), Home links to it here, once. Renders nothing until the
 * page exists on main.
 */
export function FirstWeeksLink({ state }: { state: ProgramState }) {
  void state;
  return null;
}
