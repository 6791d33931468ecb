/**
 * affiliation-from-coordination: in a list of role+name pairs joined only by "and" or commas, a role
 * with no affiliation of its own takes the affiliation of the nearest role before it in the list.
 *
 *   "Syrian Foreign Minister Asaad al-Shibani and General Intelligence Director Hussein Salameh"
 *       → Salameh's "General Intelligence Director" gets "Syria"
 *   "French President X, Prime Minister Y and Foreign Minister Z" → Y and Z get "France"
 *
 * News style names each official's country when coordinated officials belong to different countries
 * ("US Secretary of State X and Chinese Foreign Minister Y"), so an unmarked role in the list shares
 * the country of the one before it. Known risk: a writer who leaves the second country unmarked
 * ("US Secretary of State X and Foreign Minister Y") gets the first one.
 *
 * Narrow on purpose: both roles stand before their names ("Title Name"); between the first name and
 * the second title there is nothing but "and", ",", or ", and" (no verb, no preposition, no
 * determiner, no sentence boundary: the caller passes one sentence); a list joined by commas only
 * counts when it ends with "and" ("A, B and C"), so an introductory clause ("After meeting Syrian
 * Foreign Minister X, Prime Minister Y said") links nothing. A role that has an affiliation never
 * changes, and a "counterpart" role keeps what the counterpart rule gave it. An occupation practised
 * on one's own ("singer", "actress", "referee": OCCUPATION_HEADS) is no post of the neighbour's
 * country or organization and inherits nothing ("former US president X and singer Y", "Barca boss X
 * and referee Y"). A role whose neighbour's title is owned by a possessive ("its chairman, X, and
 * production chief Y") shares that possessive, which the entity model resolves later.
 */
import type { RoleMention, SentenceView } from './types.js';
import { isOccupation } from './words.js';

export const AFFILIATION_FROM_COORDINATION = 'affiliation-from-coordination';

type Link = 'and' | 'comma' | null;

/** `roles`: one sentence's roles, sorted by offset. Returns the list with inherited affiliations filled in. */
export function inheritCoordinatedAffiliations(roles: readonly RoleMention[], s: SentenceView): RoleMention[] {
  const out = [...roles];
  if (out.length < 2) return out;
  // links[i]: how role i is joined to role i - 1 (null: not a direct coordination).
  const links: Link[] = [null];
  let cursor = s.start;
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const cur = out[i]!;
    if (!standsBeforeName(prev) || !standsBeforeName(cur)) {
      links.push(null);
      continue;
    }
    // The first token after the earlier name (names ascend with the roles, so this stays linear).
    while (cursor > s.start && s.tokens[cursor - 1]!.start >= prev.personEnd) cursor--;
    while (cursor < s.end && s.tokens[cursor]!.start < prev.personEnd) cursor++;
    links.push(linkBetween(s, cursor, cur.start));
  }
  // A run of links is a list up to its last "and": "A and B", "A, B and C", "A, B, and C".
  let i = 1;
  while (i < out.length) {
    if (links[i] === null) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < out.length && links[last + 1] !== null) last++;
    // The list ends at its last "and"; commas after it start something else ("A and B, C said").
    let end = last;
    while (end >= i && links[end] !== 'and') end--;
    for (let k = i; k <= end; k++) out[k] = inherit(out[k - 1]!, out[k]!);
    i = last + 1;
  }
  return out;
}

/** "Title Name": the role phrase ends before the name it belongs to. */
function standsBeforeName(role: RoleMention): boolean {
  return role.end <= role.personStart;
}

/** The tokens from `from` up to the offset `until`: exactly "and", ",", or ", and". */
function linkBetween(s: SentenceView, from: number, until: number): Link {
  const words: string[] = [];
  for (let k = from; k < s.end && s.tokens[k]!.start < until; k++) {
    const t = s.tokens[k]!;
    words.push(t.lower);
    if (words.length > 2) return null;
  }
  const joined = words.join(' ');
  if (joined === 'and' || joined === ', and') return 'and';
  if (joined === ',') return 'comma';
  return null;
}

function inherit(from: RoleMention, role: RoleMention): RoleMention {
  if (role.affiliation !== null || role.counterpart || role.possessorStart !== undefined) return role;
  if (role.title.split(' ').some((w) => isOccupation(w.toLowerCase()))) return role;
  if (from.affiliation !== null) return { ...role, affiliation: from.affiliation, rule: AFFILIATION_FROM_COORDINATION };
  // "its chairman, Sir Phil Watts, and production chief X": both posts belong to what "its" refers to
  if (from.possessorStart !== undefined) return { ...role, possessorStart: from.possessorStart, possessorEnd: from.possessorEnd };
  return role;
}
