/** Medians and a one-line summary for the benchmark. */
export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarise(label: string, samples: number[]): Timing {
  const result = { medianMs: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples), runs: samples.length };
  process.stderr.write(`  ${label}: median ${result.medianMs.toFixed(2)} ms over ${result.runs} runs\n`);
  return result;
}

/** CPU time (user + system) of one call, in ms: on a busy machine wall time is mostly other processes. */
export function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
