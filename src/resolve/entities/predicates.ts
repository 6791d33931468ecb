/**
 * The checks every sieve shares (CoreNLP's `Rules`): agreement (gender, number, person or
 * organization), compatibility (a role already held, an organization's kind), salience (which
 * earlier mentions to try first) and the paragraph rule. A sieve picks which of these to require.
 */
import { APPOSITIVE_PERSON_HEADS, PERSON_NOUNS, ROLE_HEADS } from '../../lexicon/person-words.js';
import { ORGANIZATION_CLASSES } from '../../lexicon/organizations.js';
import { DEMONYMS, isPersonDemonym } from '../../lexicon/places.js';
import type { Gender } from '../../lexicon/honorifics.js';
import { classifyWord } from '../../extract/people/word-class.js';
import type { Entity, EntityMention, OrganizationClass } from './model.js';
import { asMap } from '../../lexicon/table.js';
import { firstAtOrAfter } from '../../util/spans.js';

// ---------------------------------------------------------------- descriptions

/** Nouns that say a description is an organization of no particular kind ("the group said"). */
const ANY_ORGANIZATION_HEADS = new Set(['group', 'organisation', 'organization', 'outfit']);


/** Person nouns that also say the gender ("the woman", "the spokeswoman"). */
const GENDERED_NOUNS: Readonly<Record<string, Gender>> = {
  man: 'male', boy: 'male', spokesman: 'male', chairman: 'male', businessman: 'male', congressman: 'male',
  actor: 'male', father: 'male', son: 'male', husband: 'male', brother: 'male', king: 'male', prince: 'male',
  schoolboy: 'male', countryman: 'male', sportsman: 'male', frontman: 'male', grandfather: 'male',
  woman: 'female', girl: 'female', spokeswoman: 'female', chairwoman: 'female', businesswoman: 'female',
  congresswoman: 'female', actress: 'female', mother: 'female', daughter: 'female', wife: 'female',
  sister: 'female', queen: 'female', princess: 'female', schoolgirl: 'female', widow: 'female',
  ballerina: 'female', housewife: 'female', sportswoman: 'female', grandmother: 'female',
};

const AGE_HEAD = /(?:^|-)(?:year|month|week)s?-olds?$/i;
const LINK_WORDS = /^(?:of|for|at|in|from|with|on|to)$/i;

/** The head noun of a description, lower case: "the former chief executive of Shell" → "executive". */
export function descriptionHead(text: string): string {
  const words = text.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
  // "a Department for Work and Pensions spokeswoman": a person noun at the end is the head
  const last = words[words.length - 1] ?? '';
  if (descriptionKind(last) !== null && descriptionKind(last) !== 'organization') return last;
  let end = words.findIndex((w, i) => i > 0 && LINK_WORDS.test(w));
  if (end < 0) end = words.length;
  return words[end - 1] ?? '';
}

export type DescriptionKind = 'age' | 'person' | 'role' | 'organization';

/**
 * What a description's head says it refers to, or null ("the plan"). Asked of every word after each
 * "the", so each lexicon word's answer is looked up in one table made on first use; any other word can
 * only be an age compound or a demonym written in capitals ("the New Zealander").
 */
export function descriptionKind(head: string): DescriptionKind | null {
  const known = (headKinds ??= lexiconHeadKinds()).get(head);
  if (known !== undefined) return known;
  if (AGE_HEAD.test(head)) return 'age';
  return isPersonDemonym(head) ? 'person' : null;
}

let headKinds: Map<string, DescriptionKind | null> | undefined;

/** `kindOfHead` of every word of the lexicons it reads (the only words it can say organization, role or person of). */
function lexiconHeadKinds(): Map<string, DescriptionKind | null> {
  const words = [
    ...ANY_ORGANIZATION_HEADS, ...Object.keys(ORGANIZATION_CLASSES), ...ROLE_HEADS, ...PERSON_NOUNS,
    ...APPOSITIVE_PERSON_HEADS, ...Object.keys(GENDERED_NOUNS), ...DEMONYMS,
  ];
  return new Map(words.map((w) => [w, kindOfHead(w)]));
}

/** What a head says, by the lexicons themselves (`descriptionKind` answers the same, faster). */
function kindOfHead(head: string): DescriptionKind | null {
  if (AGE_HEAD.test(head)) return 'age';
  if (organizationHead(head)) return 'organization';
  if (ROLE_HEADS.has(head)) return 'role';
  if (PERSON_NOUNS.has(head) || APPOSITIVE_PERSON_HEADS.has(head) || Object.hasOwn(GENDERED_NOUNS, head) || isPersonDemonym(head)) return 'person';
  return null;
}

export function isDescriptionHead(word: string): boolean {
  return descriptionKind(word) !== null;
}

/** A noun that says "organization" ("firm", "group", "newspaper"). */
export function isOrganizationNoun(word: string): boolean {
  return organizationHead(word);
}

/** ORGANIZATION_CLASSES as a Map (see `asMap`): asked of heads and last words of names, new strings of the text. */
const ORGANIZATION_CLASS_OF: ReadonlyMap<string, OrganizationClass> = asMap(ORGANIZATION_CLASSES);

function organizationHead(head: string): boolean {
  return ANY_ORGANIZATION_HEADS.has(head) || ORGANIZATION_CLASS_OF.has(head);
}

/** The kind an organization word says, or null ("group", an unknown word). */
export function organizationClassOf(word: string): OrganizationClass | null {
  return ORGANIZATION_CLASS_OF.get(word.toLowerCase()) ?? null;
}

// ---------------------------------------------------------------- agreement

/** The gender a person's first name says (the people lexicon's word facts), or null for unknown and unisex names. */
export function genderOfFirstName(name: string): Gender | null {
  return classifyWord(name.split(/\s+/)[0]!.toLowerCase()).gender ?? null;
}

/** The gender a mention says by itself: he/she, or a gendered noun ("the woman"); null if none. */
export function genderOfMention(m: EntityMention): Gender | null {
  if (m.pronoun === 'he') return 'male';
  if (m.pronoun === 'she') return 'female';
  if (m.form === 'description' && m.head !== undefined && Object.hasOwn(GENDERED_NOUNS, m.head)) return GENDERED_NOUNS[m.head]!;
  return null;
}

/** Gender and animacy: a he/she or a person noun refers to a person of no other known gender. */
export function agreesAsPerson(m: EntityMention, entity: Entity): boolean {
  if (entity.kind === 'organization') return false;
  const g = genderOfMention(m);
  return g === null || entity.gender === null || entity.gender === g;
}

/** The mention says the same gender as the entity is known to have (evidence, not mere absence of conflict). */
export function sameKnownGender(m: EntityMention, entity: Entity): boolean {
  const g = genderOfMention(m);
  return g !== null && entity.gender === g;
}

/** An organization description's kind fits the organization ("the newspaper" is not Acme Airlines). */
export function agreesAsOrganization(m: EntityMention, entity: Entity): boolean {
  if (entity.kind === 'person') return false;
  if (m.form !== 'description' || m.head === undefined) return true;
  const wanted = organizationClassOf(m.head);
  return wanted === null || entity.organizationClass === null || entity.organizationClass === wanted;
}

// ---------------------------------------------------------------- compatibility

/** The person holds a role whose title ends in the description's head ("the minister" ← "Defense Minister"). */
export function holdsRole(entity: Entity, head: string): boolean {
  return entity.person !== null && entity.person.roles.some((r) => lastWord(r.title) === head);
}

export function lastWord(text: string): string {
  return text.trim().split(/\s+/).pop()!.toLowerCase();
}

// ---------------------------------------------------------------- salience

/** How many earlier sentences (with an unquoted mention) a reference may look back into. */
export const SALIENCE_SENTENCES = 3;
/** At most this many sentences are stepped over in all (quotations included): bounded, so linear. */
const MAX_STEPPED_SENTENCES = 12;
/** At most this many candidates per sentence are tried. */
const MAX_PER_SENTENCE = 40;

export interface Candidate {
  mention: EntityMention;
  entity: Entity;
  /** The candidate lies in an earlier paragraph than the mention. */
  crossedParagraph: boolean;
  /** 0 for the same sentence. */
  sentencesBack: number;
}

export interface SalienceIndex {
  /** The document's mentions by sentence, each list in text order (sorted by span, one mention per span). */
  bySentence: ReadonlyMap<number, readonly EntityMention[]>;
}

/**
 * `mentions` sorted by span (as `collectMentions` gives them), so each sentence's mentions are
 * one run of them: each list is that run, sliced once at its exact length (a list grown by push starts
 * with room for 17, and a long document has tens of thousands of sentences with a mention).
 */
export function buildSalienceIndex(mentions: readonly EntityMention[]): SalienceIndex {
  const bySentence = new Map<number, EntityMention[]>();
  for (let from = 0; from < mentions.length; ) {
    const sentence = mentions[from]!.sentence;
    let to = from + 1;
    while (to < mentions.length && mentions[to]!.sentence === sentence) to++;
    const run = mentions.slice(from, to);
    const had = bySentence.get(sentence); // a run of the same sentence again (not in a sorted list), kept in order
    bySentence.set(sentence, had ? [...had, ...run] : run);
    from = to;
  }
  return { bySentence };
}

/**
 * `m`'s place in its sentence's list (`own.length` when it is not there), by binary search: a map
 * from each mention to its place would cost a hash entry per mention of the document.
 */
function positionIn(own: readonly EntityMention[], m: EntityMention): number {
  const k = firstAtOrAfter(own, m.start, m.end);
  return own[k] === m ? k : own.length;
}

/**
 * Earlier linked mentions in salience order, as CoreNLP orders antecedents: in the mention's own
 * sentence the nearest first; in each earlier sentence subjects first, left to right, then the
 * rest left to right (so the subject of the last sentence beats an object mentioned after it); an
 * object in the mention's own sentence comes after all of them.
 * Mentions inside quotation marks are skipped for a mention outside them.
 */
export function* antecedents(index: SalienceIndex, m: EntityMention): Generator<Candidate> {
  const own = index.bySentence.get(m.sentence) ?? [];
  const at = positionIn(own, m);
  const objects: EntityMention[] = [];
  for (let k = at - 1, tried = 0; k >= 0 && tried < MAX_PER_SENTENCE; k--, tried++) {
    const c = own[k]!;
    if (!usable(c, m)) continue;
    if (c.subject) yield { mention: c, entity: c.entity!, crossedParagraph: c.paragraph !== m.paragraph, sentencesBack: 0 };
    else objects.push(c);
  }
  let back = 0;
  for (let s = m.sentence - 1, stepped = 0; s >= 0 && back < SALIENCE_SENTENCES && stepped < MAX_STEPPED_SENTENCES; s--, stepped++) {
    const list = index.bySentence.get(s);
    if (!list) continue;
    const n = Math.min(list.length, MAX_PER_SENTENCE);
    let any = false;
    for (let k = 0; k < n && !any; k++) any = usable(list[k]!, m);
    if (!any) continue;
    back++;
    for (const subjects of [true, false]) {
      for (let k = 0; k < n; k++) {
        const c = list[k]!;
        if (c.subject === subjects && usable(c, m)) yield { mention: c, entity: c.entity!, crossedParagraph: c.paragraph !== m.paragraph, sentencesBack: back };
      }
    }
  }
  // an object in the mention's own sentence ("hosted by Gordon Brown on Friday, he said") comes last
  for (const c of objects) yield { mention: c, entity: c.entity!, crossedParagraph: c.paragraph !== m.paragraph, sentencesBack: 0 };
}

/** The linked mention right before `m` in its sentence (what "who"/"which" follows), or null. */
export function nearestBefore(index: SalienceIndex, m: EntityMention): EntityMention | null {
  const own = index.bySentence.get(m.sentence) ?? [];
  for (let k = positionIn(own, m) - 1; k >= 0; k--) {
    const c = own[k]!;
    if (c.end <= m.start) return c.entity !== null ? c : null;
  }
  return null;
}

function usable(c: EntityMention, m: EntityMention): boolean {
  return c.entity !== null && c.end <= m.start && (m.quoted || !c.quoted);
}

/**
 * An organization fit to be referred to by "it" or "the company": it spoke, the text shows it to be
 * an organization, or it is the subject of its clause (not "events such as the Olympics").
 */
export function isSalientOrganization(c: Candidate): boolean {
  return c.entity.kind !== 'person' && (c.mention.speaker || c.entity.evidentOrganization || c.entity.organizationClass !== null || c.mention.subject || c.mention.reportedSubject === true);
}

// ---------------------------------------------------------------- the paragraph rule

/**
 * Nothing is linked across a paragraph boundary without evidence: the mention and the entity share
 * a known gender, or the candidate spoke (the subject of a cue), or (for a description) the role.
 */
export function mayCrossParagraph(c: Candidate, m: EntityMention): boolean {
  return !c.crossedParagraph || c.mention.speaker || sameKnownGender(m, c.entity);
}
