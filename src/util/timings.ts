export type Timings = Record<string, number>;

// Add the wall time of `fn` to a named stage; stages running in parallel add up their own time.
export async function timed<T>(timings: Timings, stage: string, fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + (performance.now() - start);
  }
}
