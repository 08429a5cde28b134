/**
 * Checking many originals politely: at most `concurrency` requests at once,
 * and never two at a time to the same host.
 */
import type { FetchOptions } from "../capture/fetch.ts";
import { type WatchResult, type WatchTarget, watchSource } from "./watch-source.ts";

/** Checks every target; `onResult` hears each as it ends. Results come back in the targets' order. */
export async function watchAll(
  targets: readonly WatchTarget[],
  options: FetchOptions & { concurrency: number },
  onResult: (result: WatchResult) => void = () => {},
): Promise<WatchResult[]> {
  const results = new Map<string, WatchResult>();
  const waiting = [...targets];
  const busyHosts = new Set<string>();
  let running = 0;
  await new Promise<void>((resolve) => {
    const next = (): void => {
      if (waiting.length === 0 && running === 0) {
        resolve();
        return;
      }
      while (running < options.concurrency) {
        const index = waiting.findIndex((target) => !busyHosts.has(hostOf(target.url)));
        if (index === -1) return;
        const [target] = waiting.splice(index, 1);
        if (!target) return;
        const host = hostOf(target.url);
        busyHosts.add(host);
        running++;
        void watchSource(target, options).then((result) => {
          busyHosts.delete(host);
          running--;
          results.set(target.id, result);
          onResult(result);
          next();
        });
      }
    };
    next();
  });
  return targets.flatMap((target) => results.get(target.id) ?? []);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
