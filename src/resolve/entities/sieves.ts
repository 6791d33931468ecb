/**
 * The sieves, most precise first (CoreNLP's deterministic coreference: each pass links only what
 * earlier passes left alone, and each link records the pass that made it). A sieve says which
 * mentions it reads and which shared predicates (`predicates.ts`) a candidate must pass.
 *
 *   name-overlap             a name next to a cue overlaps a person's name mention ("Turkish Defense Minister Yasar Guler")
 *   surname                  a one-word name is the surname of exactly one person ("Guler" → Yasar Guler)
 *   organization-name        a name that speaks and is no person is an organization ("Shell said")
 *   relative-pronoun         "who"/"which" → the mention just before it ("Mr Fitzpatrick, who added")
 *   apposition               "the star witness, former financial chief Scott Sullivan," → the name in apposition
 *   apposition-after-name    "Michael Lamberty, a Lufthansa spokesman told …" → the name the clause opens with
 *   unnamed-speaker          "a spokesman said" (linked to no one) → an entity of its own, for a later "he"
 *   head-match               "the spokesman" → the entity of an earlier description with the same head
 *   role-description         "the minister" → the most salient holder of a role with that head, else the latest one
 *   title-description        "the prime minister" that nobody holds → the first-named person if salient, else the most salient one
 *   organization-description "the company", "the newspaper" → the most salient organization of a compatible kind
 *   person-description       "the 46-year-old", "the woman" → the most salient person who agrees in gender
 *   unnamed-speaker          (again, for a definite one left over: "the official said")
 *   paragraph-speaker        he/she next to a cue → the person who spoke last in the paragraph, of that known gender
 *   pronoun                  he/him/his, she/her → the most salient person who agrees in gender
 *   organization-pronoun     "it said" → the most salient organization
 *   possessive-organization  "its chairman, Sir Phil Watts" → the most salient organization (the role's affiliation)
 *   last-speaker             he/she next to a cue, nothing salient agreeing: the person who spoke last, if near
 *
 * Names themselves are grouped into people before this (the name sieves of `resolve/people.ts`).
 */
import { nameKey, surnameKeys } from '../../extract/people/keys.js';
import { FIRST_NAME_GENDER } from '../../lexicon/first-names.js';
import { ORGANIZATION_NAMES, ORGANIZATION_WORDS } from '../../lexicon/organizations.js';
import type { Entity, EntityMention, MentionForm } from './model.js';
import {
  agreesAsOrganization, agreesAsPerson, antecedents, descriptionKind, isDescriptionHead, holdsRole, lastWord, mayCrossParagraph,
  isSalientOrganization, nearestBefore, organizationClassOf, sameKnownGender, type SalienceIndex,
} from './predicates.js';

export interface SieveContext {
  readonly text: string;
  readonly salience: SalienceIndex;
  /** Person name mentions sorted by start, with the running maximum of their ends. */
  readonly names: readonly EntityMention[];
  readonly namesMaxEnd: readonly number[];
  /** People with a multi-word name, by surname key. */
  readonly bySurname: ReadonlyMap<string, readonly Entity[]>;
  /** Every role of every person by the last word of its title, sorted by start. */
  readonly roleHolders: ReadonlyMap<string, ReadonlyArray<{ at: number; entity: Entity }>>;
  /** The article's first-named person (people are numbered in order of first mention). */
  readonly protagonist: Entity | null;
  /** Speaker mentions (cue subjects) in text order. */
  readonly speakers: readonly EntityMention[];
  /** Find or make the organization a name speaks for. */
  organization(m: EntityMention): Entity;
  /** A new entity for an unnamed speaker ("a spokesman"), with no person behind it. */
  unnamed(m: EntityMention): Entity;
}

export interface Sieve {
  name: string;
  /** The one form of mention the sieve reads (`applies` is asked only of mentions of this form). */
  form: MentionForm;
  applies(m: EntityMention): boolean;
  link(m: EntityMention, ctx: SieveContext): Entity | null;
}

/** Between a description and the name in apposition: a comma, then at most a few title words. */
const APPOSITION_GAP = /^,\s+(?:[\p{L}.'’-]+\s+){0,6}$/u;

/** How far back (characters) the last speaker may be for a he/she with nothing salient. */
const SPEAKER_REACH = 1500;
/** How far back (characters) "who"/"which" may look for what it follows ("McConnell, now the leader, who"). */
const RELATIVE_REACH = 80;

const isName = (m: EntityMention) => m.form === 'name';
const isDefiniteDescription = (kinds: ReadonlyArray<string>) => (m: EntityMention) =>
  m.form === 'description' && m.definite === true && m.head !== undefined && kinds.includes(descriptionKind(m.head) ?? '');
const isPersonPronoun = (m: EntityMention) => m.form === 'pronoun' && !m.quoted && (m.pronoun === 'he' || m.pronoun === 'she');

const nameOverlap: Sieve = {
  name: 'name-overlap',
  form: 'name',
  applies: isName,
  link(m, ctx) {
    const from = countWhile(ctx.namesMaxEnd.length, (k) => ctx.namesMaxEnd[k]! <= m.start);
    for (let k = from; k < ctx.names.length && ctx.names[k]!.start < m.end; k++) {
      if (ctx.names[k]!.end > m.start) return ctx.names[k]!.entity;
    }
    return null;
  },
};

const surname: Sieve = {
  name: 'surname',
  form: 'name',
  applies: isName,
  link(m, ctx) {
    const words = m.text.replace(/^(?:mr|mrs|ms|dr|sen|rep|gov)\.?\s+/i, '').split(/\s+/);
    if (words.length !== 1) return null;
    const holders = ctx.bySurname.get(surnameKeys(words[0]!)[0]!) ?? [];
    return holders.length === 1 ? holders[0]! : null;
  },
};

const organizationName: Sieve = {
  name: 'organization-name',
  form: 'name',
  applies: isName,
  link: (m, ctx) => (looksLikeOrganization(m.text) ? ctx.organization(m) : null),
};

/**
 * A name left unlinked may be an organization, unless it looks like a person the name finder missed
 * ("Jamie Firestone": a given name first) or a common noun capitalized at a sentence start ("Analysts").
 */
function looksLikeOrganization(name: string): boolean {
  if (isEvidentOrganization(name)) return true;
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (words.length > 1 && FIRST_NAME_GENDER.has(first)) return false;
  return !(words.length === 1 && (isDescriptionHead(first) || isDescriptionHead(first.replace(/s$/, ''))));
}

const relativePronoun: Sieve = {
  name: 'relative-pronoun',
  form: 'relative',
  applies: (m) => m.form === 'relative',
  link(m, ctx) {
    const c = nearestBefore(ctx.salience, m);
    return c !== null && c.form === 'name' && m.start - c.end <= RELATIVE_REACH ? c.entity : null;
  },
};

/** "The prosecution's star witness, former WorldCom financial chief Scott Sullivan,": the name in apposition. */
const apposition: Sieve = {
  name: 'apposition',
  form: 'description',
  applies: (m) => m.form === 'description',
  link(m, ctx) {
    const k = countWhile(ctx.names.length, (i) => ctx.names[i]!.start < m.end);
    const next = ctx.names[k];
    if (next === undefined || next.sentence !== m.sentence) return null;
    const between = ctx.text.slice(m.end, next.start);
    return APPOSITION_GAP.test(between) ? next.entity : null;
  },
};

/** Between a name and the description after it: a comma, then at most a few lower-case title words. */
const NAME_APPOSITION_GAP = /^,\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** What may stand right before a name that opens its clause: a text or line start, a sentence end, a quote's close. */
const CLAUSE_OPENING = /(?:^|\n|[.!?]\s|["”’']\s|["”’'],\s)\s*$/u;

/**
 * "“…,” Michael Lamberty, a Lufthansa spokesman told the BBC", "Rhodri Glyn Thomas, Plaid Cymru
 * health spokesman said": a speaker description right after a name and a comma is that name in
 * apposition, when the name opens its clause (not "Brown met Smith, a spokesman said").
 */
const nameApposition: Sieve = {
  name: 'apposition-after-name',
  form: 'description',
  applies: (m) => m.form === 'description' && m.speaker && m.head !== undefined,
  link(m, ctx) {
    const k = countWhile(ctx.names.length, (i) => ctx.names[i]!.start < m.start) - 1;
    const name = ctx.names[k];
    if (name === undefined || name.sentence !== m.sentence || name.end > m.start) return null;
    if (!NAME_APPOSITION_GAP.test(ctx.text.slice(name.end, m.start))) return null;
    return CLAUSE_OPENING.test(ctx.text.slice(Math.max(0, name.start - 4), name.start)) ? name.entity : null;
  },
};

const roleDescription: Sieve = {
  name: 'role-description',
  form: 'description',
  applies: isDefiniteDescription(['role', 'person']),
  link(m, ctx) {
    const head = m.head!;
    for (const c of antecedents(ctx.salience, m)) if (holdsRole(c.entity, head)) return c.entity;
    // the latest holder of such a role before the mention; of several at one start, the first listed
    const roles = ctx.roleHolders.get(head);
    if (!roles) return null;
    let k = countWhile(roles.length, (i) => roles[i]!.at <= m.start) - 1;
    if (k < 0) return null;
    while (k > 0 && roles[k - 1]!.at === roles[k]!.at) k--;
    return roles[k]!.entity;
  },
};

/**
 * "Tony Blair has backed … ¶ In a speech in Edinburgh, the prime minister said": a title that nobody
 * in the text holds goes to a salient person with no other title, the article's first-named person
 * before any other (news names its protagonist first; it may be in the previous paragraph).
 */
const titleDescription: Sieve = {
  name: 'title-description',
  form: 'description',
  // not "the prime minister's spokesman" (someone else's) nor "the shadow chancellor" (the other side's)
  applies: (m) => isDefiniteDescription(['role'])(m) && !/['’]s\b|\bshadow\b/i.test(m.text),
  link(m, ctx) {
    let first: Entity | null = null;
    for (const c of antecedents(ctx.salience, m)) {
      if (!agreesAsPerson(m, c.entity) || c.entity.person === null) continue;
      if (c.entity.person.roles.length > 0 && !holdsRole(c.entity, m.head!)) continue; // described by another title
      if (c.entity === ctx.protagonist && c.mention.subject) return c.entity;
      if (first === null && !c.crossedParagraph) first = c.entity;
    }
    return first;
  },
};

const organizationDescription: Sieve = {
  name: 'organization-description',
  form: 'description',
  applies: isDefiniteDescription(['organization']),
  link(m, ctx) {
    for (const c of antecedents(ctx.salience, m)) {
      if (!agreesAsOrganization(m, c.entity) || !isSalientOrganization(c)) continue;
      if (!c.crossedParagraph || c.mention.speaker || c.entity.organizationClass !== null) return c.entity;
    }
    return null;
  },
};

const personDescription: Sieve = {
  name: 'person-description',
  form: 'description',
  applies: isDefiniteDescription(['age', 'person']),
  link(m, ctx) {
    for (const c of antecedents(ctx.salience, m)) {
      if (!agreesAsPerson(m, c.entity)) continue;
      return mayCrossParagraph(c, m) ? c.entity : null;
    }
    return null;
  },
};

/**
 * "one dealer, who asked not to be named, told Reuters … "…," he said": an unnamed speaker that no
 * earlier sieve linked is an entity of its own, so that a later he/she can refer to it. Indefinite
 * ones ("a spokesman") before the description sieves, definite ones left over ("the official") after.
 */
function unnamedSpeaker(definite: boolean): Sieve {
  return {
    name: 'unnamed-speaker',
    form: 'description',
    applies: (m) =>
      m.form === 'description' && m.speaker && (m.definite === true) === definite && m.head !== undefined &&
      descriptionKind(m.head) !== null && descriptionKind(m.head) !== 'organization' && isSingular(m.head),
    link: (m, ctx) => ctx.unnamed(m),
  };
}

/** "A spokesman for Michael Howard said … the spokesman said": the same head as an earlier linked description. */
const headMatch: Sieve = {
  name: 'head-match',
  form: 'description',
  applies: (m) => m.form === 'description' && m.definite === true && m.head !== undefined,
  link(m, ctx) {
    for (const c of antecedents(ctx.salience, m)) {
      if (c.mention.form === 'description' && c.mention.head === m.head && !c.crossedParagraph) return c.entity;
    }
    return null;
  },
};

/**
 * "Mr Milburn said … Mr Brown has headed … It will not be a battle bus campaign, he said": he/she
 * next to a cue is the person who spoke last in the same paragraph, when both say the same gender.
 */
const paragraphSpeaker: Sieve = {
  name: 'paragraph-speaker',
  form: 'pronoun',
  applies: (m) => isPersonPronoun(m) && m.speaker,
  link(m, ctx) {
    const before = countWhile(ctx.speakers.length, (k) => ctx.speakers[k]!.start < m.start);
    const last = ctx.speakers[before - 1];
    if (last === undefined || last.paragraph !== m.paragraph || last.entity === null) return null;
    return sameKnownGender(m, last.entity) ? last.entity : null;
  },
};

/** "spokesman", "boss", not "officials" (whose singular is itself a head). */
function isSingular(head: string): boolean {
  return !(head.endsWith('s') && isDescriptionHead(head.slice(0, -1)));
}

const pronoun: Sieve = {
  name: 'pronoun',
  form: 'pronoun',
  applies: isPersonPronoun,
  link(m, ctx) {
    for (const c of antecedents(ctx.salience, m)) {
      if (agreesAsPerson(m, c.entity) && mayCrossParagraph(c, m)) return c.entity;
    }
    return null;
  },
};

const organizationPronoun: Sieve = {
  name: 'organization-pronoun',
  form: 'pronoun',
  applies: (m) => m.form === 'pronoun' && m.pronoun === 'it' && m.speaker,
  link(m, ctx) {
    for (const c of antecedents(ctx.salience, m)) {
      if (c.entity.kind !== 'person' && (c.mention.speaker || c.entity.evidentOrganization)) return !c.crossedParagraph || c.mention.speaker ? c.entity : null;
    }
    return lastSpeaker(ctx, m, (e) => e.kind !== 'person');
  },
};

/**
 * "Shell had inflated its reserves … the resignation of its chairman, Sir Phil Watts": the "its" that
 * owns a person's role is the most salient organization before it, in the paragraph unless the
 * text shows it to be one.
 */
const possessiveOrganization: Sieve = {
  name: 'possessive-organization',
  form: 'pronoun',
  applies: (m) => m.form === 'pronoun' && m.pronoun === 'it' && m.ownsRole === true,
  link(m, ctx) {
    for (const c of antecedents(ctx.salience, m)) {
      if (c.entity.kind === 'person' || c.entity.person !== null || !isSalientOrganization(c)) continue;
      return !c.crossedParagraph || c.entity.evidentOrganization ? c.entity : null;
    }
    return null;
  },
};

const lastSpeakerSieve: Sieve = {
  name: 'last-speaker',
  form: 'pronoun',
  applies: (m) => isPersonPronoun(m) && m.speaker,
  link: (m, ctx) => lastSpeaker(ctx, m, (e) => agreesAsPerson(m, e)),
};

/** The entity of the latest linked speaker before `m`, within reach, that passes `test`. */
function lastSpeaker(ctx: SieveContext, m: EntityMention, test: (e: Entity) => boolean): Entity | null {
  const before = countWhile(ctx.speakers.length, (k) => ctx.speakers[k]!.start < m.start);
  for (let k = before - 1; k >= 0 && before - k <= 20; k--) {
    const s = ctx.speakers[k]!;
    if (m.start - s.end > SPEAKER_REACH) break;
    if (s.entity !== null) return test(s.entity) ? s.entity : null;
  }
  return null;
}

export const ENTITY_SIEVES: readonly Sieve[] = [
  nameOverlap,
  surname,
  organizationName,
  relativePronoun,
  apposition,
  nameApposition,
  unnamedSpeaker(false),
  headMatch,
  roleDescription,
  titleDescription,
  organizationDescription,
  personDescription,
  unnamedSpeaker(true),
  paragraphSpeaker,
  pronoun,
  organizationPronoun,
  possessiveOrganization,
  lastSpeakerSieve,
];

/**
 * What an organization's own name says of it: its kind, and whether it is evidently one. `key` is
 * the name's `nameKey`, which the caller has made already (it finds the organization by it): its
 * last word and its key are each read once.
 */
export function organizationEvidence(name: string, key: string): { organizationClass: Entity['organizationClass']; evident: boolean } {
  const last = lastWord(name);
  return { organizationClass: organizationClassOf(last), evident: ORGANIZATION_WORDS.has(last) || ORGANIZATION_NAMES.has(key) };
}

/** The name says it is an organization: its last word is an organization word, or it is a known organization. */
function isEvidentOrganization(name: string): boolean {
  return ORGANIZATION_WORDS.has(lastWord(name)) || ORGANIZATION_NAMES.has(nameKey(name));
}

/** The number of leading indexes `k` in [0, length) for which `test(k)` holds (`test` must be monotone). */
export function countWhile(length: number, test: (k: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
