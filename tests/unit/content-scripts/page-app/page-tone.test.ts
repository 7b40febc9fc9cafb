// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { contrast, createToneReader, parseColour } from '../../../../src/content-scripts/page-app/page-tone';

// The background behind a claim decides its palette, not the OS's scheme (issue 15).

function textOf(id: string): Range {
  const range = document.createRange();
  range.selectNodeContents(document.getElementById(id)?.firstChild as Node);
  return range;
}

const prefersDark = (dark: boolean) =>
  vi
    .spyOn(window, 'matchMedia')
    .mockImplementation(
      (query: string) => ({ matches: dark && query.includes('dark'), media: query }) as MediaQueryList,
    );

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('style');
  document.head.innerHTML = '';
});

describe('createToneReader', () => {
  test('the first opaque background up from the text decides; translucent ones are looked through', () => {
    document.body.innerHTML = `
      <div style="background-color: rgb(20, 24, 28)">
        <section style="background-color: rgba(255, 255, 255, 0.1)"><p id="dark">On a dark panel.</p></section>
        <div style="background-color: rgb(250, 250, 245)"><p id="light">On a light card in it.</p></div>
      </div>
      <p id="page">On the page.</p>`;
    prefersDark(true);
    const tones = createToneReader();
    expect(tones.of(textOf('dark'))).toBe('dark');
    expect(tones.of(textOf('light'))).toBe('light');
    // No background at all: the canvas, light since the page allows no dark scheme, whatever the OS.
    expect(tones.of(textOf('page'))).toBe('light');
  });

  test('text nested thousands deep reads a bounded number of styles, and still the body decides', () => {
    document.body.innerHTML = `${'<div>'.repeat(3000)}<p id="deep">Deep inside.</p>${'</div>'.repeat(3000)}`;
    document.body.style.backgroundColor = 'rgb(10, 10, 10)';
    const styles = vi.spyOn(window, 'getComputedStyle');
    expect(createToneReader().of(textOf('deep'))).toBe('dark');
    expect(styles.mock.calls.length).toBeLessThan(100);
    document.body.style.backgroundColor = '';
    vi.restoreAllMocks();
  });

  test('the canvas is dark only where the page allows a dark scheme and the OS prefers one', () => {
    document.body.innerHTML = '<p id="page">On the canvas.</p>';
    document.head.innerHTML = '<meta name="color-scheme" content="light dark">';
    prefersDark(false);
    expect(createToneReader().of(textOf('page'))).toBe('light');
    vi.restoreAllMocks();
    prefersDark(true);
    expect(createToneReader().of(textOf('page'))).toBe('dark');
    document.head.innerHTML = '<meta name="color-scheme" content="dark">';
    vi.restoreAllMocks();
    prefersDark(false);
    expect(createToneReader().of(textOf('page'))).toBe('dark');
  });
});

test('colours parse in the forms browsers compute, and contrast is WCAG’s', () => {
  expect(parseColour('rgb(1, 2, 3)')).toEqual([1, 2, 3, 1]);
  expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 0.5]);
  expect(parseColour('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3, 0.5]);
  expect(parseColour('transparent')).toBeNull();
  expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21);
  expect(contrast([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 1);
});
