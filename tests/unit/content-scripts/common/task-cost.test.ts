import { describe, expect, test } from 'vitest';
import { createCostMeter } from '../../../../src/content-scripts/common/task-cost';

describe('createCostMeter', () => {
  test('keeps the longest task, counts nested sections in the outer one, and regex time apart', () => {
    let clock = 0;
    const meter = createCostMeter(() => clock);
    meter.time('scan', () => {
      clock += 5;
      meter.time('inner', () => {
        clock += 5;
      });
      meter.regex(() => {
        clock += 30;
      });
    });
    meter.time('hover', () => {
      clock += 12;
    });
    expect(meter.cost).toMatchObject({
      longestTaskMs: 40,
      longestTask: 'scan',
      longestTaskWithoutRegexMs: 12,
      longestRegexMs: 30,
      totalMs: 52,
      // Each part apart: a slow part does not hide how long another took.
      longestByTask: { scan: 40, hover: 12 },
      longestByTaskWithoutRegex: { scan: 10, hover: 12 },
    });
  });

  test('marks the first highlight once, in ms since the page started', () => {
    let clock = 100;
    const meter = createCostMeter(() => clock);
    meter.markHighlights();
    clock = 900;
    meter.markHighlights();
    expect(meter.cost.highlightsAtMs).toBe(100);
  });

  test('a throwing section is still timed', () => {
    let clock = 0;
    const meter = createCostMeter(() => clock);
    expect(() =>
      meter.time('scan', () => {
        clock += 7;
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(meter.cost.longestTaskMs).toBe(7);
  });
});
