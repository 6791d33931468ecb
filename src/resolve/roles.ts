/**
 * Attach roles to people. A role mention carries the span of the name it was read next to
 * (`personStart/personEnd`); the role goes to the person with a mention overlapping that span
 * (the largest overlap wins). A role whose name matches no person is dropped: roles hang on people.
 *
 * Per person, repeated roles collapse: the same title with the same affiliation is kept once (its
 * first mention), and a title without affiliation gives way to the same title with one.
 */
import type { ArticleDoc } from '../doc/article.js';
import type { RoleMention } from '../extract/roles.js';
import type { PersonFact, RoleFact } from '../types.js';
import { bySpan } from '../util/spans.js';
import { withRoles } from './people.js';
import type { Entity, EntityMention, EntityModel } from './entities/model.js';
import { titleStartingAt } from '../extract/roles/title-phrase.js';
import { isTimePrefix } from '../extract/roles/words.js';

export function resolveRoles(people: PersonFact[], roles: RoleMention[], _doc: ArticleDoc): PersonFact[] {
  if (roles.length === 0) return people;
  const attached = new Map<PersonFact, RoleFact[]>();
  const index = indexMentions(people);
  for (const role of roles) {
    if (role.pronounSubject) continue; // attached through the entity model: resolvePronounRoles
    const person = personAt(index, role.personStart, role.personEnd);
    if (person === null) continue;
    const list = attached.get(person) ?? [...person.roles];
    list.push(toRoleFact(role));
    attached.set(person, list);
  }
  return people.map((p) => {
    const list = attached.get(p);
    return list ? withRoles(p, collapse(list)) : p;
  });
}

interface MentionIndex {
  /** Every mention of every person, sorted by start; `order` is its rank in people-then-mentions order. */
  mentions: Array<{ start: number; end: number; person: PersonFact; order: number }>;
  /** `maxEnd[k]`: the furthest end of `mentions[0..k]`. */
  maxEnd: number[];
}

/** Built once per document, so that each role costs a binary search (linear time on long documents). */
function indexMentions(people: readonly PersonFact[]): MentionIndex {
  let order = 0;
  const mentions = people
    .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person, order: order++ })))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  const maxEnd: number[] = [];
  for (const m of mentions) maxEnd.push(Math.max(m.end, maxEnd[maxEnd.length - 1] ?? -Infinity));
  return { mentions, maxEnd };
}

/** The person with a mention overlapping `[start, end)` the most (ties: the first person, first mention), or null. */
function personAt(index: MentionIndex, start: number, end: number): PersonFact | null {
  let best: PersonFact | null = null;
  let bestOverlap = 0;
  let bestOrder = Infinity;
  // Mentions before `k` all end by `start`; from there, scan those starting before `end`.
  let lo = 0;
  let hi = index.maxEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.maxEnd[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < index.mentions.length && index.mentions[k]!.start < end; k++) {
    const m = index.mentions[k]!;
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > bestOverlap || (overlap === bestOverlap && overlap > 0 && m.order < bestOrder)) {
      best = m.person;
      bestOverlap = overlap;
      bestOrder = m.order;
    }
  }
  return best;
}

function toRoleFact(role: RoleMention): RoleFact {
  return { start: role.start, end: role.end, text: role.text, title: role.title, affiliation: role.affiliation, rule: role.rule };
}

function sameTitle(a: RoleFact, b: RoleFact): boolean {
  return a.title.toLowerCase() === b.title.toLowerCase();
}

/** One role per title and affiliation, in text order. */
function collapse(roles: RoleFact[]): RoleFact[] {
  const sorted = [...roles].sort(bySpan);
  const kept: RoleFact[] = [];
  for (const role of sorted) {
    if (kept.some((k) => sameTitle(k, role) && (k.affiliation === role.affiliation || role.affiliation === null))) continue;
    const weaker = kept.findIndex((k) => sameTitle(k, role) && k.affiliation === null);
    if (weaker >= 0) kept.splice(weaker, 1);
    kept.push(role);
  }
  return kept.sort(bySpan);
}

/**
 * "Shell … its chairman, Sir Phil Watts", "the company's chairman": a role whose phrase had no
 * affiliation but a possessive (`possessorStart/End`) takes the organization the entity model
 * linked that possessive to (rule `affiliation-from-possessor`). Runs after the entity model;
 * a possessive linked to nothing, or to a person, leaves the role as it was.
 */
export function resolveRolePossessors(people: PersonFact[], roles: readonly RoleMention[], model: EntityModel): PersonFact[] {
  const linked = new Map<string, { possessor: EntityMention; entity: Entity }>();
  for (const role of roles) {
    if (role.possessorStart === undefined || role.possessorEnd === undefined || role.affiliation !== null) continue;
    const possessor = model.mentionAt(role.possessorStart, role.possessorEnd);
    const entity = possessor?.entity;
    if (possessor && entity && entity.kind !== 'person' && entity.person === null) linked.set(`${role.start}:${role.end}`, { possessor, entity });
  }
  if (linked.size === 0) return people;
  const owners = new Map<string, string>();
  const named = namedNear(model, new Set([...linked.values()].map((l) => l.entity)));
  for (const [key, { possessor, entity }] of linked) {
    if (named.get(entity)?.some((m) => m.end <= possessor.start && possessor.sentence - m.sentence <= OWNER_SENTENCES)) owners.set(key, entity.name);
  }
  if (owners.size === 0) return people;
  return people.map((p) => {
    if (!p.roles.some((r) => r.affiliation === null && owners.has(`${r.start}:${r.end}`))) return p;
    const roles = p.roles.map((r) => {
      const owner = r.affiliation === null ? owners.get(`${r.start}:${r.end}`) : undefined;
      return owner === undefined ? r : { ...r, affiliation: owner, rule: 'affiliation-from-possessor' };
    });
    return withRoles(p, collapse(roles));
  });
}

/**
 * The owner of "its chairman" is named by name in the possessive's sentence or the one before
 * ("Deutsche Bank's evidence came … Its lawyer, Hugh Ray,"): further back, an organization the
 * model knows is too often not the one meant (a firm the name finder took for a person, an agency
 * it did not list).
 */
const OWNER_SENTENCES = 1;

/** The name mentions of each of `entities`, in text order. */
function namedNear(model: EntityModel, entities: ReadonlySet<Entity>): Map<Entity, EntityMention[]> {
  const named = new Map<Entity, EntityMention[]>();
  for (const m of model.mentions) {
    if (m.form !== 'name' || m.entity === null || !entities.has(m.entity)) continue;
    const list = named.get(m.entity) ?? [];
    list.push(m);
    named.set(m.entity, list);
  }
  return named;
}

/** Sieves whose description links are trusted to say a title of the person (see ./entities/sieves.ts). */
const TITLE_GIVING_SIEVES: ReadonlySet<string> = new Set(['role-description']);
export const DESCRIPTION_ROLE_RULE = 'role-from-description';

/**
 * "Mr Blunkett quit as home secretary … the ex-home secretary said": a definite description the
 * entity model linked to a person because the person already holds a role with its head (sieve
 * `role-description`) is a role of its own when it is one of the person's titles with a time prefix
 * the person's role lacks ("ex-home secretary" beside "home secretary", "the former chief
 * executive" beside "chief executive"). Any other description adds nothing: "the minister" beside
 * "foreign minister" says no more, and "the prime minister" beside "welfare minister" is another
 * post (the sieve links by head alone). The title is read from the description as an appositive is
 * (`titleStartingAt`), and must cover it to its last word. One pass over the references.
 */
export function resolveDescriptionRoles(people: PersonFact[], doc: ArticleDoc): PersonFact[] {
  return people.map((p) => {
    let roles: RoleFact[] | null = null;
    for (const ref of p.references ?? []) {
      if (!TITLE_GIVING_SIEVES.has(ref.rule)) continue;
      const endToken = doc.tokenIndexAt(ref.end);
      const phrase = titleStartingAt(doc.text, doc.tokens, doc.tokenIndexAt(ref.start), endToken);
      if (phrase === null || phrase.endToken !== endToken || phrase.counterpart) continue;
      const held: readonly RoleFact[] = roles ?? p.roles;
      if (!held.some((r) => isEarlierTimeOf(phrase.title, r.title)) || held.some((r) => sameWords(r.title, phrase.title))) continue;
      const start = doc.tokens[phrase.firstToken]!.start;
      const end = doc.tokens[endToken - 1]!.end;
      roles = [...held, { start, end, text: doc.text.slice(start, end), title: phrase.title, affiliation: phrase.affiliation, rule: DESCRIPTION_ROLE_RULE }];
    }
    return roles === null ? p : withRoles(p, roles.sort(bySpan));
  });
}

/** Lower-case words of a title, an "ex-" split off as a word of its own ("ex-home secretary" → ex, home, secretary). */
function titleWords(title: string): string[] {
  return title.toLowerCase().replace(/\bex-/g, 'ex ').split(/\s+/).filter((w) => w !== '');
}

function sameWords(a: string, b: string): boolean {
  return titleWords(a).join(' ') === titleWords(b).join(' ');
}

/** `title` is `held` with a time prefix `held` lacks: "ex-home secretary" of "home secretary". */
function isEarlierTimeOf(title: string, held: string): boolean {
  const heldWords = new Set(titleWords(held));
  const words = titleWords(title);
  const prefixes = words.filter((w) => isTimePrefix(w) && !heldWords.has(w));
  const core = words.filter((w) => !isTimePrefix(w));
  return prefixes.length > 0 && core.length > 0 && core.every((w) => heldWords.has(w));
}

/**
 * "Lord Sainsbury was created a life peer in 1997, a year before he was appointed as minister for
 * science": a predicate role whose subject is "he"/"she" goes to the person the entity model
 * linked that pronoun to; a pronoun linked to no person (or to an unnamed speaker) drops the role.
 */
export function resolvePronounRoles(people: PersonFact[], roles: readonly RoleMention[], model: EntityModel): PersonFact[] {
  const byId = new Map<string, RoleFact[]>();
  for (const role of roles) {
    if (!role.pronounSubject) continue;
    const person = model.mentionAt(role.personStart, role.personEnd)?.entity?.person;
    if (!person) continue;
    const list = byId.get(person.id) ?? [];
    list.push(toRoleFact(role));
    byId.set(person.id, list);
  }
  if (byId.size === 0) return people;
  return people.map((p) => {
    const added = byId.get(p.id);
    return added ? withRoles(p, collapse([...p.roles, ...added])) : p;
  });
}
