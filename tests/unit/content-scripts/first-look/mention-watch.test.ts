// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createCostMeter } from '../../../../src/content-scripts/common/task-cost';
import { startMentionWatch } from '../../../../src/content-scripts/first-look/mention-watch';

// The mention watch's first reading: a page not too big whose whole text names neither is read in one
// textContent call and one test, with no walk over its nodes; anything else is walked as before.

const now = () => 0;
const run = (html: string, htmlBytes: number) => {
  document.body.innerHTML = html;
  const walk = vi.spyOn(document, 'createTreeWalker');
  const events = { hit: vi.fn(), idle: vi.fn() };
  const mentionWatch = startMentionWatch(document, createCostMeter(now), (f) => f(), events, htmlBytes);
  const walked = walk.mock.results.length > 0;
  walk.mockRestore();
  return { events, walked, mentionWatch };
};

describe('the mention watch on a page with nothing to find', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  test('reads the whole text at once and goes idle; the nodes are never walked', () => {
    const textContent = vi.spyOn(document.body, 'textContent', 'get');
    const { events, walked, mentionWatch } = run(
      '<p>Armenia and Azerbaijan signed a trade deal.</p><p>More.</p>',
      5_000,
    );
    expect(events.idle).toHaveBeenCalledTimes(1);
    expect(events.hit).not.toHaveBeenCalled();
    expect(walked).toBe(false);
    expect(textContent).toHaveBeenCalled();
    mentionWatch.stop();
  });

  test('a page of unknown size (no navigation timing) is walked node by node, as before', () => {
    const { events, walked, mentionWatch } = run('<p>Armenia and Azerbaijan signed a trade deal.</p>', 0);
    expect(events.idle).toHaveBeenCalledTimes(1);
    expect(walked).toBe(true);
    mentionWatch.stop();
  });

  test('a page whose HTML is big is walked in chunks, never read whole', () => {
    const { events, walked, mentionWatch } = run('<p>Nothing to see.</p>', 5_000_000);
    expect(events.idle).toHaveBeenCalledTimes(1);
    expect(walked).toBe(true);
    mentionWatch.stop();
  });

  test('text that names them is walked, so only text the reader sees counts', () => {
    const { events, walked } = run('<p>Pashinyan said Armenia will leave the CSTO.</p>', 5_000);
    expect(walked).toBe(true);
    expect(events.hit).toHaveBeenCalledTimes(1);
    expect(events.idle).not.toHaveBeenCalled();
  });

  test('a name only in a script is walked too, and found hidden', () => {
    const { events, walked, mentionWatch } = run('<p>Weather.</p><script>var x = "CSTO";</script>', 5_000);
    expect(walked).toBe(true);
    expect(events.hit).not.toHaveBeenCalled();
    mentionWatch.stop();
  });

  test('text the page adds later is still tested', async () => {
    const { events } = run('<main><p>Loading…</p></main>', 5_000);
    expect(events.idle).toHaveBeenCalledTimes(1);
    const p = document.createElement('p');
    p.textContent = 'The CSTO summit opened in Minsk.';
    document.querySelector('main')?.append(p);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events.hit).toHaveBeenCalledTimes(1);
  });
});
