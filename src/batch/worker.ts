/**
 * Worker-thread entry with the library bundled in (what the tests bundle; `dist/worker.js` is
 * `worker-cached.ts`, which loads the same library from V8's code cache). Protocol: see
 * `worker-protocol.ts`.
 */
import { extractJsonl, extractReported } from './extract-one.js';
import { serve } from './worker-protocol.js';

serve({ extractJsonl, extractReported });
