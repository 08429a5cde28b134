/**
 * Extraction in a worker thread with a deadline and a memory ceiling: a page
 * built to stall or exhaust a parser ends with a message, never a hang or a
 * crash of the command (or of the watch that reuses it).
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { CaptureError } from "./errors.ts";
import { type Extracted, type ExtractRequest, extractCapture } from "./extract.ts";

/** The bounds of one extraction. */
export interface ExtractLimits {
  /** Milliseconds before the worker is stopped. Default 30 000. */
  timeoutMs?: number;
  /** Megabytes of heap the worker may use. Default 512. */
  memoryMb?: number;
}

type Reply = { ok: true; extracted: Extracted } | { ok: false; message: string; expected: boolean };

/** The PDF extraction under way, if any: PDFs are read one at a time (see below). */
let pdfQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs {@link extractCapture} in a worker; throws a {@link CaptureError} past
 * the limits. PDFs are read one at a time in a process, whoever asks (the
 * watch checks several sources at once): pdf.js's buffers stand outside the
 * worker's heap limit, and one PDF's budget (pdf-budget.ts) is what a machine
 * should give at once.
 */
export function extractInWorker(
  request: ExtractRequest,
  limits: ExtractLimits = {},
): Promise<Extracted> {
  if (request.kind !== "pdf") return extractOnce(request, limits);
  const turn = pdfQueue.then(() => extractOnce(request, limits));
  pdfQueue = turn.catch(() => undefined);
  return turn;
}

async function extractOnce(request: ExtractRequest, limits: ExtractLimits): Promise<Extracted> {
  const timeoutMs = limits.timeoutMs ?? 30_000;
  const memoryMb = limits.memoryMb ?? 512;
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { extract: request },
    resourceLimits: {
      maxOldGenerationSizeMb: memoryMb,
      maxYoungGenerationSizeMb: 64,
      stackSizeMb: 8,
    },
    stdout: true,
    stderr: true,
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new CaptureError(
              `Reading the capture took longer than ${timeoutMs / 1000} s, so it was stopped. The page is built in a way no article needs: import a PDF or a plain text copy of it.`,
            ),
          ),
        timeoutMs,
      );
      worker.once("message", resolve);
      worker.once("error", (error) =>
        reject(
          (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new CaptureError(
                `Reading the capture needed more than ${memoryMb} MB of memory, so it was stopped. Import a PDF or a plain text copy of it.`,
              )
            : new CaptureError(`The capture could not be read (${error.message}).`),
        ),
      );
      worker.once("exit", (code) =>
        reject(
          new CaptureError(`The capture could not be read (the reader stopped with code ${code}).`),
        ),
      );
    });
    if (!reply.ok) {
      throw new CaptureError(
        reply.expected ? reply.message : `The capture could not be read (${reply.message}).`,
      );
    }
    return reply.extracted;
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}

if (
  !isMainThread &&
  parentPort &&
  (workerData as { extract?: ExtractRequest } | undefined)?.extract
) {
  const port = parentPort;
  const request = (workerData as { extract: ExtractRequest }).extract;
  extractCapture(request).then(
    (extracted) => port.postMessage({ ok: true, extracted } satisfies Reply),
    (thrown: Error) =>
      port.postMessage({
        ok: false,
        message: thrown.message,
        expected: thrown instanceof CaptureError,
      } satisfies Reply),
  );
}
