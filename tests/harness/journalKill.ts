/** Shared by the journal kill test and its child: which notes it writes, and how a write is tagged. */
export const KILL_PROMPTS = ['bt-1-honesty.p1', 'bt-1-honesty.p2', 'bt-2-reaction.p1'] as const;

/** The text of write `seq`: the sequence number can be read back from what was stored. */
export function killText(seq: number, filler: string): string {
  return `write #${seq}# ${filler}`;
}

/** The sequence number a stored text carries (-1 when it carries none). */
export function seqOf(text: string): number {
  const match = /^write #(\d+)#/.exec(text);
  return match === null ? -1 : Number(match[1]);
}

/**
 * What the child acknowledged, newest write per record. A record on disk must hold the
 * acknowledged write or a later one (the write in flight when the kill came may have landed).
 */
export class Acknowledged {
  readonly entries = new Map<number, number>();
  readonly notes = new Map<string, number>();
  lastSeq = 0;

  /** Reads the child's lines; returns how many acknowledgements they held. */
  add(lines: readonly string[]): number {
    let count = 0;
    for (const line of lines) {
      const [kind, key, seqText] = line.split(' ');
      const seq = Number(seqText);
      if (kind === 'E') this.entries.set(Number(key), seq);
      else if (kind === 'N' && key !== undefined) this.notes.set(key, seq);
      else continue;
      this.lastSeq = Math.max(this.lastSeq, seq);
      count++;
    }
    return count;
  }
}
