import { type ContenderFigures, MEASURED, type Measured } from '../analysis/no-mention';
import type { ScaleFigures } from '../scale';
import { type BudgetLine, evaluateBudgets } from './budgets';
import { kb, ms, num, summaryRow, table, times, triple } from './format';
import type { BenchResults } from './results';

const NAMES: Record<string, string> = {
  floor: 'floor (one regex test)',
  naive: 'naive (TreeWalker)',
  peer: 'peer (mark.js)',
  receipts: '**Receipts**',
};

/** The budgets on what a browser measured ('page') or on the build and the engine ('build'). */
function budgets(r: BenchResults, kind: BudgetLine['kind']): string {
  return table(
    ['budget', 'target', 'measured', 'status', 'note'],
    evaluateBudgets(r)
      .filter((b) => b.kind === kind)
      .map((b) => [b.budget, b.target, b.measured, b.status === 'met' ? 'met' : `**${b.status}**`, b.note]),
  );
}

type ContenderRow = Pick<ContenderFigures, 'ourMs' | 'ourWallMs' | 'longestTaskMs' | 'heapAddedKB'>;

/** The same columns for every page group: one row per contender measured. */
function contenderTable(
  contenders: Partial<Record<Measured, ContenderRow>>,
  counted: 'pages' | 'visits',
): string {
  const rows = MEASURED.filter((id) => contenders[id]).map((id) => {
    const c = contenders[id];
    return [
      NAMES[id] ?? id,
      c?.ourMs.n ?? 0,
      triple(c?.ourMs),
      `${ms(c?.ourWallMs.median)} / ${ms(c?.ourWallMs.p95)}`,
      triple(c?.longestTaskMs),
      num(c?.heapAddedKB.median),
    ];
  });
  return table(
    [
      'contender',
      counted,
      'main-thread CPU ms: median / p95 / max',
      'wall-clock ms: median / p95',
      'longest task of ours, CPU ms: median / p95 / max',
      'heap added, KB (median)',
    ],
    rows,
  );
}

function noMention(r: BenchResults): string {
  const nm = r.noMention;
  if (!nm) return '_not run_';
  const ratio = nm.ratios
    ? `Receipts / floor: ${times(nm.ratios.overFloor.median)} at the median, ${times(nm.ratios.overFloor.p95)} at p95. ` +
      `Receipts / peer: ${times(nm.ratios.overPeer.median)} at the median, ${times(nm.ratios.overPeer.p95)} at p95.`
    : '';
  const slow = nm.slowestForReceipts
    .map(
      (p) => `${p.page} (${ms(p.ourMs.receipts)} ms; floor ${ms(p.ourMs.floor)}, peer ${ms(p.ourMs.peer)})`,
    )
    .join(', ');
  return [
    `${nm.pages} pages, ${nm.visits} visits, ${nm.loadErrors.length} load errors. Floor, peer and Receipts visit every page; the naive scan and the baseline (for memory) half of them each. Figures are across pages (each page's median over its repetitions); heap added is over the pages the baseline also visited.`,
    '',
    contenderTable(nm.contenders, 'pages'),
    '',
    ratio,
    slow ? `\nWhere Receipts spent most: ${slow}.` : '',
  ].join('\n');
}

function longArticle(r: BenchResults, which: 'longArticle' | 'coldLongArticle'): string {
  const la = r[which];
  if (!la) return '_not run_';
  const rc = la.receipts;
  const lines = [contenderTable(la.contenders, 'visits'), ''];
  if (rc) {
    lines.push(
      table(
        ['Receipts', 'median', 'p95', 'max', 'n'],
        [
          summaryRow('document idle → first highlight on screen (next frame), ms', rc.idleToFirstPaintedMs),
          summaryRow('document idle → all highlights on screen (next frame), ms', rc.idleToAllPaintedMs),
          summaryRow('claims highlighted', rc.highlighted, num),
          summaryRow('hover → card in the DOM, ms', rc.hover.domMs),
          summaryRow('hover → next frame after the card, ms', rc.hover.paintMs),
        ],
      ),
      '',
      `Tasks of ours over 50 ms: ${rc.tasksOver50ms}. Hovers that opened no card: ${rc.hover.misses}.`,
    );
  }
  if (la.peerIdleToPaintedMs)
    lines.push(
      `Peer: document idle → the next frame after its marks: median ${ms(la.peerIdleToPaintedMs.median)} ms, p95 ${ms(la.peerIdleToPaintedMs.p95)} ms.`,
    );
  if (la.ratios)
    lines.push(
      `Main-thread time, Receipts / floor: ${times(la.ratios.overFloor)}; Receipts / peer: ${times(la.ratios.overPeer)} (medians).`,
    );
  return lines.join('\n');
}

function liveBlog(r: BenchResults): string {
  const lb = r.liveBlog;
  if (!lb) return '_not run_';
  return [
    `${lb.visits} visits by Receipts (and as many by the baseline), ${lb.entriesPerVisit} entries added per visit, one every ${r.pages.liveBlog.intervalMs} ms.`,
    '',
    table(
      ['Receipts', 'median', 'p95', 'max', 'n'],
      [
        summaryRow('document idle → initial entries highlighted, ms', lb.initialIdleToPaintedMs),
        summaryRow('entry added by the page → its claims on screen, ms', lb.entryToPaintedMs),
        summaryRow('main-thread CPU ms per visit', lb.ourMs),
        summaryRow('longest task of ours, CPU ms', lb.longestTaskMs),
        summaryRow('heap added, KB', lb.heapAddedKB, num),
      ],
    ),
    '',
    `Entries whose claims were never painted: ${lb.missedEntries}. Tasks of ours over 50 ms: ${lb.tasksOver50ms}.`,
  ].join('\n');
}

function sizes(r: BenchResults): string {
  const s = r.sizes;
  if (!s) return '_not measured_';
  return table(
    ['what', 'raw', 'gzipped'],
    [
      [
        `page side, all of it (${s.contentScript.files.join(', ')})`,
        kb(s.contentScript.bytes),
        kb(s.contentScript.gzipBytes),
      ],
      ...(s.everyPage
        ? [[`of which every page gets (${s.everyPage.files.join(', ')})`, '', kb(s.everyPage.gzipBytes)]]
        : []),
      ['background (with the record and its index)', kb(s.background?.bytes), kb(s.background?.gzipBytes)],
      ['whole extension folder', kb(s.extensionBytes), ''],
      ['Chrome zip', '', kb(s.zipBytes)],
    ],
  );
}

function engine(r: BenchResults): string {
  const e = r.engine;
  if (!e) return '_tests/bench/engine.ts is not there yet_';
  const body = e.json
    ? `\`\`\`json\n${JSON.stringify(e.json, null, 2)}\n\`\`\``
    : `\`\`\`\n${e.text.join('\n')}\n\`\`\``;
  const lead =
    e.sentencesPerSecond !== null
      ? `On the bundled record: **${num(e.sentencesPerSecond)} sentences/s** (steady state, median of its rounds where it prints one), index and record load **${ms(e.loadMs)} ms**. Its output:\n\n`
      : '';
  return `${e.error ? `Error: ${e.error}\n\n` : ''}${lead}${body}`;
}

const rate = (v: number) => num(v, v < 10 ? 1 : 0);

function scale(r: BenchResults): string {
  const steps = r.scale;
  if (!steps?.length) return '_not run (`npm run bench -- --scale`)_';
  const row = (label: string, cell: (s: ScaleFigures) => string): string[] => [label, ...steps.map(cell)];
  const engine = (cell: (e: NonNullable<ScaleFigures['engine']>) => string) => (s: ScaleFigures) =>
    s.engine ? cell(s.engine) : '–';
  return table(
    ['', ...steps.map((s) => `${s.statements.toLocaleString('en')} statements`)],
    [
      row('claims / index documents', (s) => `${s.claims} / ${s.documents}`),
      row('index build, ms', (s) => ms(s.buildMs)),
      row('index JSON, raw / gzipped', (s) => `${num(s.indexJsonMB, 1)} MB / ${num(s.indexGzipMB, 1)} MB`),
      row('record JSON / JSON.parse, ms', (s) => `${num(s.recordJsonMB, 1)} MB / ${ms(s.recordParseMs)}`),
      row(
        '**index load** (by the engine: JSON.parse and a term map), ms, median of 3: wall / CPU',
        (s) => `${ms(s.loadMedianMs)} / ${ms(s.loadCpuMedianMs)}`,
      ),
      row('baseline: MiniSearch.loadJSON of the same index, ms (ours / it)', (s) =>
        s.miniSearchLoadMedianMs
          ? `${ms(s.miniSearchLoadMedianMs)} (${num(s.loadMedianMs / s.miniSearchLoadMedianMs, 2)}×)`
          : '–',
      ),
      row('heap of the loaded index', (s) => `${num(s.loadedIndexHeapMB)} MB`),
      row(
        'createEngine (load included), ms',
        engine((e) => ms(e.createMs)),
      ),
      row(
        'engine heap',
        engine((e) => `${num(e.heapMB)} MB`),
      ),
      row(
        '**engine sentences / s**: per wall second / per CPU second',
        engine((e) => `${rate(e.sentencesPerSecond)} / ${rate(e.sentencesPerCpuSecond)}`),
      ),
      row(
        'engine sentences / s: first pass (every term new) / second pass',
        engine((e) =>
          e.firstPassSentencesPerSecond
            ? `${rate(e.firstPassSentencesPerSecond)} / ${e.steadySentencesPerSecond ? rate(e.steadySentencesPerSecond) : '–'}`
            : '–',
        ),
      ),
      row(
        'per sentence p95, ms',
        engine((e) => `${ms(e.perSentenceP95Ms)} (${e.sentences} checks)`),
      ),
    ],
  );
}

type Engine = 'chromium' | 'firefox';

// How each table's figures were taken in Firefox, where there is no trace (browser/firefox-recorder.ts).
const FIREFOX_NOTES = {
  section:
    "Firefox has no trace, CPU profile or heap figure over WebDriver BiDi, so its figures come from the page's own clock (`performance.now()`, with Firefox's timer rounding turned off in the bench profile). They are wall-clock time of our code only, and compiling the script is not in them: compare contenders within Firefox, not with Chromium's CPU figures.",
  contenders:
    'In Firefox: Receipts\' figure is its own cost meter (src/content-scripts/common/task-cost.ts: `performance.now()` around each task of its code), the first look\'s plus the page app\'s, read through one of its extension pages; the floor, naive scan and peer time their whole script the same way (a `performance.measure` around it). "CPU" and "wall-clock" columns are both that wall-clock figure; heap is not measured (–).',
  claimDense:
    'In Firefox: document idle is, for Receipts, the end of the load event (Firefox runs document_idle scripts once the document is complete), so its idle figures include that wait; "on screen" is the animation frame in which the probe, in the page\'s main world, saw the count change. Hover: the pointer event on the page\'s clock to when a poll through WebDriver BiDi first found the card in its closed shadow root, an upper bound late by up to one poll; "next frame" is the first animation frame after that. Tasks over 50 ms are counted from the longest run of each part of our code, a lower bound.',
  liveBlog:
    "In Firefox: an entry's latency runs from the page adding it to the animation frame in which the probe saw its highlights; main-thread time and longest task come from Receipts' cost meter; heap is not measured.",
};

function browserSection(r: BenchResults, engine: Engine): string[] {
  const figures = engine === 'firefox' ? r.firefox : r;
  const m = r.machine;
  const heading = engine === 'chromium' ? `Chromium (${m.chromium})` : `Firefox (${m.firefox ?? 'unknown'})`;
  if (!figures) return [`## ${heading}`, '', '_not run_', ''];
  const view: BenchResults = { ...r, ...figures };
  const note = (text: string) => (engine === 'firefox' ? ['', `_${text}_`] : []);
  return [
    `## ${heading}`,
    ...note(FIREFOX_NOTES.section),
    '',
    '### Budgets',
    '',
    budgets(view, 'page'),
    '',
    '### Pages with no mention (tests/fixtures/real-world)',
    '',
    noMention(view),
    ...note(FIREFOX_NOTES.contenders),
    '',
    `### Claim-dense: long article (${r.pages.longArticle.words} words, ${r.pages.longArticle.claims} claim sentences, in the markup of ${r.pages.longArticle.base})`,
    '',
    longArticle(view, 'longArticle'),
    ...note(FIREFOX_NOTES.claimDense),
    '',
    '#### The first visit after the browser starts (cold service worker)',
    '',
    longArticle(view, 'coldLongArticle'),
    '',
    `### Claim-dense: live blog (in the markup of ${r.pages.liveBlog.base})`,
    '',
    liveBlog(view),
    ...note(FIREFOX_NOTES.liveBlog),
    '',
  ];
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const engines: Engine[] = r.browsers ?? ['chromium'];
  return [
    `# Receipts benchmark: ${r.mode} run of ${r.date}`,
    '',
    `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.chromium}${m.firefox ? `; ${m.firefox}` : ''}; Node ${m.node}; ${m.os}. Run took ${Math.round(r.durationS)} s.`,
    `Shared machine: other jobs ran at the same time. Contenders alternate page by page to spread drift. Timings are reported, never asserted. Browsers measured: ${engines.join(', then ')}.`,
    r.receiptsError ? `\n**Receipts was not measured:** ${r.receiptsError}\n` : '',
    ...engines.flatMap((engine) => browserSection(r, engine)),
    '## Build budgets',
    '',
    budgets(r, 'build'),
    '',
    '## Sizes (from the build in .output-bench)',
    '',
    sizes(r),
    '',
    '## Engine in Node (tests/bench/engine.ts)',
    '',
    engine(r),
    '',
    '## Scale: a synthetic record of 100,000 statements',
    '',
    scale(r),
    '',
    'Method: docs/benchmarks.md.',
    '',
  ].join('\n');
}
