/**
 * The entity model's data: entities (people and organizations), the mentions that may refer to them,
 * and the model every later stage reads. Plain data; the sieves in `sieves.ts` fill it.
 */
import type { Gender } from '../../lexicon/honorifics.js';
import type { PersonFact } from '../../types.js';

/**
 * `unknown`: a name that speaks ("Kirwan says") but is neither a person the name finder knows nor
 * evidently an organization; a later "he" or "the company" may refer to it, and so settles its kind.
 */
export type EntityKind = 'person' | 'organization' | 'unknown';

/** What kind of organization a description or a name says it is ("the newspaper", "Acme Airlines"). */
export type OrganizationClass = 'media' | 'party' | 'sport' | 'business' | 'body';

export interface Entity {
  /** The person's id ("p1"); "o1", "o2", … for organizations; "u1", … for unnamed speakers ("a spokesman"). */
  id: string;
  kind: EntityKind;
  /** Canonical name: the person's, or the longest form an organization is named by. */
  name: string;
  /** The person behind a person entity (null for an organization or an unnamed speaker). */
  person: PersonFact | null;
  /** From honorifics, first names and the he/she already linked to it; null while unknown. */
  gender: Gender | null;
  /** A person's gender from its own names alone (honorific or given name), before any link; else null. */
  nameGender: Gender | null;
  /** An organization's class, from its name or a description linked to it; null while unknown. */
  organizationClass: OrganizationClass | null;
  /** An organization the text shows to be one (an organization word, "it said", "the company said"). */
  evidentOrganization: boolean;
}

/** How a mention refers: by name, by pronoun ("he", "its"), by relative pronoun ("who"), by description ("the minister"). */
export type MentionForm = 'name' | 'pronoun' | 'relative' | 'description';

export interface EntityMention {
  start: number;
  end: number;
  text: string;
  form: MentionForm;
  sentence: number;
  paragraph: number;
  /** Not the object of a preposition and not a possessive: what salience ranks first. */
  subject: boolean;
  /** Subject-like inside what a speaker reports ("The report said Shell had …"): no person's salience, still an owner's. */
  reportedSubject?: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  /** The subject of a quote's cue (the mention an attribution used). */
  speaker: boolean;
  /** A pronoun's nominative ("his" → "he"). */
  pronoun?: 'he' | 'she' | 'it' | 'they';
  /** A description's head noun, lower case ("the former chief executive" → "executive"). */
  head?: string;
  /** The organization noun right before a name ("media group Reuters" → "group"). */
  organizationNoun?: string;
  /** A description that opens with "the" or "this" (only definite descriptions corefer). */
  definite?: boolean;
  /** A possessive that owns a person's role: "its" in "its chairman", "the company" in "the company's chairman". */
  ownsRole?: boolean;
  /** The entity it refers to, and the sieve that linked it (the name's own rule for names). */
  entity: Entity | null;
  rule: string | null;
}

export interface EntityModel {
  readonly entities: readonly Entity[];
  /** Every mention, sorted by offset. */
  readonly mentions: readonly EntityMention[];
  /** The mention with exactly this span, if the model has one. */
  mentionAt(start: number, end: number): EntityMention | undefined;
}
