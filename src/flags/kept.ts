import { storage } from 'wxt/utils/storage';
import { type Flag, readFlag } from './flag';

// The reader's flags, kept only in this browser's extension storage: nothing sends them anywhere.
// The reader exports them from the options page to send to whoever keeps the record, if they want.
// Bounded, so a page that has its content script flag in a loop cannot fill the storage: past
// MAX_KEPT_FLAGS the oldest are dropped.

export const MAX_KEPT_FLAGS = 500;

// unknown, not Flag: storage is read as untrusted (an older version, another tool), and each entry
// is checked with the flag schema before it is shown or exported.
const keptItem = storage.defineItem<unknown[]>('local:flags', { fallback: [] });

const flagsIn = (stored: unknown): Flag[] =>
  (Array.isArray(stored) ? stored : []).flatMap((entry) => {
    const read = readFlag(entry);
    return 'flag' in read ? [read.flag] : [];
  });

/** The kept flags, oldest first; entries that are no flag are left out. */
export async function keptFlags(): Promise<Flag[]> {
  return flagsIn(await keptItem.getValue());
}

// One change at a time: two flags sent together must not both read the old list and keep one.
let changes: Promise<unknown> = Promise.resolve();
const change = <T>(run: () => Promise<T>): Promise<T> => {
  const next = changes.then(run, run);
  changes = next.catch(() => {});
  return next;
};

/** Keeps one more flag, dropping the oldest past the limit. */
export function keepFlag(flag: Flag): Promise<void> {
  const read = readFlag(flag);
  if ('problem' in read) return Promise.reject(new Error(`not a flag: ${read.problem}`));
  return change(async () => {
    const flags = [...(await keptFlags()), read.flag];
    await keptItem.setValue(flags.slice(-MAX_KEPT_FLAGS));
  });
}

const same = (a: Flag, b: Flag) => a.flaggedAt === b.flaggedAt && a.sentence === b.sentence;

/** Deletes one flag (the first kept with its time and sentence). */
export function deleteFlag(flag: Flag): Promise<void> {
  return change(async () => {
    const flags = await keptFlags();
    const at = flags.findIndex((f) => same(f, flag));
    if (at >= 0) await keptItem.setValue(flags.filter((_, i) => i !== at));
  });
}

export function deleteAllFlags(): Promise<void> {
  return change(() => keptItem.removeValue());
}

/** Calls back with the kept flags whenever they change, in any part of the extension. */
export function watchKeptFlags(callback: (flags: Flag[]) => void): () => void {
  return keptItem.watch((stored) => callback(flagsIn(stored)));
}

/** The flags as FLAGS.jsonl: one flag a line, the shape `npm run record -- flags` reads. */
export function flagsAsJsonl(flags: readonly Flag[]): string {
  return flags.map((flag) => `${JSON.stringify(flag)}\n`).join('');
}
