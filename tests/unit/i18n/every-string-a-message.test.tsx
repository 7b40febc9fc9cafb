// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ClaimCard } from '../../../src/content-scripts/page-app/ClaimCard';
import type { CheckResult } from '../../../src/engine';
import { PageClaimsView } from '../../../src/extension-pages/common/PageClaimsView';
import { PageStatus } from '../../../src/extension-pages/common/PageStatus';
import { PopupApp } from '../../../src/extension-pages/popup/PopupApp';
import { CheckPanel } from '../../../src/extension-pages/sidebar/CheckPanel';
import { SidebarApp } from '../../../src/extension-pages/sidebar/SidebarApp';
import type { Flag } from '../../../src/flags/flag';
import { TextContext } from '../../../src/i18n/text-context';
import { createTranslator, type Translator } from '../../../src/i18n/translate';
import type { PageClaim } from '../../../src/messages/page-contract';
import { createSearch, NO_FILTERS } from '../../../src/search';
import { FlagsList } from '../../../src/settings/FlagsList';
import { ShowRelatedSwitch } from '../../../src/settings/ShowRelatedSwitch';
import { EvidenceView } from '../../../src/ui/EvidenceView';
import { RecordSources } from '../../../src/ui/RecordSources';
import { claim, evidence, fakePopupServices, page } from '../extension-pages/common/fakes';
import { fakeSidebarServices } from '../extension-pages/sidebar/fakes';
import { FIXTURE } from '../search/fixture';

// Pseudo-localisation: every message comes out wrapped in ⟦ ⟧, dates too. What is left of a
// component's text and labels once the messages and the data it was given are taken out must hold
// no letter: a letter left is a string the reader sees that no locale translates.

afterEach(cleanup);

const wrap = (s: string) => `⟦${s}⟧`;
const english = createTranslator('en');
const pseudo: Translator = {
  locale: 'en',
  t: (key, ...s) => wrap(english.t(key, ...s)),
  count: (key, n, ...s) => wrap(english.count(key, n, ...s)),
  number: (n) => String(n),
  date: (d, p) => wrap(english.date(d, p)),
  dayMonth: (m, d) => wrap(english.dayMonth(m, d)),
  list: (items) => wrap(english.list(items)),
};

/** The data a test gives a component: every string in it, deep. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsIn)
        : [];

function untranslated(ui: ComponentChildren, data: unknown, act?: (container: Element) => void): string[] {
  const { container } = render(<TextContext.Provider value={pseudo}>{ui}</TextContext.Provider>);
  act?.(container);
  return leftIn(container, data);
}

/** Clicks the first button whose text is this message (in its pseudo-localized form). */
const press = (container: Element, key: Parameters<Translator['t']>[0]) => {
  const label = pseudo.t(key);
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`no button ${key}`);
  fireEvent.click(found);
};

function leftIn(container: Element, data: unknown): string[] {
  const labels = [...container.querySelectorAll('*')].flatMap((e) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''),
  );
  const known = stringsIn(data)
    // Ids of one letter would take letters out of words.
    .filter((s) => /\p{L}/u.test(s) && s.length > 1)
    .sort((a, b) => b.length - a.length);
  return [container.textContent ?? '', ...labels].flatMap((text) => {
    let rest = text;
    // Innermost first: a message's placeholder may itself be a message.
    for (let before = ''; before !== rest; ) {
      before = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    for (const s of known) rest = rest.split(s).join(' ');
    return /\p{L}/u.test(rest) ? [rest.replace(/\s+/g, ' ').trim()] : [];
  });
}

const CLAIMS: PageClaim[] = [
  claim(0, 'Armenia has left the CSTO.', 'conflicting'),
  claim(1, 'Pashinyan skipped the summit.', 'corroborated', [evidence({ stance: 'corroborates' })]),
  claim(2, 'The bloc met in Minsk.', 'related', []),
  {
    ...claim(3, 'Armenia froze its participation.', 'conflicting', [
      evidence({ kind: 'report', speaker: 'The Daily Example', stance: 'conflicts' }),
    ]),
    result: {
      mentions: true,
      verdict: 'conflicting',
      outdated: { since: '2024-02-23' },
      reason: 'Reason 3.',
      evidence: [],
    } as unknown as CheckResult,
  },
];

describe('every string a reader sees is a message', () => {
  test('the card, in each verdict and with each kind of evidence', () => {
    for (const c of CLAIMS)
      for (const notice of [null, 'sidebarRefused'] as const) {
        const props = { sentence: c.text, result: c.result, pageDate: '2024-12-06' };
        const ui = (
          <ClaimCard {...props} notice={notice} pageInterfered onMore={() => {}} onClose={() => {}} />
        );
        expect(untranslated(ui, props), c.text).toEqual([]);
        cleanup();
      }
  });

  test('evidence, said and published, quoted and reported, with a role and without', () => {
    const pieces = [
      evidence({ published: { date: '2023-11-15', precision: 'day' } }),
      evidence({ kind: 'report', speakerRole: undefined, datePrecision: 'year' }),
      evidence({ speaker: 'The Daily Example', kind: 'report' }),
    ];
    for (const e of pieces) {
      expect(untranslated(<EvidenceView evidence={e} pageDate="2024-12-06" />, e)).toEqual([]);
      cleanup();
    }
  });

  test("the popup's page states and claim list", () => {
    const states = [
      page(CLAIMS),
      page(CLAIMS, { state: 'scanning' }),
      page([], { state: 'scanning' }),
      page([], { state: 'ready' }),
      page([], { state: 'paused' }),
      page([], { state: 'blocked' }),
      page([], { state: 'no-mentions' }),
    ];
    for (const p of states) {
      expect(untranslated(<PageClaimsView page={p} onShow={() => {}} />, p), p.state).toEqual([]);
      cleanup();
    }
    const actions = { onShow: () => {}, onRequestAccess: () => {}, onReload: () => {} };
    const views = [
      { kind: 'loading' },
      { kind: 'no-tab' },
      ...(['browser-page', 'store', 'file', 'unknown'] as const).map((kind) => ({
        kind: 'cannot-scan',
        access: { kind },
      })),
      { kind: 'needs-access', host: 'news.example', origin: 'https://news.example' },
      { kind: 'not-running', host: 'news.example' },
      { kind: 'paused', host: 'news.example' },
      { kind: 'error', message: 'The tab went away' },
    ];
    for (const view of views) {
      expect(untranslated(<PageStatus view={view as never} actions={actions} />, view), view.kind).toEqual(
        [],
      );
      cleanup();
    }
    const services = fakePopupServices({ pages: [page(CLAIMS)] });
    // The extension's name is a name, never translated (locales/GLOSSARY.md).
    expect(untranslated(<PopupApp services={services} tabId={null} />, ['Receipts', 'news.example'])).toEqual(
      [],
    );
  });

  test('what the record holds, and the related switch of the options page', () => {
    const summary = {
      statements: 140,
      claims: 84,
      sources: [
        {
          id: 'a',
          outlet: 'Armenpress',
          headline: 'Pashinyan will not go to Minsk',
          url: 'https://armenpress.example/a',
          published: { date: '2023-11-14', precision: 'day' as const },
          statements: 30,
        },
      ],
    };
    expect(untranslated(<RecordSources summary={summary} />, summary)).toEqual([]);
    cleanup();
    const store = { get: async () => false, set: async () => {}, watch: () => () => {} };
    expect(untranslated(<ShowRelatedSwitch store={store} />, [])).toEqual([]);
  });

  test('the sidebar: search, names, filters, context, timeline, text sent from a page', async () => {
    const { services, handOff } = fakeSidebarServices();
    const { container } = render(
      <TextContext.Provider value={pseudo}>
        <SidebarApp services={services} tabId={null} />
      </TextContext.Provider>,
    );
    // What the sidebar was given: the record, each statement's context, the check's answer.
    const recordSearch = createSearch(FIXTURE);
    const details = recordSearch
      .timeline('', NO_FILTERS)
      .flatMap((m) => m.statements.map((st) => recordSearch.detail(st.id)));
    const data = [FIXTURE, details, await services.check('', null), 'Receipts'];
    const seen: string[] = [];
    const look = () => seen.push(...leftIn(container, data));
    look();
    const box = container.querySelector('input[type=search]') as HTMLInputElement;
    for (const query of ['Pashinian CSTO', 'bananas', 'CSTO Minsk summit leave']) {
      fireEvent.input(box, { target: { value: query } });
      await waitFor(() => expect(container.querySelector('.results-summary')).toBeTruthy());
      await new Promise((resolve) => setTimeout(resolve, 200));
      look();
    }
    for (const button of [...container.querySelectorAll('button.link')]) fireEvent.click(button);
    await new Promise((resolve) => setTimeout(resolve, 50));
    (container.querySelector('details.filters') as HTMLDetailsElement).open = true;
    look();
    handOff({ text: 'Pashinyan froze Armenia’s participation in the CSTO.', tabId: null, at: Date.now() });
    await waitFor(() => expect(container.querySelector('.check-answer')).toBeTruthy());
    look();
    for (const tab of container.querySelectorAll('[role=tab]')) {
      fireEvent.click(tab);
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const entry of [...container.querySelectorAll('button.entry-toggle')].slice(0, 3))
        fireEvent.click(entry);
      look();
    }
    expect([...new Set(seen)]).toEqual([]);
  });

  test('the flag form on the card and in the sidebar, open, unticked and failed, and the thanks', async () => {
    const c = CLAIMS[0] as PageClaim;
    const props = { sentence: c.text, result: c.result, pageDate: '2024-12-06' };
    const fails = async () => {
      throw new Error('⟦failure⟧');
    };
    const card = (onFlag: () => Promise<void>) => (
      <ClaimCard {...props} onMore={() => {}} onClose={() => {}} onFlag={onFlag} />
    );
    expect(
      untranslated(
        card(async () => {}),
        props,
      ),
    ).toEqual([]);
    cleanup();
    // Opened, then sent with nothing ticked: the form and its "tick one".
    const opened = untranslated(
      card(async () => {}),
      props,
      (container) => {
        press(container, 'flagOpen');
        press(container, 'flagSend');
      },
    );
    expect(opened).toEqual([]);
    cleanup();
    for (const onFlag of [async () => {}, fails]) {
      const { container } = render(
        <TextContext.Provider value={pseudo}>{card(onFlag)}</TextContext.Provider>,
      );
      press(container, 'flagOpen');
      fireEvent.click(container.querySelector('input[value="quote"]') as Element);
      press(container, 'flagSend');
      await waitFor(() => expect(container.querySelector('.flag-kept, .flag-failed')).not.toBeNull());
      expect(leftIn(container, props)).toEqual([]);
      cleanup();
    }
    const checks = [
      { state: 'loading' },
      { state: 'failed', error: '⟦no answer⟧' },
      { state: 'done', value: c.result },
      { state: 'done', value: { ...c.result, mentions: false } },
    ] as const;
    for (const check of checks) {
      const panel = (
        <CheckPanel
          text={c.text}
          check={check}
          pageDate={null}
          onDismiss={() => {}}
          onFlag={async () => {}}
        />
      );
      const act =
        check.state === 'done' && check.value.mentions ? (e: Element) => press(e, 'flagOpen') : undefined;
      expect(untranslated(panel, { text: c.text, check }, act), check.state).toEqual([]);
      cleanup();
    }
  });

  test('the flags of the options page, listed and about to be deleted, and none', async () => {
    const flag: Flag = {
      sentence: 'Armenia has left the CSTO.',
      complaints: ['verdict', 'quote', 'date', 'speaker'],
      note: 'A note of the reader’s',
      verdict: 'conflicting',
      evidence: [],
      pageDate: '2024-12-06',
      pageUrl: 'https://news.example/a',
      flaggedAt: '2026-12-01T10:00:00.000Z',
    };
    for (const flags of [[], [flag]]) {
      const store = {
        get: async () => flags,
        watch: () => () => {},
        remove: async () => {},
        clear: async () => {},
      };
      const { container } = render(
        <TextContext.Provider value={pseudo}>
          <FlagsList store={store} />
        </TextContext.Provider>,
      );
      await waitFor(() => expect(container.querySelector('.flags-none, .flags-list')).not.toBeNull());
      if (flags.length) press(container, 'flagsDeleteAll');
      expect(leftIn(container, flags)).toEqual([]);
      cleanup();
    }
  });

  test('the check catches a string that is not a message', () => {
    expect(untranslated(<p>{'⟦fine⟧'} Not a message</p>, [])).toEqual(['Not a message']);
  });
});
