/** The worker of {@link renderBodiesInWorker}: renders the claims' bodies and posts them back. */
import { parentPort, workerData } from "node:worker_threads";
import { type BodyWork, renderBodies } from "./bodies.ts";

parentPort?.postMessage(renderBodies(workerData as BodyWork));
