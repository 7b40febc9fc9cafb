import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { type TestPage, waitFor } from './harness/browsers';
import { REPO_ROOT } from './harness/server';

// Screenshots of the popup and the sidebar for the README, taken when SCREENSHOTS=1. The harness
// shoots the whole 1280×900 viewport; a popup is ~26rem wide and a sidebar ~25rem, so the shot is
// cropped to the panel. The crop reads and writes PNG with node:zlib alone (8-bit RGB or RGBA,
// not interlaced: what both browsers' screenshots are), to add no dependency for a README image.

export const SCREENSHOTS = process.env.SCREENSHOTS === '1';

/** The few extension APIs the tests call from inside extension pages (as `browser` in Firefox,
 * `chrome` in Chromium). Functions given to evaluate() run in the page, so each looks it up itself:
 * `(globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome`. */
interface ExtApi {
  tabs: {
    query(query: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
export type Ext = { browser?: ExtApi; chrome: ExtApi };

/**
 * The id of the one tab whose content script answers, asked from an extension page. Tests cannot
 * find a web page's tab by its address: without the toolbar click's activeTab grant (or the broad
 * "tabs" permission, which Receipts does not ask for) the browser withholds other tabs' addresses.
 */
export async function pageTabId(helper: TestPage): Promise<number> {
  let id: number | null = null;
  await waitFor(
    async () => {
      id = await helper.evaluate(async () => {
        const api = (globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome;
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined || tab.url) continue;
          const answer = await api.tabs
            .sendMessage(tab.id, { type: 'page-claims' }, { frameId: 0 })
            .catch(() => null);
          if (answer) return tab.id;
        }
        return null;
      });
      return id !== null;
    },
    15_000,
    'a tab with Receipts running',
  );
  return id as unknown as number;
}

/** The id of a tab whose address the extension may see (its own pages). */
export async function ownTabId(helper: TestPage, url: string): Promise<number> {
  const id = await helper.evaluate(async (u) => {
    const api = (globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab at ${url}`);
  return id;
}

export async function shootPanel(page: TestPage, selector: string, name: string): Promise<void> {
  const box = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const rect = el?.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    return rect
      ? {
          width: Math.ceil(rect.right * ratio),
          height: Math.ceil(Math.min(rect.bottom, window.innerHeight) * ratio),
        }
      : null;
  }, selector);
  if (!box) throw new Error(`no ${selector} to shoot`);
  const path = join(REPO_ROOT, 'docs/screenshots', `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot(path);
  await writeFile(path, cropPng(await readFile(path), box.width, box.height));
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The top-left width×height of a PNG (clamped to its size). */
export function cropPng(png: Buffer, width: number, height: number): Buffer {
  let at = SIGNATURE.length;
  let header: Buffer | null = null;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  if (!header) throw new Error('not a PNG');
  const fullWidth = header.readUInt32BE(0);
  const fullHeight = header.readUInt32BE(4);
  const [depth, colour, , , interlace] = [header[8], header[9], header[10], header[11], header[12]];
  const channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
  if (depth !== 8 || channels === 0 || interlace !== 0) throw new Error('only 8-bit RGB(A), non-interlaced');
  const stride = fullWidth * channels;
  const raw = inflateSync(Buffer.concat(data));
  const rows: Buffer[] = [];
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < fullHeight; y++) {
    const start = y * (stride + 1);
    const filter = raw[start];
    const row = Buffer.from(raw.subarray(start + 1, start + 1 + stride));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? (row[i - channels] as number) : 0;
      const up = previous[i] as number;
      const upLeft = i >= channels ? (previous[i - channels] as number) : 0;
      const predictor =
        filter === 1
          ? left
          : filter === 2
            ? up
            : filter === 3
              ? (left + up) >> 1
              : filter === 4
                ? paeth(left, up, upLeft)
                : 0;
      row[i] = ((row[i] as number) + predictor) & 0xff;
    }
    rows.push(row);
    previous = row;
  }
  const w = Math.min(width, fullWidth);
  const h = Math.min(height, fullHeight);
  const out = Buffer.concat(
    rows.slice(0, h).map((row) => Buffer.concat([Buffer.from([0]), row.subarray(0, w * channels)])),
  );
  const ihdr = Buffer.from(header);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(out)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
