// The benchmark kit: warm up, time repeated runs, print the median with the spread.
import { performance } from 'node:perf_hooks';

export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Runs `work` warm-up times unmeasured (JIT), then `runs` times; answers the median in ms. */
export async function measure(work: () => unknown, runs: number, warmUp = 3): Promise<Timing> {
  for (let n = 0; n < warmUp; n += 1) await work();
  const times: number[] = [];
  for (let n = 0; n < runs; n += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs };
}

export function report(label: string, result: Timing): void {
  const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
  console.log(`${label.padEnd(58)} median ${ms(result.median).padStart(10)}  (min ${ms(result.min)}, max ${ms(result.max)}, ${result.runs} runs)`);
}
