import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, test } from 'vitest';
import { pageDate, parsePageDate } from '../../../../src/content-scripts/page-app/page-date';

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/real-world');
// Fixed so the "not in the future" rule cannot make these tests rot.
const NOW = new Date('2026-01-01T00:00:00Z');

// Saved pages carry <link rel=preload>; answer those fetches locally so parsing never touches the network.
const window = new Window({
  url: 'https://page.invalid/',
  settings: {
    fetch: {
      interceptor: { beforeAsyncRequest: async ({ window: w }) => new w.Response('', { status: 404 }) },
    },
  },
});
afterAll(() => window.happyDOM.close());

const parse = (html: string) =>
  new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const page = (name: string) => parse(readFileSync(resolve(PAGES, name), 'utf8'));
const dateOf = (html: string, now = NOW) => pageDate(parse(html), now);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

// [page, expected date, what it exercises] — each verified against the saved markup.
const REAL: [string, string | null, string][] = [
  // JSON-LD
  ['bbc-1.html', '2015-07-24', 'plain JSON-LD Article, no other date on the page'],
  ['aclu.html', '2018-04-05', 'JSON-LD wrapped in <![CDATA[ ]]>, time-less "2018-04-05T06:00"'],
  ['gitlab-blog.html', '2024-06-25', 'BlogPosting in the third of three CDATA-wrapped blocks, date only'],
  [
    'schema-org-context-object.html',
    '2024-12-06',
    'JSON-LD (12-06) outranks article:published_time and <time> (12-07)',
  ],
  // article:published_time
  ['wikia.html', '2017-02-23', 'JSON-LD has only dateCreated; -08:00 date kept, not shifted to UTC 02-24'],
  ['liberation-1.html', '2015-04-30', 'meta outranks the first <time> in <article> (2014-03-24)'],
  ['breitbart.html', '2016-12-22', 'article:published_time with offset'],
  // other meta names
  ['telegraph.html', '2017-11-16', 'meta itemprop=datePublished "+0000"; JSON-LD dateCreated 11-17 ignored'],
  ['cnn.html', '2016-02-01', 'name=date "2016-02-01 01:28:49" and DC.date.issued'],
  ['dropbox-blog.html', '2020-11-11', 'camel-case name=publishDate, "12:00:00.000-0600"'],
  ['parsely-metadata.html', '2024-04-20', 'parsely-pub-date'],
  ['ietf-1.html', '2014-12-15', 'DC.Date.Issued; "application/ld+json" appears only as prose'],
  ['heise.html', '2015-04-08', 'name=date with content written before name'],
  // <time datetime>
  ['001.html', '2013-09-29', '<time itemprop=datePublished> with a bare date'],
  ['lemonde-1.html', '2015-05-04', '<time itemprop=datePublished>, dateModified sibling ignored'],
  ['ars-1.html', '2015-04-16', 'first <time> inside <article>'],
  [
    'firefox-nightly-blog.html',
    '2020-12-18',
    'first <time> inside <article>; later prev/next-post times sit outside it',
  ],
  // nothing trustworthy
  ['wikipedia.html', null, 'no date metadata at all'],
  ['mozilla-1.html', null, 'no date metadata at all'],
  ['lwn-1.html', null, 'no date metadata at all'],
  ['ehow-1.html', null, 'only "05/29/2007", which is not ISO and so not trusted'],
  ['ehow-2.html', null, 'only <time itemprop=dateModified>'],
  ['msn.html', null, 'only <time> sits in a byline outside <article>'],
];

describe('real pages', () => {
  test.each(REAL)('%s → %s (%s)', (name, expected) => {
    expect(pageDate(page(name), NOW)).toBe(expected);
  });

  test('leaves the document untouched', () => {
    const doc = page('schema-org-context-object.html');
    const before = doc.documentElement.outerHTML;
    pageDate(doc, NOW);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('parsePageDate', () => {
  const now = new Date('2023-11-14T12:00:00Z');

  test('keeps the calendar date as written, whatever the offset', () => {
    expect(parsePageDate('2023-11-14', now)).toBe('2023-11-14');
    expect(parsePageDate('2023-11-13T23:30:00-10:00', now)).toBe('2023-11-13');
    expect(parsePageDate('2023-11-14T01:00:00+09:00', now)).toBe('2023-11-14');
    expect(parsePageDate(' 2023-11-14 09:53:00 -0400 ', now)).toBe('2023-11-14');
    expect(parsePageDate('2023-11-14T20:09:56.0000000Z', now)).toBe('2023-11-14');
    expect(parsePageDate('2023-11-14T14:15+0000', now)).toBe('2023-11-14');
  });

  test('refuses impossible, absurd and non-ISO dates', () => {
    for (const bad of ['2023-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '1989-12-31', '2023-11-30']) {
      expect(parsePageDate(bad, now), bad).toBeNull();
    }
    for (const bad of [
      '11/14/2023',
      'Nov 14, 2023',
      '1699920000',
      '2023-11-14garbage',
      'PDT08:05:41-07:00',
      '',
    ]) {
      expect(parsePageDate(bad, now), bad).toBeNull();
    }
    for (const bad of [undefined, null, 20231114, {}, ['2023-11-14']])
      expect(parsePageDate(bad, now)).toBeNull();
  });

  test('accepts leap days, 1990, and a date a day or two ahead of UTC', () => {
    expect(parsePageDate('2020-02-29', now)).toBe('2020-02-29');
    expect(parsePageDate('1990-01-01', now)).toBe('1990-01-01');
    expect(parsePageDate('2023-11-16', now)).toBe('2023-11-16');
    expect(parsePageDate('2023-11-20', now)).toBeNull();
  });
});

describe('pageDate on synthetic markup', () => {
  const article = { '@type': 'NewsArticle', datePublished: '2023-11-14T10:00:00+04:00' };

  test('precedence: JSON-LD, then article:published_time, then other meta, then <time>', () => {
    const jsonLd = ld(article);
    const og = '<meta property="article:published_time" content="2023-10-01T00:00:00Z">';
    const other = '<meta name="date" content="2023-09-01"><meta name="publishdate" content="2023-08-01">';
    const time = '<article><time datetime="2023-07-01">July</time></article>';
    expect(dateOf(`${other}${og}${jsonLd}${time}`)).toBe('2023-11-14');
    expect(dateOf(`${other}${og}${time}`)).toBe('2023-10-01');
    // publishdate outranks the vaguer "date" even when written after it.
    expect(dateOf(`${other}${time}`)).toBe('2023-08-01');
    expect(dateOf(time)).toBe('2023-07-01');
  });

  test('finds the article inside @graph and nested objects, ahead of other nodes', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'x' },
        { '@type': 'WebPage', datePublished: '2019-01-01' },
        { '@type': ['Article', 'NewsArticle'], datePublished: '2023-11-14' },
      ],
    };
    expect(dateOf(ld(graph))).toBe('2023-11-14');
    expect(dateOf(ld({ '@type': 'WebPage', mainEntity: article }))).toBe('2023-11-14');
    expect(
      dateOf(ld([{ '@type': 'Organization' }, { '@type': 'WebPage', datePublished: '2019-01-01' }])),
    ).toBe('2019-01-01');
  });

  test("ignores other works' dates: list entries, comments", () => {
    const list = {
      '@type': 'CollectionPage',
      mainEntity: {
        '@type': 'ItemList',
        itemListElement: [{ '@type': 'NewsArticle', datePublished: '2020-05-05' }],
      },
    };
    expect(dateOf(ld(list))).toBeNull();
    const withComment = {
      '@type': 'BlogPosting',
      comment: [{ '@type': 'Comment', datePublished: '2020-05-05' }],
    };
    expect(dateOf(ld(withComment))).toBeNull();
  });

  test('tolerates malformed JSON-LD', () => {
    const broken =
      '<script type="application/ld+json">{"@type": "Article", "headline": "a\nb", "datePublished": "2023-11-14",}</script>';
    expect(dateOf(broken)).toBe('2023-11-14');
    const commented =
      '<script type="application/ld+json">//<!--\n{"datePublished":"2023-11-14"}\n//--></script>';
    expect(dateOf(commented)).toBe('2023-11-14');
    const garbage =
      '<script type="application/ld+json">{{{ not json</script><meta name="pubdate" content="2023-11-12">';
    expect(dateOf(garbage)).toBe('2023-11-12');
  });

  test('skips impossible and future dates to the next source', () => {
    const og = '<meta property="article:published_time" content="2023-11-10">';
    expect(dateOf(`${ld({ '@type': 'Article', datePublished: '2023-02-30' })}${og}`)).toBe('2023-11-10');
    expect(dateOf(`${ld({ '@type': 'Article', datePublished: '2099-01-01' })}${og}`)).toBe('2023-11-10');
    expect(dateOf(`${ld({ '@type': 'Article', datePublished: '1970-01-01T00:00:00Z' })}${og}`)).toBe(
      '2023-11-10',
    );
  });

  test('<time>: itemprop or pubdate first, else first in <article>, never outside it or dateModified', () => {
    const body = (inner: string) =>
      `<body><time datetime="2020-01-01">nav</time><article>${inner}</article></body>`;
    expect(
      dateOf(
        body('<time datetime="2023-11-01">a</time><time itemprop="datePublished" datetime="2023-11-14">'),
      ),
    ).toBe('2023-11-14');
    expect(
      dateOf(body('<time datetime="2023-11-01">a</time><time pubdate datetime="2023-11-14">b</time>')),
    ).toBe('2023-11-14');
    expect(
      dateOf(body('<time itemprop="dateModified" datetime="2023-11-20">m</time><time datetime="x">')),
    ).toBeNull();
    expect(dateOf(body('<time>2023-11-14</time>'))).toBe('2023-11-14');
  });

  test('never throws on hostile input', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const hostile = [
      `<script type="application/ld+json">${deep}</script>`,
      '<script type="application/ld+json">null</script><script type="application/ld+json">"x"</script>',
      ld({ '@type': 5, datePublished: { '@value': '2023-11-14' } }),
      ld({ '@type': 'Article', datePublished: ['2023-11-14', 7] }),
      `<meta name="date" content="${'9'.repeat(100_000)}"><time datetime="${'-'.repeat(100_000)}">`,
      '<meta><meta name content><time></time><article><time datetime></time></article>',
    ];
    // Only a WebPage date, so the walk runs on through every node until its cap.
    const wide = ld([
      { '@type': 'WebPage', datePublished: '2023-11-14' },
      ...Array(200_000).fill({ a: [{}] }),
    ]);
    expect(dateOf(wide)).toBe('2023-11-14');
    for (const html of hostile) expect(() => dateOf(html)).not.toThrow();
    expect(dateOf(hostile[3] as string)).toBe('2023-11-14');
    expect(pageDate({} as Document)).toBeNull();
  });
});
