// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createClaimOrder } from '../../../../src/content-scripts/page-app/claim-order';

interface Item {
  name: string;
  range: Range;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

function paragraphs(n: number): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    const p = document.createElement('p');
    p.textContent = `p${i}`;
    document.body.append(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    items.push({ name: `p${i}`, range });
  }
  return items;
}

const names = (list: Item[]) => list.map((i) => i.name);

describe('createClaimOrder', () => {
  test('lists items in document order whatever order they were added in', () => {
    const [a, b, c, d, e] = paragraphs(5) as [Item, Item, Item, Item, Item];
    const order = createClaimOrder<Item>();
    order.add(d);
    order.add(b);
    expect(names(order.list())).toEqual(['p1', 'p3']);
    order.add(e);
    order.add(a);
    order.add(c);
    expect(names(order.list())).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(order.size).toBe(5);
  });

  test('removes items, before and after they were listed, and takes one back', () => {
    const [a, b, c] = paragraphs(3) as [Item, Item, Item];
    const order = createClaimOrder<Item>();
    order.add(a);
    order.add(b);
    order.list();
    order.add(c);
    order.remove(c);
    order.remove(a);
    expect(order.size).toBe(1);
    expect(names(order.list())).toEqual(['p1']);
    order.remove(b);
    order.add(b);
    expect(names(order.list())).toEqual(['p1']);
  });

  test('a list a caller holds does not change under it', () => {
    const [a, b] = paragraphs(2) as [Item, Item];
    const order = createClaimOrder<Item>();
    order.add(a);
    const held = order.list();
    order.add(b);
    expect(names(held)).toEqual(['p0']);
    expect(names(order.list())).toEqual(['p0', 'p1']);
  });

  // The first scan adds claims block by block and the badge reads the list between blocks: sorting
  // the whole list on each read was quadratic in the page's claims.
  test('adding claims one block at a time, reading the list after each, compares in proportion to the claims', () => {
    const items = paragraphs(500);
    const order = createClaimOrder<Item>();
    let comparisons = 0;
    const compare = Range.prototype.compareBoundaryPoints;
    Range.prototype.compareBoundaryPoints = function (this: Range, ...args) {
      comparisons++;
      return compare.apply(this, args);
    };
    try {
      for (const item of items) {
        order.add(item);
        order.list();
      }
    } finally {
      Range.prototype.compareBoundaryPoints = compare;
    }
    expect(order.list().every((item, i) => item === items[i])).toBe(true);
    expect(comparisons).toBeLessThan(2 * items.length);
  });
});
