import { describe, expect, test } from 'vitest';
import { createSlicer } from '../../../../src/content-scripts/page-app/slicer';

describe('createSlicer', () => {
  test('steps jobs until the budget is spent, then defers the rest to a later task', () => {
    let clock = 0;
    const deferred: (() => void)[] = [];
    const slicer = createSlicer({ budgetMs: 10, now: () => clock, defer: (run) => deferred.push(run) });
    let steps = 0;
    slicer.add(
      (function* () {
        for (let i = 0; i < 100; i++) {
          steps++;
          clock += 3; // each step "takes" 3 ms
          yield;
        }
      })(),
    );
    expect(steps).toBe(0); // nothing runs in the caller's task
    deferred.shift()?.();
    expect(steps).toBe(4); // 0, 3, 6, 9 ms: a fifth step would start past the budget
    expect(slicer.longestSliceMs).toBe(12);
    while (deferred.length > 0) deferred.shift()?.();
    expect(steps).toBe(100);
    expect(slicer.busy).toBe(false);
  });

  test('a failing job is dropped and the next one still runs', async () => {
    const slicer = createSlicer({ defer: (run) => queueMicrotask(run) });
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => warned.push(args[0]);
    let ran = false;
    slicer.add(
      (function* () {
        yield;
        throw new Error('the page pulled a node away');
      })(),
    );
    slicer.add(
      (function* () {
        ran = true;
        yield;
      })(),
    );
    await slicer.idle();
    console.warn = warn;
    expect(ran).toBe(true);
    expect(warned).toEqual(['[Receipts] scan step failed:']);
  });

  test('stop drops queued work and resolves idle()', async () => {
    const deferred: (() => void)[] = [];
    const slicer = createSlicer({ defer: (run) => deferred.push(run) });
    let steps = 0;
    slicer.add(
      (function* () {
        for (;;) {
          steps++;
          yield;
        }
      })(),
    );
    const idle = slicer.idle();
    slicer.stop();
    await idle;
    deferred.shift()?.();
    expect(steps).toBe(0);
  });
});
