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
import { bySpan, firstAtOrAfter } from '../util/spans.js';
import { withRoles } from './people.js';
import type { Entity, EntityMention, EntityModel } from './entities/model.js';
import { titleStartingAt } from '../extract/roles/title-phrase.js';
import { isTimePrefix } from '../extract/roles/words.js';
import { genderOfMention } from './entities/predicates.js';

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

export const DESCRIPTION_ROLE_RULE = 'role-from-description';

/**
 * A definite description the entity model linked to a person is a role of the person when the link
 * itself says the title:
 * - sieve `role-description` ("Mr Blunkett quit as home secretary … the ex-home secretary said"):
 *   the person already holds a role with the description's head, so the description adds a role
 *   only when it is that title with a time prefix the held role lacks ("ex-home secretary" beside
 *   "home secretary"). "the minister" beside "foreign minister" says no more, and "the prime
 *   minister" beside "welfare minister" is another post (the sieve links by head alone).
 * - sieve `title-description` ("Gordon Brown has delivered a speech … ¶ The chancellor said"): a
 *   title nobody in the text holds, only where the link is sure enough to state a title (see
 *   `TITLE_GIVING`): the sieve's fallback, the most salient other person, is often someone else
 *   ("Birmingham's Sion Simon suggested … The prime minister almost blushed").
 * The title is read from the description as an appositive is (`titleStartingAt`), and must cover
 * it to its last word. One pass over the references; what the article says of its first-named
 * person is read once (`readFirstNamed`), so the whole stays linear in the mentions.
 */
export function resolveDescriptionRoles(people: PersonFact[], doc: ArticleDoc, model: EntityModel): PersonFact[] {
  let firstNamed: FirstNamed | null | undefined;
  const context = (): FirstNamed | null => (firstNamed === undefined ? (firstNamed = readFirstNamed(model)) : firstNamed);
  return people.map((p) => {
    let roles: RoleFact[] | null = null;
    for (const ref of p.references ?? []) {
      const givesTitle = TITLE_GIVING[ref.rule];
      if (givesTitle === undefined) continue;
      const endToken = doc.tokenIndexAt(ref.end);
      const phrase = titleStartingAt(doc.text, doc.tokens, doc.tokenIndexAt(ref.start), endToken);
      if (phrase === null || phrase.endToken !== endToken || phrase.counterpart) continue;
      const held: readonly RoleFact[] = roles ?? p.roles;
      if (held.some((r) => sameWords(r.title, phrase.title))) continue;
      if (!givesTitle({ person: p, held, title: phrase.title, mention: model.mentionAt(ref.start, ref.end), model, doc, firstNamed: context })) continue;
      const start = doc.tokens[phrase.firstToken]!.start;
      const end = doc.tokens[endToken - 1]!.end;
      roles = [...held, { start, end, text: doc.text.slice(start, end), title: phrase.title, affiliation: phrase.affiliation, rule: DESCRIPTION_ROLE_RULE }];
    }
    return roles === null ? p : withRoles(p, roles.sort(bySpan));
  });
}

interface DescribedTitle {
  person: PersonFact;
  /** The person's roles so far. */
  held: readonly RoleFact[];
  /** The title the description says. */
  title: string;
  mention: EntityMention | undefined;
  model: EntityModel;
  doc: ArticleDoc;
  /** What the article says of its first-named person (read on first use, once per article). */
  firstNamed: () => FirstNamed | null;
}

/**
 * Per sieve: when its description link says a title of the person (see `resolveDescriptionRoles`).
 * `title-description` gives one title, the first, while the person holds none ("the home
 * secretary" after it is someone else), and only when:
 * - the person is the article's first-named one;
 * - its gender is known from its own names or a he/she linked to it, not from the description
 *   just linked ("The Bat spokeswoman said" would make the firm Bat a woman);
 * - the description is outside quotes (the speaker's words: "it's difficult for the linesman");
 * - it speaks, or opens its clause (`opensClause`);
 * - no description with its head is bound by a mention of the person (`FirstNamed.boundHeads`);
 * - the person is the last one named before it (the only plausible holder).
 */
const TITLE_GIVING: Readonly<Record<string, (d: DescribedTitle) => boolean>> = {
  'role-description': ({ held, title }) => held.some((r) => isEarlierTimeOf(title, r.title)),
  'title-description': ({ person, held, mention, model, doc, firstNamed }) => {
    if (person.id !== FIRST_NAMED || held.length > 0 || mention === undefined || mention.quoted) return false;
    const known = firstNamed();
    if (known === null || known.entity !== mention.entity || !known.ownGender) return false;
    if (known.boundHeads.has(mention.head ?? '') || lastPersonBefore(model, mention) !== mention.entity) return false;
    // last: it parses the sentence with compromise (the cost of a parse, where the cheaper checks have not said no)
    return mention.speaker || opensClause(doc, mention);
  },
};

/** The article's first-named person: people are numbered in order of first mention. */
const FIRST_NAMED = 'p1';

interface FirstNamed {
  entity: Entity;
  /** A gender from its own names (honorific, given name) or from a he/she linked to it. */
  ownGender: boolean;
  /**
   * Heads of definite descriptions that come after a mention of the person in one sentence: "Michael
   * Howard has no doubt it is the prime minister who …". A title names one holder throughout an
   * article, and mentions of one person in one clause are not the same person (the binding
   * constraint of coreference), so such a title is someone else's everywhere.
   */
  boundHeads: ReadonlySet<string>;
}

/** The first-named person's entity and what the mentions say of it, in one pass over them. */
function readFirstNamed(model: EntityModel): FirstNamed | null {
  const entity = model.entities.find((e) => e.person?.id === FIRST_NAMED);
  if (entity === undefined) return null;
  let ownGender = entity.nameGender !== null;
  const boundHeads = new Set<string>();
  let lastSentenceOfEntity = -1;
  for (const m of model.mentions) {
    if (m.entity === entity && m.form !== 'description') {
      lastSentenceOfEntity = m.sentence;
      if (m.form === 'pronoun' && genderOfMention(m) !== null) ownGender = true;
    } else if (m.form === 'description' && m.definite === true && m.head !== undefined && m.sentence === lastSentenceOfEntity) {
      boundHeads.add(m.head);
    }
  }
  return { entity, ownGender, boundHeads };
}

/** The entity of the last person mention (a name, or a pronoun linked to a person) before `mention`. */
function lastPersonBefore(model: EntityModel, mention: EntityMention): Entity | null {
  for (let k = firstAtOrAfter(model.mentions, mention.start, -Infinity) - 1; k >= 0; k--) {
    const m = model.mentions[k]!;
    if (m.entity?.kind === 'person' && (m.form === 'name' || m.form === 'pronoun')) return m.entity;
  }
  return null;
}

/**
 * The description is the subject of its own clause, read from compromise's tags of the sentence: a
 * verb or adverb (or a comma) follows it, and no verb or name comes right before it. Not a title
 * word that modifies a noun ("the director award went to", "the official announcement"), not an
 * object or a predicate ("drawing the full-back", "became the youngest player"), not an apposition
 * to another name ("Dave Prentis, the leader of Unison").
 */
function opensClause(doc: ArticleDoc, mention: EntityMention): boolean {
  const terms = doc.terms(mention.sentence);
  const k = terms.findIndex((t) => t.start >= mention.start);
  const next = terms.find((t) => t.start >= mention.end);
  if (k < 0 || next === undefined) return false;
  const commaAfter = doc.text.slice(mention.end, next.start).includes(',');
  if (!commaAfter && !next.tags.has('Verb') && !next.tags.has('Adverb')) return false;
  const before = terms[k - 1];
  if (before === undefined) return true;
  if (before.tags.has('Person') || before.tags.has('ProperNoun')) return false;
  if (doc.text.slice(before.end, mention.start).includes(',')) return true;
  // "claims the prime minister had reneged": after a verb, the subject of the clause it reports
  return !before.tags.has('Preposition') && (!before.tags.has('Verb') || next.tags.has('Verb'));
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
