// The one timing loop of every bench: warm up, run N times, report p50/p95/max in ms.
export interface Figures {
  p50: number;
  p95: number;
  max: number;
}

export async function measure(run: () => Promise<unknown>, runs = 60, warmup = 5): Promise<Figures> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1]! };
}
