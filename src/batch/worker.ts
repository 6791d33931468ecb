/**
 * Worker-thread entry (bundled to `dist/worker.js`): loads the library once, then extracts one
 * document per message. Protocol: posts `{ type: 'ready' }` once loaded, then answers each
 * `{ id, payload: InputDocument }` with `{ type: 'result', id, value }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractOne, type BatchSettings, type InputDocument } from './extract-one.js';

const settings = (workerData ?? {}) as BatchSettings;
const port = parentPort;
if (!port) throw new Error('extract-facts: worker.js must run in a worker thread');

port.on('message', (message: { id: number; payload: InputDocument }) => {
  port.postMessage({ type: 'result', id: message.id, value: extractOne(message.payload, settings) });
});
port.postMessage({ type: 'ready' });
