// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { startFirstLook } from '../../../../src/content-scripts/first-look/first-look';
import { FIRST_LOOK_KEY, readFirstLook } from '../../../../src/messages/first-look-answer';
import type { PageClaims } from '../../../../src/messages/page-contract';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// What the first look asks of the extension runtime, recorded; and the isolated world it leaves
// its answer in.
function start(options: { runtimeGone?: boolean; runtimeBlocked?: boolean } = {}) {
  const sent: unknown[] = [];
  let runtimeTouched = 0;
  const scope: Record<string, unknown> = {};
  startFirstLook(
    document,
    () => {
      runtimeTouched++;
      if (options.runtimeGone) throw new Error('Extension context invalidated.');
      if (options.runtimeBlocked) return null;
      return { sendMessage: async (message) => void sent.push(message) };
    },
    scope,
  );
  const answer = () => {
    (globalThis as Record<string, unknown>)[FIRST_LOOK_KEY] = scope[FIRST_LOOK_KEY];
    try {
      return readFirstLook(FIRST_LOOK_KEY);
    } finally {
      delete (globalThis as Record<string, unknown>)[FIRST_LOOK_KEY];
    }
  };
  return { sent, answer, runtimeTouched: () => runtimeTouched };
}

describe('the first look', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  test('a page that names neither never touches the runtime, and leaves "no mentions" for the popup', async () => {
    document.body.innerHTML = '<p>Armenia and Azerbaijan signed a trade deal; a user-led forum met.</p>';
    const { sent, answer, runtimeTouched } = start();
    await wait(20);
    expect(runtimeTouched()).toBe(0);
    expect(sent).toEqual([]);
    expect(answer()).toMatchObject<Partial<PageClaims>>({ state: 'no-mentions', claims: [], version: 0 });
  });

  test('a mention asks the background for the page app, once', async () => {
    document.body.innerHTML = '<p>Пашинян заявил, что ОДКБ не выполнила обязательства.</p>';
    const { sent, answer } = start();
    await wait(20);
    expect(sent).toEqual([{ type: 'load-page-app' }]);
    // Until the page app answers for itself, the page is still being read.
    expect(answer()?.state).toBe('scanning');
  });

  test('text the page adds later is tested too', async () => {
    document.body.innerHTML = '<main><p>Loading…</p></main>';
    const { sent } = start();
    await wait(20);
    expect(sent).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'The CSTO summit opened in Minsk without Armenia.';
    document.querySelector('main')?.append(p);
    await wait(20);
    expect(sent).toEqual([{ type: 'load-page-app' }]);
  });

  test('an orphaned script (extension updated) stays quiet instead of throwing into the page', async () => {
    document.body.innerHTML = '<p>Nikol Pashinyan spoke.</p>';
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const { sent, runtimeTouched } = start({ runtimeGone: true });
    await wait(20);
    window.removeEventListener('error', onError);
    expect(runtimeTouched()).toBe(1);
    expect(sent).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a page that keeps it from the runtime is left "blocked", for the popup to say so', async () => {
    document.body.innerHTML = '<p>Nikol Pashinyan spoke.</p>';
    const { sent, answer } = start({ runtimeBlocked: true });
    await wait(20);
    expect(sent).toEqual([]);
    expect(answer()?.state).toBe('blocked');
  });

  test('names the reader cannot see (hidden, script, display: none, templates) do not bring the page app in', async () => {
    document.body.innerHTML = `<p>The council met on Tuesday.</p>
      <div hidden>Pashinyan said Armenia had frozen its participation in the CSTO.</div>
      <div style="display: none">ОДКБ и Пашинян.</div>
      <div style="visibility: hidden">Pashinyan skipped the CSTO summit.</div>
      <script>var about = "Nikol Pashinyan and the CSTO";</script>
      <template><p>Pashinyan and the CSTO.</p></template>`;
    const { sent, answer } = start();
    await wait(20);
    expect(sent).toEqual([]);
    expect(answer()?.state).toBe('no-mentions');
    // Nor does hidden text the page adds later.
    const late = document.createElement('div');
    late.hidden = true;
    late.textContent = 'The CSTO summit opened in Minsk without Armenia.';
    document.body.append(late);
    await wait(20);
    expect(sent).toEqual([]);
  });

  test('hidden text the page later shows (a tab, "read more") is looked at again', async () => {
    document.body.innerHTML =
      '<p>Intro.</p><div id="more" hidden>Nikol Pashinyan spoke about the CSTO.</div>';
    const { sent } = start();
    await wait(20);
    expect(sent).toEqual([]);
    document.getElementById('more')?.removeAttribute('hidden');
    await wait(400);
    expect(sent).toEqual([{ type: 'load-page-app' }]);
  });

  test('a text node of megabytes is read in slices: a name anywhere in it, even across two slices, is found', async () => {
    const filler = 'Filler words without any names in them. '.repeat(20_000);
    // Slices of 250,000 characters and 100 more read again in the next: this name straddles the
    // end of the first (at 250,100).
    const cut = 'word '.repeat(50_019);
    for (const text of [`${filler}${filler}Pashinyan spoke.`, `${cut}Pashinyan spoke. ${filler}`]) {
      document.body.innerHTML = '<p id="big"></p>';
      document.getElementById('big')?.append(document.createTextNode(text));
      const { sent } = start();
      await wait(300);
      expect(sent, text.slice(-20)).toEqual([{ type: 'load-page-app' }]);
    }
  });

  test('a text node of megabytes with no name, or a hidden one, leaves "no mentions"', async () => {
    const filler = 'Filler words without any names in them. '.repeat(20_000);
    document.body.innerHTML = '<p id="big"></p><div hidden id="secret"></div>';
    document.getElementById('big')?.append(document.createTextNode(filler));
    document.getElementById('secret')?.append(document.createTextNode(`${filler}Pashinyan and the CSTO.`));
    const { sent, answer } = start();
    await wait(50);
    expect(sent).toEqual([]);
    expect(answer()?.state).toBe('no-mentions');
    // One the page adds later is read in slices too.
    const late = document.createElement('p');
    late.textContent = `${filler}The CSTO summit opened in Minsk.`;
    document.body.append(late);
    await wait(50);
    expect(sent).toEqual([{ type: 'load-page-app' }]);
  });

  test('where no first look ran there is no answer to read', () => {
    expect(readFirstLook(FIRST_LOOK_KEY)).toBeNull();
  });
});
