/**
 * The seed article (fixtures/articles/syria-turkey-defense.txt, the project's example article,
 * kept in the repository so the tests need nothing beside it) and the roles table a careful reader
 * notes down from it. One text and one table for every test that checks them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_PATH = 'fixtures/articles/syria-turkey-defense.txt';
export const SEED_TEXT = readFileSync(fileURLToPath(new URL(`../../${SEED_PATH}`, import.meta.url)), 'utf8');

/** person → title and affiliation of their one role; null, null when the text states none. */
export const SEED_ROLES: ReadonlyArray<readonly [name: string, title: string | null, affiliation: string | null]> = [
  ['Murhaf Abu Qasra', 'Defense Minister', 'Syria'],
  ['Yasar Guler', 'Defense Minister', 'Turkey'],
  ['Asaad al-Shibani', 'Foreign Minister', 'Syria'],
  // "Syrian Foreign Minister Asaad al-Shibani and General Intelligence Director Hussein Salameh":
  // inherited from the coordinated role before it (rule affiliation-from-coordination).
  ['Hussein Salameh', 'General Intelligence Director', 'Syria'],
  ['Mohammed al-Bashir', 'Energy Minister', 'Syria'],
  ['Alparslan Bayraktar', 'Energy Minister', 'Turkey'],
  ['Bashar al-Assad', null, null],
];
