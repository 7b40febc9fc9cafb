// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { blockOf, isInSkipped } from '../../../../src/content-scripts/page-app/elements';
import {
  nodesFor,
  rangeFor,
  type TextRun,
  walkRuns,
} from '../../../../src/content-scripts/page-app/text-runs';

const runsOf = (root: Element, descend = true, ownHost: Element | null = null) =>
  [...walkRuns(root, { descend, ownHost })].filter((r): r is TextRun => r !== null);

const texts = (root: Element, descend = true, ownHost: Element | null = null) =>
  runsOf(root, descend, ownHost).map((r) => r.text);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('walkRuns', () => {
  test('a sentence runs on through links and emphasis, and its offsets map back to the nodes', () => {
    document.body.innerHTML =
      '<p>Nikol <a href="#">Pashinyan</a> said <em>on <b>Tuesday</b></em> that he would not go.</p>';
    const [run] = runsOf(document.body);
    expect(run?.text).toBe('Nikol Pashinyan said on Tuesday that he would not go.');
    expect(run?.owner.tagName).toBe('P');
    expect(run?.segments.map((s) => s.node.data)).toEqual([
      'Nikol ',
      'Pashinyan',
      ' said ',
      'on ',
      'Tuesday',
      ' that he would not go.',
    ]);
  });

  test('blocks, line breaks and form fields end a run; scripts and styles do not', () => {
    document.body.innerHTML =
      '<h1>Headline</h1><p>One<br>two</p><div>Left <input value="x"> right</div>' +
      '<p>Before <script>var pashinyan = 1;</script><style>.csto{}</style>after.</p>';
    expect(texts(document.body)).toEqual(['Headline', 'One', 'two', 'Left ', ' right', 'Before after.']);
  });

  test('skips what the reader does not read as prose: fields, editable regions, templates, our host', () => {
    document.body.innerHTML =
      '<textarea>Pashinyan in a textarea</textarea><select><option>CSTO option</option></select>' +
      '<div contenteditable="true">Pashinyan typed</div><div contenteditable="false">Read me</div>' +
      '<template><p>CSTO template</p></template><noscript>CSTO noscript</noscript>' +
      '<div hidden>hidden CSTO</div><button>CSTO button</button><receipts-ui>our UI</receipts-ui><p>Page text</p>';
    const host = document.querySelector('receipts-ui');
    expect(texts(document.body, true, host)).toEqual(['Read me', 'Page text']);
  });

  test('text directly in a block around nested blocks belongs to the outer block', () => {
    document.body.innerHTML = '<div id="outer">Before <p id="inner">Inner text.</p> after.</div>';
    const runs = runsOf(document.body);
    expect(runs.map((r) => [r.owner.id, r.text])).toEqual([
      ['outer', 'Before '],
      ['inner', 'Inner text.'],
      ['outer', ' after.'],
    ]);
  });

  test('descend: false reads a block’s own text only, stopping at nested blocks', () => {
    document.body.innerHTML = '<div id="outer">Before <em>x</em><p>Inner.</p> after.</div>';
    const outer = document.getElementById('outer') as Element;
    expect(texts(outer, false)).toEqual(['Before x', ' after.']);
  });

  test('yields null every `unit` nodes so a caller can pause', () => {
    document.body.innerHTML = '<p>a</p>'.repeat(100);
    const steps = [...walkRuns(document.body, { descend: true, ownHost: null, unit: 10 })];
    expect(steps.filter((s) => s === null).length).toBeGreaterThanOrEqual(19);
    expect(steps.filter((s) => s !== null)).toHaveLength(100);
  });

  test('a text node of megabytes is read in slices, a pause after each, and joined whole', () => {
    const big = `${'Filler words. '.repeat(80_000)}Pashinyan spoke.`;
    document.body.innerHTML = '<p>Before <b>it</b></p>';
    document.querySelector('b')?.append(document.createTextNode(big));
    const steps = [...walkRuns(document.body, { descend: true, ownHost: null })];
    expect(steps.filter((s) => s === null).length).toBeGreaterThanOrEqual(Math.floor(big.length / 200_000));
    const [run] = steps.filter((s): s is TextRun => s !== null);
    expect(run?.text).toBe(`Before it${big}`);
    expect(run?.segments.map((s) => s.start)).toEqual([0, 7, 9]);
  });
});

describe('ranges and nodes', () => {
  test('a sentence across inline elements becomes one range over the page’s own nodes', () => {
    document.body.innerHTML = '<p>Intro. Nikol <a href="#">Pashinyan</a> will <em>not</em> go. Outro.</p>';
    const [run] = runsOf(document.body);
    if (!run) throw new Error('no run');
    const start = run.text.indexOf('Nikol');
    const end = run.text.indexOf(' Outro');
    const range = rangeFor(run, start, end, document);
    expect(range.toString()).toBe('Nikol Pashinyan will not go.');
    expect(nodesFor(run, start, end).map((n) => n.data)).toEqual([
      'Intro. Nikol ',
      'Pashinyan',
      ' will ',
      'not',
      ' go. Outro.',
    ]);
  });

  test('a sentence that starts exactly at a node boundary starts in that node', () => {
    document.body.innerHTML = '<p><span>First.</span><span>Pashinyan spoke.</span></p>';
    const [run] = runsOf(document.body);
    if (!run) throw new Error('no run');
    const range = rangeFor(run, 6, run.text.length, document);
    expect(range.startContainer.textContent).toBe('Pashinyan spoke.');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe('Pashinyan spoke.');
    expect(nodesFor(run, 6, run.text.length)).toHaveLength(1);
  });
});

describe('elements', () => {
  test('blockOf finds the nearest non-inline ancestor', () => {
    document.body.innerHTML = '<div><p id="p">a <em><b id="b">bold</b></em></p></div>';
    const bold = document.getElementById('b')?.firstChild as Node;
    expect(blockOf(bold, document.body, null)?.id).toBe('p');
  });

  test('isInSkipped sees form fields, editable regions and our host from any depth', () => {
    document.body.innerHTML =
      '<div contenteditable><p><em id="e">x</em></p></div><p id="p">y</p><receipts-ui><span id="u">z</span></receipts-ui>';
    const host = document.querySelector('receipts-ui');
    expect(isInSkipped(document.getElementById('e') as Node, host)).toBe(true);
    expect(isInSkipped(document.getElementById('u') as Node, host)).toBe(true);
    expect(isInSkipped(document.getElementById('p') as Node, host)).toBe(false);
  });
});

// Last in the file: happy-dom tears a tree down recursively, so emptying this one would overflow its
// stack (a real browser does not care; the e2e hostile pages check it there).
describe('walkRuns skips page furniture (issue 15)', () => {
  test('navigation, asides, footers and a site header are not read; the article header is', () => {
    document.body.innerHTML =
      '<header><p>Site header on the CSTO.</p></header>' +
      '<nav><p>Nav on Pashinyan.</p></nav>' +
      '<main><article><header><h1>Headline on the CSTO</h1></header><p>Body.</p>' +
      '<footer><p>Article footer.</p></footer></article></main>' +
      '<aside><p>Fact box.</p></aside>' +
      '<div role="navigation"><p>Role nav.</p></div><div role="Complementary"><p>Role aside.</p></div>' +
      '<div role="contentinfo"><p>Role footer.</p></div><footer><p>Site footer.</p></footer>';
    expect(texts(document.body)).toEqual(['Headline on the CSTO', 'Body.']);
  });

  test('a mutation inside furniture needs no work', () => {
    document.body.innerHTML = '<aside><p id="x">Pashinyan</p></aside><p id="y">Pashinyan</p>';
    expect(isInSkipped(document.getElementById('x') as Element, null)).toBe(true);
    expect(isInSkipped(document.getElementById('y') as Element, null)).toBe(false);
  });
});

describe('deep trees', () => {
  test('20,000 nested elements do not overflow the stack', () => {
    let html = '';
    for (let i = 0; i < 20_000; i++) html += i % 2 ? '<span>' : '<div>';
    html += 'Deep Pashinyan text.';
    for (let i = 19_999; i >= 0; i--) html += i % 2 ? '</span>' : '</div>';
    document.body.innerHTML = html;
    expect(texts(document.body)).toEqual(['Deep Pashinyan text.']);
  });
});
