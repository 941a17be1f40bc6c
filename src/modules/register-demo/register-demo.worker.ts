/**
 * Worker thread generating a synthetic register into COPY chunks (see chunksInWorker): it runs
 * ahead of the loader by at most two chunks, waiting for a message before each further one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { chunked, type GeneratorParams, type Ids } from './register-demo.chunks.js';
import { generateRegister } from './register-demo.generator.js';

const { params, first } = workerData as { params: GeneratorParams; first: Ids };
const port = parentPort!;
let credits = 2;
let wake: (() => void) | null = null;
port.on('message', () => {
  credits++;
  wake?.();
});

const households = generateRegister(params.communes, { seed: params.seed, persons: params.persons, firstIds: first });
for await (const chunk of chunked(households, first, params.chunkPersons, async () => undefined)) {
  while (credits === 0) await new Promise<void>((r) => (wake = r));
  credits--;
  // The bytes move to the loader's thread instead of being copied.
  port.postMessage(
    { chunk },
    Object.values(chunk.data).map((d) => d.buffer as ArrayBuffer),
  );
}
port.postMessage({ done: true });
