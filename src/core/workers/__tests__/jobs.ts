/** Jobs for the worker pool's tests: run in a worker thread, imported by URL. */
import type { JobResult } from "../worker.ts";

/** Doubles each number, and sends the array back transferred. */
export function double(numbers: number[]): JobResult<Float64Array> {
  const value = Float64Array.from(numbers, (n) => n * 2);
  return { value, transfer: [value.buffer] };
}

/** Always fails. */
export function fail(): JobResult<never> {
  throw new Error("This job always fails.");
}

/** Ends its worker thread in the middle of the job. */
export function exit(): JobResult<never> {
  process.exit(3);
}

// What a thread keeps between two jobs: each worker has its own.
let kept: string | undefined;

/** Keeps `text` in this worker thread's memory. */
export function keep(text: string): JobResult<null> {
  kept = text;
  return { value: null, transfer: [] };
}

/** What {@link keep} left in this thread, if anything. */
export function recall(): JobResult<string | undefined> {
  return { value: kept, transfer: [] };
}

/** Whether preload-mark.ts was loaded in this thread, waiting for it up to ten seconds. */
export async function preloaded(): Promise<JobResult<boolean>> {
  const marked = () => (globalThis as { citablePreloaded?: boolean }).citablePreloaded === true;
  for (let waited = 0; !marked() && waited < 10_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { value: marked(), transfer: [] };
}
