import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak resident memory of this process and of its child processes (the browser that prints),
 * sampled from /proc while some work runs. Linux only; elsewhere the children read as null.
 */

/**
 * A process's proportional share of memory (PSS): pages shared by the browser's processes
 * count once in total, not once per process as resident size would. Falls back to VmRSS.
 */
function residentBytes(pid: number): number {
  try {
    const rollup = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    if (rollup) return Number(rollup[1]) * 1024;
  } catch {
    // no smaps_rollup (older kernels) or the process ended
  }
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent pid is the 4th field, after "pid (comm) state"; comm may hold spaces.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // gone already
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop() ?? -1) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

export interface PeakMemory {
  nodeBytes: number;
  /** All child processes together (PSS), at their highest sample; null where /proc is missing. */
  childrenBytes: number | null;
}

export function samplePeakMemory(intervalMs = 100): { stop(): PeakMemory } {
  const hasProc = process.platform === 'linux';
  let nodeBytes = process.memoryUsage().rss;
  let childrenBytes = 0;
  const sample = (): void => {
    nodeBytes = Math.max(nodeBytes, process.memoryUsage().rss);
    if (hasProc) {
      const total = descendantsOf(process.pid).reduce((sum, pid) => sum + residentBytes(pid), 0);
      childrenBytes = Math.max(childrenBytes, total);
    }
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { nodeBytes, childrenBytes: hasProc ? childrenBytes : null };
    },
  };
}
