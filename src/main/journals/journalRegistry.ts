import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { JournalName } from '@shared/ipc/contracts/journals';
import { serialQueue } from '../concurrency/oneAtATime';
import { atomicWrite } from '../fs/atomicWrite';
import { copyAside } from '../fs/copyAside';
import { isJournalId, scanJournalFolders, type JournalLayout } from './journalLayout';

/**
 * The registry file: which journals exist and the name each person chose. It is the one
 * thing readable without a passphrase besides the settings, so it holds nothing more: no
 * dates, no track, no counts. It is a convenience, not the truth: the journal folders are,
 * so a damaged or missing registry never hides or deletes a journal.
 */
const RegistryFile = z.object({
  format: z.literal('mend-journals'),
  version: z.literal(1),
  journals: z.array(z.object({ id: z.string().refine(isJournalId), name: JournalName })),
});
type RegistryFile = z.infer<typeof RegistryFile>;

export interface JournalEntry {
  id: string;
  name: string;
}

export interface JournalRegistry {
  /** Every journal folder on disk, named from the registry (or "Journal N" when it has none). */
  list(): Promise<JournalEntry[]>;
  /** Adds or renames one journal; the others keep their entries. */
  put(entry: JournalEntry): Promise<void>;
  /** Drops a journal's entry (its folder is erased by the caller). */
  drop(id: string): Promise<void>;
  /** The neutral name a new journal gets: "Journal N", the lowest N not taken. */
  nextDefaultName(): Promise<string>;
}

export function defaultName(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) {
    const name = `Journal ${n}`;
    if (!taken.has(name)) return name;
  }
}

export function createJournalRegistry(layout: JournalLayout, now: () => number): JournalRegistry {
  /** One change at a time, so two writes never drop each other's entry. */
  const serial = serialQueue();

  async function readEntries(): Promise<JournalEntry[]> {
    if (!existsSync(layout.registry)) return [];
    let parsed: RegistryFile | null = null;
    try {
      const result = RegistryFile.safeParse(JSON.parse(await readFile(layout.registry, 'utf8')));
      parsed = result.success ? result.data : null;
    } catch {
      parsed = null;
    }
    if (parsed === null) {
      // Kept, untouched, beside the other damaged files; the folders still say what exists.
      try {
        await copyAside(layout.registry, layout.quarantine, now());
      } catch {
        // A full or read-only disk: the file stays where it is, untouched, all the same.
      }
      return [];
    }
    return parsed.journals;
  }

  /** `fixed` is an entry about to be written: its name is taken, whatever the file says. */
  async function list(fixed?: JournalEntry): Promise<JournalEntry[]> {
    const named = new Map((await readEntries()).map((entry) => [entry.id, entry.name]));
    if (fixed !== undefined) named.set(fixed.id, fixed.name);
    const folders = scanJournalFolders(layout);
    const taken = new Set(folders.flatMap((id) => named.get(id) ?? []));
    return folders.map((id) => {
      let name = named.get(id);
      if (name === undefined) {
        name = defaultName(taken);
        taken.add(name);
      }
      return { id, name };
    });
  }

  async function write(entries: JournalEntry[]): Promise<void> {
    await mkdir(layout.dataDir, { recursive: true, mode: 0o700 });
    const file: RegistryFile = { format: 'mend-journals', version: 1, journals: entries };
    await atomicWrite(layout.registry, `${JSON.stringify(file, null, 2)}\n`);
  }

  return {
    list: () => list(),
    put: (entry) =>
      serial(async () => {
        // Start from what is on disk, so folders the registry had lost get their names kept.
        const current = await list(entry);
        const others = current.filter((known) => known.id !== entry.id);
        await write([...others, entry]);
      }),
    drop: (id) =>
      serial(async () => {
        const current = await list();
        await write(current.filter((known) => known.id !== id));
      }),
    async nextDefaultName() {
      return defaultName(new Set((await list()).map((entry) => entry.name)));
    },
  };
}
