/**
 * Who is who: one entity model per article, the layer that roles and speakers read.
 *
 *   people (name mentions grouped by resolve/people.ts) + quotes' speaker mentions
 *     → mentions.ts    every candidate mention once: names, pronouns, descriptions, speakers
 *     → sieves.ts      ordered passes, most precise first, each linking what earlier ones left alone
 *                      (CoreNLP's deterministic coreference is the model); the checks they share
 *                      (agreement, salience, compatibility, the paragraph rule) are predicates.ts
 *     → EntityModel    people and organizations, each mention with its entity and the sieve that linked it
 *
 * Each person keeps its name mentions (`mentions[]`) and gains `references[]`: the pronouns and
 * descriptions linked to it, with offsets and the sieve's name as `rule`. Per document, linear in
 * its length: every sieve looks back a bounded number of sentences or looks up an index.
 */
import type { ArticleDoc } from '../../doc/article.js';
import type { NameMention } from '../../extract/people.js';
import type { QuoteDraft } from '../../extract/quotes.js';
import { nameKey, surnameKeys } from '../../extract/people/keys.js';
import type { Gender } from '../../lexicon/honorifics.js';
import type { PersonFact, PersonReference } from '../../types.js';
import { personFact } from '../people.js';
import { firstAtOrAfter, spanKeys } from '../../util/spans.js';
import { collectMentions } from './mentions.js';
import type { Entity, EntityMention, EntityModel, MentionForm } from './model.js';
import { buildSalienceIndex, genderOfFirstName, genderOfMention, isOrganizationNoun, lastWord, organizationClassOf } from './predicates.js';
import { ENTITY_SIEVES, organizationEvidence, type SieveContext } from './sieves.js';

export type { Entity, EntityMention, EntityModel } from './model.js';

export interface EntityInput {
  doc: ArticleDoc;
  people: readonly PersonFact[];
  /** The name mentions behind `people` (their honorific or given-name gender). */
  names: readonly NameMention[];
  quotes: readonly QuoteDraft[];
}

export function resolveEntities({ doc, people, names, quotes }: EntityInput): EntityModel {
  const spanKey = spanKeys(doc.text.length);
  const genders = new Map<number | string, Gender>();
  for (const n of names) if (n.gender) genders.set(spanKey(n.start, n.end), n.gender);
  const personEntities = new Map<PersonFact, Entity>();
  for (const person of people) {
    // a unisex first name ("Kim Collins") gives its mentions no gender; an honorific before one does ("Ms Kim Lee")
    const gender = person.mentions
      .map((m) => genders.get(spanKey(m.start, m.end)))
      .find((g) => g !== undefined) ?? genderOfFirstName(person.name);
    personEntities.set(person, { id: person.id, kind: 'person', name: person.name, person, gender, nameGender: gender, organizationClass: null, evidentOrganization: false });
  }
  const mentions = collectMentions({ doc, people, personEntities, quotes });
  const entities: Entity[] = [...personEntities.values()];
  const ctx = sieveContext(doc.text, mentions, entities);
  // each sieve reads one form of mention: it walks that form's mentions only, still in text order
  const byForm = new Map<MentionForm, EntityMention[]>();
  for (const m of mentions) {
    const list = byForm.get(m.form);
    if (list) list.push(m);
    else byForm.set(m.form, [m]);
  }
  for (const sieve of ENTITY_SIEVES) {
    for (const m of byForm.get(sieve.form) ?? []) {
      if (m.entity !== null || !sieve.applies(m)) continue;
      const entity = sieve.link(m, ctx);
      if (entity === null) continue;
      m.entity = entity;
      m.rule = sieve.name;
      learnFrom(m, entity);
    }
  }
  return { entities, mentions, mentionAt: (start, end) => mentionWithSpan(mentions, start, end) };
}

/** The mention with exactly this span, found by binary search in the sorted mentions (no second index of them). */
function mentionWithSpan(mentions: readonly EntityMention[], start: number, end: number): EntityMention | undefined {
  const m = mentions[firstAtOrAfter(mentions, start, end)];
  return m !== undefined && m.start === start && m.end === end ? m : undefined;
}

/** Each person with the pronouns and descriptions the model linked to it. */
export function withReferences(people: readonly PersonFact[], model: EntityModel): PersonFact[] {
  const references = new Map<string, PersonReference[]>();
  for (const m of model.mentions) {
    if (m.form === 'name' || m.entity?.person == null || m.rule === null) continue;
    let list = references.get(m.entity.id);
    if (!list) references.set(m.entity.id, (list = []));
    list.push({ start: m.start, end: m.end, text: m.text, rule: m.rule });
  }
  return people.map((p) => personFact(p.id, p.name, p.roles, p.mentions, references.get(p.id) ?? []));
}

/** A linked he/she gives its entity a gender; a linked description gives an organization its kind. */
function learnFrom(m: EntityMention, entity: Entity): void {
  if (entity.kind === 'unknown' && (m.form === 'pronoun' || m.form === 'description')) {
    entity.kind = m.pronoun === 'it' || (m.head !== undefined && isOrganizationNoun(m.head)) ? 'organization' : 'person';
  }
  if (entity.kind === 'person') {
    entity.gender ??= genderOfMention(m);
    return;
  }
  if (m.form === 'pronoun' || m.form === 'description') entity.evidentOrganization = true;
  if (m.form === 'description' && m.head !== undefined) entity.organizationClass ??= organizationClassOf(m.head);
}

function sieveContext(text: string, mentions: readonly EntityMention[], entities: Entity[]): SieveContext {
  const names = mentions.filter((m) => m.form === 'name' && m.entity !== null);
  const namesMaxEnd: number[] = [];
  for (const m of names) namesMaxEnd.push(Math.max(m.end, namesMaxEnd[namesMaxEnd.length - 1] ?? -Infinity));
  const bySurname = new Map<string, Entity[]>();
  const roleHolders = new Map<string, Array<{ at: number; entity: Entity }>>();
  for (const e of entities) {
    const person = e.person!;
    if (person.name.includes(' ')) {
      for (const key of surnameKeys(person.name)) {
        const list = bySurname.get(key) ?? [];
        list.push(e);
        bySurname.set(key, list);
      }
    }
    for (const role of person.roles) {
      const head = lastWord(role.title);
      const list = roleHolders.get(head) ?? [];
      list.push({ at: role.start, entity: e });
      roleHolders.set(head, list);
    }
  }
  for (const list of roleHolders.values()) list.sort((a, b) => a.at - b.at);
  const organizations = new Map<string, Entity>();
  let unnamed = 0;
  return {
    text,
    salience: buildSalienceIndex(mentions),
    names,
    namesMaxEnd,
    bySurname,
    roleHolders,
    protagonist: entities.find((e) => e.person?.id === 'p1') ?? null,
    speakers: mentions.filter((m) => m.speaker),
    unnamed(m) {
      const entity: Entity = {
        id: `u${++unnamed}`,
        kind: 'person',
        name: m.text,
        person: null,
        gender: genderOfMention(m),
        nameGender: null,
        organizationClass: null,
        evidentOrganization: false,
      };
      entities.push(entity);
      return entity;
    },
    organization(m) {
      const name = m.text.replace(/^the\s+/i, '').replace(/['’]s?$/, '');
      const key = nameKey(name);
      let entity = organizations.get(key);
      if (!entity) {
        const evidence = organizationEvidence(name, key);
        const noun = m.organizationNoun;
        entity = {
          id: `o${organizations.size + 1}`,
          kind: 'organization',
          name: m.text.replace(/['’]s?$/, ''),
          person: null,
          gender: null,
          nameGender: null,
          organizationClass: evidence.organizationClass ?? (noun !== undefined ? organizationClassOf(noun) : null),
          evidentOrganization: evidence.evident || noun !== undefined,
        };
        organizations.set(key, entity);
        entities.push(entity);
      }
      // a name that speaks and is not evidently an organization may be a person the name finder missed
      if (m.speaker && !entity.evidentOrganization && entity.kind === 'organization') entity.kind = 'unknown';
      return entity;
    },
  };
}
