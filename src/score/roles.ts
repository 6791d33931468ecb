/**
 * Roles, scored as `../shared/eval/bbc-facts/README.md` says: (person, title) pairs matched one to
 * one, the names by their tokens and the titles loosely; then the affiliation of every matched pair
 * whose gold affiliation is not null, against it or one of `affiliation_alt`.
 */
import type { PersonFact } from '../types.js';
import type { GoldPerson } from './gold.js';
import { looseForm, looselyEqual, namesMatch } from './loose.js';
import { pickOneToOne } from './match.js';

export interface RolePair {
  person: string;
  title: string;
  affiliation: string | null;
  alternatives: readonly string[];
}

export interface RoleMatching {
  gold: number;
  predicted: number;
  /** [gold pair, predicted pair] of every matched role */
  pairs: Array<[RolePair, RolePair]>;
}

function goldPairs(persons: readonly GoldPerson[]): RolePair[] {
  return persons.flatMap((p) =>
    p.roles.map((r) => ({ person: p.name, title: r.title, affiliation: r.affiliation, alternatives: r.affiliation_alt ?? [] })),
  );
}

function predictedPairs(people: readonly PersonFact[]): RolePair[] {
  return people.flatMap((p) => p.roles.map((r) => ({ person: p.name, title: r.title, affiliation: r.affiliation, alternatives: [] })));
}

/** Greedy one-to-one: identical loose titles first, then identical names, then text order. */
export function matchRoles(persons: readonly GoldPerson[], people: readonly PersonFact[]): RoleMatching {
  const gold = goldPairs(persons);
  const predicted = predictedPairs(people);
  const candidates: Array<{ g: number; p: number; sameTitle: boolean; sameName: boolean }> = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (!namesMatch(g.person, p.person) || !looselyEqual(g.title, p.title)) return;
      candidates.push({ g: gi, p: pi, sameTitle: looseForm(g.title) === looseForm(p.title), sameName: g.person === p.person });
    });
  });
  const pairs = pickOneToOne(
    candidates,
    (a, b) => Number(b.sameTitle) - Number(a.sameTitle) || Number(b.sameName) - Number(a.sameName),
  ).map(([g, p]): [RolePair, RolePair] => [gold[g]!, predicted[p]!]);
  return { gold: gold.length, predicted: predicted.length, pairs };
}

/** The predicted affiliation names the gold one or one of its alternatives. */
export function affiliationMatches(gold: RolePair, predicted: RolePair): boolean {
  if (predicted.affiliation === null || gold.affiliation === null) return false;
  return [gold.affiliation, ...gold.alternatives].some((a) => looselyEqual(a, predicted.affiliation!));
}
