// Attributes main-thread time to one extension's content script, from a Chromium trace and a V8
// CPU profile of the same visit (both on the same monotonic clock, in microseconds).
//
// Why two sources: the trace has exact durations for every entry into the script that Chromium
// names by URL (the injection itself, which includes creating the isolated world and compiling the
// script; event listeners; timers), but work that resumes after an `await` (a message reply, a
// promise resolved by a timer or a frame) runs as a microtask that the trace does not name. The CPU
// profile samples the main thread every ~0.2 ms with the full JavaScript stack, so those
// continuations are found by the script URL in their stack. Time is counted once: samples inside a
// named entry are not added.
//
// Why CPU time: the bench shares two cores with other jobs, and a wall-clock duration grows when the
// OS runs something else in the middle of our script (one page's injection, 56 ms of wall time when
// measured alone, took 345 ms in a run on a busy machine). Trace events carry the thread's own CPU time (tdur), and a sample stands
// for one sampling interval of CPU, so the figures measure our work, not the machine's load. The
// wall-clock figures are kept beside them.
//
// Rendering the browser does later because of our changes (style, layout, paint) is not counted for
// any contender; for the ones that change the DOM (the peer) that makes their figure a lower bound.

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: { url?: string; stackTrace?: { url?: string }[] };
    fileName?: string;
    [key: string]: unknown;
  };
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Attribution {
  /** Main-thread CPU time of our code in the window, ms. */
  ourMs: number;
  /** The same in wall-clock time (grows with the machine's load), ms. */
  ourWallMs: number;
  /** Of ourMs, time inside events the trace names by our URL, ms. */
  namedMs: number;
  /** Of ourMs, sampled time of our code outside named events (async continuations), ms. */
  sampledMs: number;
  /**
   * The longest uninterrupted stretch of our code, CPU ms: a named entry (with the continuation
   * that follows it at once), or a run of consecutive samples in our code. Our code cannot be
   * interrupted by the page's, so a stretch lies within one task: it is our part of that task.
   */
  longestTaskMs: number;
  /** That stretch in wall-clock time, ms. */
  longestTaskWallMs: number;
  /** Stretches over 50 ms of CPU. */
  tasksOver50ms: number;
  /**
   * Trace time (µs) at which our document_idle script was injected, i.e. document idle; a script
   * declared for document_start (Receipts' empty one in Chromium) runs long before and is passed over.
   */
  firstTs: number | null;
  /** Trace time (µs) of the end of our last work in the window. */
  lastTs: number | null;
  /**
   * When the main thread finished each frame (end of each Layerize, the last step before the frame
   * goes to the compositor; µs, sorted): a change is on screen from the first frame after it. (Paint
   * events would not do: a change below the fold needs no paint, yet its frame is still produced.)
   */
  frames: number[];
}

const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.fileName;
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const cpu = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;

interface Sample {
  /** Position among all the profile's samples: consecutive indexes are one uninterrupted stretch. */
  i: number;
  t: number;
  /** CPU it stands for: one sampling interval (a thread that was descheduled is not sampled meanwhile). */
  cpu: number;
  /** Wall time since the previous sample, capped so a stalled sampler cannot inflate it. */
  wall: number;
}

function ourSamples(
  profile: CpuProfile | null,
  prefix: string,
  windowEnd: number,
  intervalUs: number,
): Sample[] {
  if (!profile?.samples || !profile.timeDeltas) return [];
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const ours = Boolean(byId.get(id)?.callFrame.url.startsWith(prefix)) || (up !== undefined && isOurs(up));
    memo.set(id, ours);
    return ours;
  };
  const out: Sample[] = [];
  let t = profile.startTime;
  profile.samples.forEach((node, i) => {
    const delta = profile.timeDeltas?.[i] ?? 0;
    t += delta;
    if (t <= windowEnd && isOurs(node))
      out.push({ i, t, cpu: Math.min(delta, intervalUs), wall: Math.min(delta, 1_000) });
  });
  return out;
}

/**
 * @param prefix the extension's origin with a trailing slash, e.g. "chrome-extension://abc/"
 * @param windowEnd trace time (µs) after which nothing is counted (the harness's own probing follows)
 * @param intervalUs the CPU profile's sampling interval
 * @param startScripts the extension's scripts declared for document_start, relative to its root:
 *   counted as ours, but document idle is when the first other one ran
 */
export function attribute(
  events: readonly TraceEvent[],
  profile: CpuProfile | null,
  prefix: string,
  windowEnd = Number.POSITIVE_INFINITY,
  intervalUs = 200,
  startScripts: readonly string[] = [],
): Attribution {
  const named = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts <= windowEnd && urlOf(e)?.startsWith(prefix))
    .sort((a, b) => a.ts - b.ts);
  const first = named[0];
  if (!first) {
    return {
      ourMs: 0,
      ourWallMs: 0,
      namedMs: 0,
      sampledMs: 0,
      longestTaskMs: 0,
      longestTaskWallMs: 0,
      tasksOver50ms: 0,
      firstTs: null,
      lastTs: null,
      frames: [],
    };
  }
  // Content scripts run on the renderer's main thread; everything we count is on that thread.
  const onMain = (e: TraceEvent) => e.pid === first.pid && e.tid === first.tid;
  // Outermost entries only: a compile inside the injection, or a call inside a call, counts once.
  const entries: TraceEvent[] = [];
  for (const e of named.filter(onMain)) {
    const last = entries[entries.length - 1];
    if (!last || e.ts >= end(last)) entries.push(e);
  }
  const inEntry = (t: number) => entries.some((e) => t >= e.ts && t <= end(e));
  const extra = ourSamples(profile, prefix, windowEnd, intervalUs).filter((s) => !inEntry(s.t));
  const sum = <T>(items: T[], f: (x: T) => number) => items.reduce((total, x) => total + f(x), 0);
  const namedUs = sum(entries, cpu);
  const sampledUs = sum(extra, (s) => s.cpu);

  // Stretches: each entry, then each run of consecutive samples; a run that starts right after an
  // entry ends (the microtasks its call queued) continues that entry's stretch.
  type Stretch = { cpu: number; start: number; end: number; lastSample: number };
  const stretches: Stretch[] = entries.map((e) => ({
    cpu: cpu(e),
    start: e.ts,
    end: end(e),
    lastSample: -2,
  }));
  const entryEnds = entries.map(end);
  let run: Stretch | null = null;
  for (const s of extra) {
    if (run && s.i === run.lastSample + 1) {
      run.cpu += s.cpu;
      run.end = s.t;
      run.lastSample = s.i;
      continue;
    }
    const k = entryEnds.findIndex((e) => s.t >= e && s.t - e <= 2 * intervalUs);
    const entry = k >= 0 ? stretches[k] : undefined;
    if (entry && entry.lastSample < 0) {
      run = entry;
      run.cpu += s.cpu;
      run.end = s.t;
      run.lastSample = s.i;
    } else {
      run = { cpu: s.cpu, start: s.t - s.wall, end: s.t, lastSample: s.i };
      stretches.push(run);
    }
  }
  const longest = stretches.reduce((a, b) => (b.cpu > a.cpu ? b : a), {
    cpu: 0,
    start: 0,
    end: 0,
    lastSample: 0,
  });
  const frames = events
    .filter((e) => e.name === 'Layerize' && e.ph === 'X' && onMain(e))
    .map(end)
    .sort((a, b) => a - b);
  const lastEntry = Math.max(...entries.map(end));
  const lastSample = Math.max(Number.NEGATIVE_INFINITY, ...extra.map((s) => s.t));
  return {
    ourMs: (namedUs + sampledUs) / 1000,
    ourWallMs: (sum(entries, (e) => e.dur ?? 0) + sum(extra, (s) => s.wall)) / 1000,
    namedMs: namedUs / 1000,
    sampledMs: sampledUs / 1000,
    longestTaskMs: longest.cpu / 1000,
    longestTaskWallMs: (longest.end - longest.start) / 1000,
    tasksOver50ms: stretches.filter((x) => x.cpu > 50_000).length,
    firstTs: (named.find((e) => !startScripts.some((js) => urlOf(e) === `${prefix}${js}`)) ?? first).ts,
    lastTs: Math.max(lastEntry, lastSample),
    frames,
  };
}

/** The end of the first frame committed at or after `ts` (µs), or null if none was. */
export function frameAfter(a: Attribution, ts: number): number | null {
  return a.frames.find((f) => f >= ts) ?? null;
}
