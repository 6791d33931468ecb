/** Family names, from faker's per-locale lists (src/lexicon/generated/surnames.ts). */
import { SURNAMES as GENERATED } from './generated/surnames.js';

export const SURNAMES: ReadonlySet<string> = new Set(GENERATED.split(' '));
