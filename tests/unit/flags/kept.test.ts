import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Flag, readFlag } from '../../../src/flags/flag';
import {
  deleteAllFlags,
  deleteFlag,
  flagsAsJsonl,
  keepFlag,
  keptFlags,
  MAX_KEPT_FLAGS,
  watchKeptFlags,
} from '../../../src/flags/kept';

beforeEach(() => fakeBrowser.reset());

const flag = (n: number, extra: Partial<Flag> = {}): Flag => ({
  sentence: `Sentence ${n} about the CSTO.`,
  complaints: ['verdict'],
  verdict: 'conflicting',
  evidence: [],
  pageDate: '2024-12-06',
  flaggedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  ...extra,
});

describe('flags kept in extension storage', () => {
  test('kept under local:flags, in the order they came', async () => {
    await keepFlag(flag(1));
    await keepFlag(flag(2, { note: 'wrong date', pageUrl: 'https://news.example/a' }));
    expect((await keptFlags()).map((f) => f.sentence)).toEqual([
      'Sentence 1 about the CSTO.',
      'Sentence 2 about the CSTO.',
    ]);
    const { flags } = (await fakeBrowser.storage.local.get('flags')) as { flags: unknown[] };
    expect(flags).toHaveLength(2);
  });

  test(`at most ${MAX_KEPT_FLAGS}: the oldest are dropped`, async () => {
    await fakeBrowser.storage.local.set({
      flags: Array.from({ length: MAX_KEPT_FLAGS }, (_, i) => flag(i)),
    });
    await keepFlag(flag(9999));
    const kept = await keptFlags();
    expect(kept).toHaveLength(MAX_KEPT_FLAGS);
    expect(kept[0]?.sentence).toBe('Sentence 1 about the CSTO.');
    expect(kept.at(-1)?.sentence).toBe('Sentence 9999 about the CSTO.');
  });

  test('flags sent together are all kept', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => keepFlag(flag(i))));
    expect(await keptFlags()).toHaveLength(20);
  });

  test('what is not a flag is neither kept nor read back', async () => {
    await expect(keepFlag({ ...flag(1), complaints: [] })).rejects.toThrow(/complaints/);
    await fakeBrowser.storage.local.set({ flags: [flag(1), { sentence: 'no' }, 'text', flag(2)] });
    expect((await keptFlags()).map((f) => f.sentence)).toEqual([
      'Sentence 1 about the CSTO.',
      'Sentence 2 about the CSTO.',
    ]);
    await fakeBrowser.storage.local.set({ flags: 'not a list' });
    expect(await keptFlags()).toEqual([]);
  });

  test('deletes one, then all; watchers hear each change', async () => {
    const heard: number[] = [];
    const unwatch = watchKeptFlags((flags) => heard.push(flags.length));
    for (const n of [1, 2, 3]) await keepFlag(flag(n));
    await deleteFlag(flag(2));
    expect((await keptFlags()).map((f) => f.sentence)).toEqual([
      'Sentence 1 about the CSTO.',
      'Sentence 3 about the CSTO.',
    ]);
    await deleteFlag(flag(7));
    expect(await keptFlags()).toHaveLength(2);
    await deleteAllFlags();
    expect(await keptFlags()).toEqual([]);
    expect(await fakeBrowser.storage.local.get('flags')).toEqual({});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toEqual([1, 2, 3, 2, 0]);
    unwatch();
  });

  test('the export is one flag a line that reads back as the same flags', () => {
    const flags = [flag(1), flag(2, { note: 'line one\nline two', pageUrl: 'https://news.example/a' })];
    const text = flagsAsJsonl(flags);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines.slice(0, 2).map((line) => readFlag(JSON.parse(line)))).toEqual(
      flags.map((f) => ({ flag: f })),
    );
    expect(flagsAsJsonl([])).toBe('');
  });
});
