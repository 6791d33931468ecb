/**
 * Worker-thread entry (bundled to `dist/worker.js`): loads the library once, then extracts one
 * document per task. Protocol: posts `{ type: 'ready' }` once loaded, then answers each
 * `{ id, payload: WorkerTask }` with `{ type: 'result', id, value }`: the facts, or for
 * `as: 'jsonl'` the document's JSONL line and what the CLI reports about it (`JsonlOutcome`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractJsonl, extractOne, type BatchSettings, type WorkerTask } from './extract-one.js';

const settings = (workerData ?? {}) as BatchSettings;
const port = parentPort;
if (!port) throw new Error('extract-facts: worker.js must run in a worker thread');

port.on('message', (message: { id: number; payload: WorkerTask }) => {
  const { doc, as } = message.payload;
  port.postMessage({ type: 'result', id: message.id, value: as === 'jsonl' ? extractJsonl(doc, settings) : extractOne(doc, settings) });
});
port.postMessage({ type: 'ready' });
