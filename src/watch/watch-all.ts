/**
 * Checking many originals politely: at most `concurrency` requests at once,
 * at most `perHost` of them to one host, a pause of `hostGapMs` before asking
 * a host again, and no new check once the `deadline` has passed (the sources
 * left keep their last state).
 */
import {
  type WatchFetchOptions,
  type WatchResult,
  type WatchTarget,
  watchSource,
} from "./watch-source.ts";

/** How many checks run at once, and until when. */
export interface Pace {
  concurrency: number;
  /** Checks of one host at once. */
  perHost: number;
  /** Milliseconds between the end of a check of a host and the next request to it. */
  hostGapMs: number;
  /** No check starts after this moment (`Date.now()` milliseconds). */
  deadline: number;
}

/** The checks done, in the targets' order, and the ids of the sources the deadline left unchecked. */
export interface WatchRun {
  results: WatchResult[];
  skipped: string[];
}

/** Checks every target; `onResult` hears each as it ends. */
export async function watchAll(
  targets: readonly WatchTarget[],
  options: WatchFetchOptions & Pace,
  onResult: (result: WatchResult) => void | Promise<void> = () => {},
): Promise<WatchRun> {
  const results = new Map<string, WatchResult>();
  const waiting = [...targets];
  const busy = new Map<string, number>();
  const free = new Map<string, number>();
  let running = 0;
  let timer: NodeJS.Timeout | undefined;
  await new Promise<void>((resolve) => {
    const next = (): void => {
      if (Date.now() >= options.deadline) waiting.length = 0;
      if (waiting.length === 0 && running === 0) {
        resolve();
        return;
      }
      const now = Date.now();
      while (running < options.concurrency) {
        const index = waiting.findIndex((target) => {
          const host = hostOf(target.url);
          return (busy.get(host) ?? 0) < options.perHost && (free.get(host) ?? 0) <= now;
        });
        if (index === -1) break;
        const [target] = waiting.splice(index, 1);
        if (!target) break;
        start(target);
      }
      // Some hosts are pausing: look again when the first pause ends.
      const paused = waiting.flatMap((target) => {
        const until = free.get(hostOf(target.url)) ?? 0;
        return until > now ? [until] : [];
      });
      if (running < options.concurrency && paused.length > 0 && !timer) {
        const soonest = Math.min(...paused);
        timer = setTimeout(
          () => {
            timer = undefined;
            next();
          },
          Math.max(0, soonest - now),
        );
      }
    };
    const start = (target: WatchTarget): void => {
      const host = hostOf(target.url);
      busy.set(host, (busy.get(host) ?? 0) + 1);
      running++;
      void watchSource(target, options)
        .then(async (result) => {
          results.set(target.id, result);
          await onResult(result);
        })
        .catch((thrown: unknown) => {
          // A bug, not the original's doing: say so on the source's line, keep going.
          console.error(
            `${target.id}: the check stopped on an unexpected error (${(thrown as Error).message ?? String(thrown)}).`,
          );
        })
        .finally(() => {
          busy.set(host, (busy.get(host) ?? 1) - 1);
          free.set(host, Date.now() + options.hostGapMs);
          running--;
          next();
        });
    };
    next();
  });
  return {
    results: targets.flatMap((target) => results.get(target.id) ?? []),
    skipped: targets.filter((target) => !results.has(target.id)).map((target) => target.id),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
