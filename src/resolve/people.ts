/**
 * Group name mentions into people (surname coreference), as ordered sieves, most precise first:
 *
 *  1. same-full-name: multi-word mentions with the same name key ("Yasar Guler" twice, "GULER" too);
 *  2. same-first-and-last: "George W. Bush" and "George Bush";
 *  3. name-tail: a shorter multi-word form that ends a longer one ("Abu Qasra" → "Murhaf Abu Qasra");
 *  4. surname: a one-word mention joins the one person whose surname (or given name) it is; when two
 *     people share it, the one mentioned last before it (bounded backward search, like pronouns);
 *     if no full name has it, one-word mentions with the same word form their own person.
 *
 * Canonical name: the longest full form (most words, then not all-caps, then longest text).
 * Ids p1, p2, ... in order of first mention; mentions sorted by offset.
 *
 * Every sieve looks its candidates up in indexes (form, first+last word, tails, surname keys), so a
 * long document costs time linear in its mentions, not quadratic.
 */
import type { ArticleDoc } from '../doc/article.js';
import type { NameMention } from '../extract/people.js';
import { nameKey, surnameKeys } from '../extract/people/keys.js';
import type { PersonFact, PersonMention, PersonReference, RoleFact } from '../types.js';

interface Group {
  mentions: NameMention[];
  /** Distinct name keys of the multi-word forms, split into words. */
  forms: string[][];
  /** Starts of the multi-word mentions (ascending) and of the one-word ones (non-decreasing). */
  multiStarts: number[];
  singleStarts: number[];
}

const HAS_LOWER = /\p{Ll}/u;

/** Index key → the first group (lowest index) that has it; `find` over the groups in one lookup. */
function keep(index: Map<string, number>, key: string, group: number): void {
  const had = index.get(key);
  if (had === undefined || group < had) index.set(key, group);
}
function listAdd(index: Map<string, number[]>, key: string, group: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [group]);
  else if (list[list.length - 1] !== group) list.push(group);
}

export function resolvePeople(mentions: NameMention[], _doc: ArticleDoc): PersonFact[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: Group[] = [];
  const singles: NameMention[] = [];
  // Indexes over all forms, so that each mention costs a few lookups, not a scan of every group.
  const byFirstLast = new Map<string, number>(); // sameName: same first and last word
  const byForm = new Map<string, number>(); // a form, whole
  const bySuffix = new Map<string, number>(); // a proper tail (2+ words) of a form
  const formsSeen = new Set<string>();
  for (const m of sorted) {
    const words = nameKey(m.text).split(' ');
    if (words.length < 2) {
      singles.push(m);
      continue;
    }
    const joined = words.join(' ');
    let gi = byFirstLast.get(`${words[0]}\u0001${words[words.length - 1]}`);
    if (gi === undefined) {
      gi = bySuffix.get(joined);
      for (let k = 2; k < words.length; k++) {
        const hit = byForm.get(words.slice(words.length - k).join(' '));
        if (hit !== undefined && (gi === undefined || hit < gi)) gi = hit;
      }
    }
    let g: Group;
    if (gi !== undefined) {
      g = groups[gi]!;
      g.mentions.push(m);
      g.multiStarts.push(m.start);
    } else {
      gi = groups.length;
      g = { mentions: [m], forms: [], multiStarts: [m.start], singleStarts: [] };
      groups.push(g);
    }
    const formKey = `${gi}\u0001${joined}`;
    if (formsSeen.has(formKey)) continue;
    formsSeen.add(formKey);
    g.forms.push(words);
    keep(byFirstLast, `${words[0]}\u0001${words[words.length - 1]}`, gi);
    keep(byForm, joined, gi);
    for (let k = 2; k < words.length; k++) keep(bySuffix, words.slice(words.length - k).join(' '), gi);
  }
  // One-word mentions: candidates by surname key or by given name, in group order.
  const bySurnameKey = new Map<string, number[]>();
  const byGivenName = new Map<string, number[]>();
  groups.forEach((g, gi) => {
    for (const f of g.forms) {
      for (const key of surnameKeys(f.join(' '))) listAdd(bySurnameKey, key, gi);
      listAdd(byGivenName, f[0]!, gi);
    }
  });
  const ownGroups = new Map<string, Group>();
  for (const m of singles) {
    const key = nameKey(m.text);
    const bySurname = bySurnameKey.get(key) ?? [];
    const pool = bySurname.length > 0 ? bySurname : (byGivenName.get(key) ?? []);
    const target = pool.length === 1 ? groups[pool[0]!] : pool.length > 1 ? nearestBefore(pool.map((i) => groups[i]!), m.start) : undefined;
    if (target) {
      target.mentions.push(m);
      target.singleStarts.push(m.start);
      continue;
    }
    let own = ownGroups.get(key);
    if (!own) {
      own = { mentions: [], forms: [], multiStarts: [], singleStarts: [] };
      ownGroups.set(key, own);
      groups.push(own);
    }
    own.mentions.push(m);
  }
  // Each group's mentions in offset order (sorted in place: the groups are not used again), then
  // the groups in order of first mention (a stable sort, as before).
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  groups.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return groups.map((g, i) => personFact(`p${i + 1}`, canonicalName(g.mentions), [], g.mentions.map(toPersonMention), []));
}

/**
 * Every person fact is built here, with its fields in output order: one object shape for V8, where
 * a spread copy (`{ ...p, roles }`) would make a second one and deoptimize the code reading people.
 */
export function personFact(id: string, name: string, roles: RoleFact[], mentions: PersonMention[], references: PersonReference[]): PersonFact {
  return { id, name, roles, mentions, references };
}

/** A copy of a person fact with new roles. */
export function withRoles(p: PersonFact, roles: RoleFact[]): PersonFact {
  return personFact(p.id, p.name, roles, p.mentions, p.references);
}

function toPersonMention(m: NameMention): PersonMention {
  return { start: m.start, end: m.end, text: m.text, rule: m.rule };
}

/** The group with the latest mention before `offset`; else the one mentioned first after it. */
function nearestBefore(pool: readonly Group[], offset: number): Group | undefined {
  let best: Group | undefined;
  let bestAt = -1;
  for (const g of pool) {
    const at = Math.max(lastBelow(g.multiStarts, offset), lastBelow(g.singleStarts, offset));
    if (at > bestAt) { best = g; bestAt = at; }
  }
  if (best) return best;
  const first = (g: Group) => Math.min(g.multiStarts[0] ?? Infinity, g.singleStarts[0] ?? Infinity);
  return [...pool].sort((a, b) => first(a) - first(b))[0];
}

/** The largest value < `limit` in an ascending array, or -1. */
function lastBelow(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? values[lo - 1]! : -1;
}

function canonicalName(ms: readonly NameMention[]): string {
  let best = ms[0]!;
  // Score of `best`: number of words, then not all-caps, then length.
  let words = best.text.split(/\s+/).length;
  let lower = HAS_LOWER.test(best.text) ? 1 : 0;
  let length = best.text.length;
  for (const m of ms) {
    const w = m.text.split(/\s+/).length;
    if (w < words) continue;
    const l = HAS_LOWER.test(m.text) ? 1 : 0;
    if (w > words || l > lower || (l === lower && m.text.length > length)) {
      best = m;
      words = w;
      lower = l;
      length = m.text.length;
    }
  }
  return best.text.replace(/\s+/g, ' ');
}
