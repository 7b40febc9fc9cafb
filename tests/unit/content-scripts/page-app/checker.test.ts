import { describe, expect, test } from 'vitest';
import { createChecker } from '../../../../src/content-scripts/page-app/checker';
import { result } from './fixtures';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createChecker', () => {
  test('asks in batches, one message at a time, each sentence once', async () => {
    const asked: string[][] = [];
    const answered: string[] = [];
    const checker = createChecker('2023-11-15', {
      batchSize: 2,
      check: async (sentences, pageDate) => {
        expect(pageDate).toBe('2023-11-15');
        asked.push(sentences);
        return sentences.map((s) => result({ reason: s }));
      },
      onResults: (results) => answered.push(...results.keys()),
    });
    checker.request(['a', 'b', 'c']);
    checker.request(['a', 'c']);
    expect(asked).toEqual([['a', 'b']]);
    await tick();
    await tick();
    expect(asked).toEqual([['a', 'b'], ['c']]);
    expect(answered).toEqual(['a', 'b', 'c']);
    checker.request(['b']);
    expect(asked).toHaveLength(2);
    expect(checker.cached('b')?.reason).toBe('b');
    expect(checker.pending).toBe(0);
  });

  test('a new page date forgets every answer', async () => {
    const dates: (string | null)[] = [];
    const checker = createChecker(null, {
      check: async (sentences, pageDate) => {
        dates.push(pageDate);
        return sentences.map(() => result());
      },
      onResults: () => {},
    });
    checker.request(['a']);
    await tick();
    checker.setPageDate('2024-06-12');
    expect(checker.cached('a')).toBeUndefined();
    checker.request(['a']);
    await tick();
    expect(dates).toEqual([null, '2024-06-12']);
  });

  test('a background that does not answer is not asked again in a loop', async () => {
    let calls = 0;
    const warn = console.warn;
    console.warn = () => {};
    const checker = createChecker(null, {
      check: async () => {
        calls++;
        throw new Error('Could not establish connection');
      },
      onResults: () => {},
    });
    checker.request(['a']);
    await tick();
    checker.request(['a']);
    await tick();
    console.warn = warn;
    expect(calls).toBe(1);
  });

  test('a page that keeps writing new sentences does not grow the answers or the failures without end', async () => {
    const sentences = Array.from({ length: 25 }, (_, i) => `sentence ${i}`);
    const settle = async () => {
      for (let i = 0; i < 30; i++) await tick();
    };
    const answering = createChecker(null, {
      batchSize: 5,
      remembered: 10,
      check: async (batch) => batch.map((s) => result({ reason: s })),
      onResults: () => {},
    });
    answering.request(sentences);
    await settle();
    expect(sentences.filter((s) => answering.cached(s)).length).toBe(10);
    expect(answering.cached('sentence 0')).toBeUndefined();
    expect(answering.cached('sentence 24')?.reason).toBe('sentence 24');

    const asked: string[] = [];
    const failing = createChecker(null, {
      batchSize: 5,
      remembered: 10,
      check: async (batch) => {
        asked.push(...batch);
        throw new Error('no engine');
      },
      onResults: () => {},
    });
    failing.request(sentences);
    await settle();
    asked.length = 0;
    // The latest failures are still not asked again; the oldest were forgotten, so they are.
    failing.request(['sentence 24', 'sentence 0']);
    await settle();
    expect(asked).toEqual(['sentence 0']);
  });
});
