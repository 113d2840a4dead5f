/**
 * The shared part of bench/profile-full.ts and bench/profile-recheck.ts: take a V8 CPU profile of
 * some runs through the inspector, and sum its samples by function and by file. Run from an
 * unminified bundle (tsx writes each file on one line), a bundle line is mapped to its source file.
 */
import { Session } from 'node:inspector';
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  startTime: number;
  endTime: number;
}

/** Profiles `runs` calls of `once`; wall is milliseconds per run. */
export async function profileRuns(runs: number, once: (i: number) => void): Promise<{ profile: Profile; wall: number }> {
  const session = new Session();
  session.connect();
  const post = <T = unknown>(m: string, p?: object) => new Promise<T>((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r as T))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL ?? 100) });
  await post('Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) once(i);
  const wall = (performance.now() - t0) / runs;
  const { profile } = await post<{ profile: Profile }>('Profiler.stop');
  session.disconnect();
  return { profile, wall };
}

/** Milliseconds per run by function (self and inclusive) and by file (inclusive), and the bundle's lines. */
export function summarise(profile: Profile, runs: number) {
  const counts = new Map<number, number>();
  for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const bundle = process.argv[1]!.endsWith('.mjs') ? readFileSync(process.argv[1]!, 'utf8').split('\n') : [];
  const fileAt: string[] = [];
  for (let i = 0, file = ''; i < bundle.length; i++) fileAt[i] = file = /^\/\/ ((?:src|rules|bench|node_modules)\/\S+)$/.exec(bundle[i]!)?.[1] ?? file;
  const short = (u: string, line = 0) => (bundle.length && u.endsWith('.mjs') ? (fileAt[line] ?? u) : u.replace(/^.*\/(src|rules|node_modules)\//, '$1/'));
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url, n.callFrame.lineNumber)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  for (const n of profile.nodes) self.set(name(n), (self.get(name(n)) ?? 0) + (counts.get(n.id) ?? 0));
  // Inclusive time: a sample counts once per file and once per function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclFile = new Map<string, number>();
  const inclFn = new Map<string, number>();
  for (const [id, c] of counts) {
    const seenF = new Set<string>();
    const seenN = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      const f = short(n.callFrame.url, n.callFrame.lineNumber);
      if (f && !seenF.has(f)) { seenF.add(f); inclFile.set(f, (inclFile.get(f) ?? 0) + c); }
      if (!seenN.has(name(n))) { seenN.add(name(n)); inclFn.set(name(n), (inclFn.get(name(n)) ?? 0) + c); }
    }
  }
  const total = (profile.endTime - profile.startTime) / 1000 / runs;
  const ms = (c: number) => ((c / profile.samples.length) * total).toFixed(2);
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { self, inclFile, inclFn, total, ms, top, bundle, fileAt };
}
