/**
 * The whole extraction, top to bottom. Read this file first.
 *
 *   text → ArticleDoc (tokens, sentences, paragraphs; compromise parses sentences on demand)
 *        → reference date (option, record, or the text's own dateline/caption)
 *        → extractors: each reads only the ArticleDoc and returns its own findings
 *        → resolvers, in order: each connects findings (never re-reads another extractor's rules)
 *        → ArticleFacts, every array sorted by offset
 */
import { buildArticle, type ArticleDoc } from './doc/article.js';
import { FACT_KINDS, SCHEMA_ID, type ArticleFacts, type ExtractOptions, type FactKind, type ReferenceDate } from './types.js';
import type { DateFact, NumberFact, PersonFact, QuoteFact } from './types.js';
import { findReferenceDate } from './resolve/reference-date.js';
import { extractNameMentions, type NameMention } from './extract/people.js';
import { extractRoles, type RoleMention } from './extract/roles.js';
import { extractDates, type DateDraft } from './extract/dates/index.js';
import { extractNumbers } from './extract/numbers/index.js';
import { extractQuotes, type QuoteDraft } from './extract/quotes.js';
import { resolveDates } from './resolve/dates.js';
import { resolveOverlaps } from './resolve/overlaps.js';
import { resolvePeople } from './resolve/people.js';
import { resolveDescriptionRoles, resolvePronounRoles, resolveRolePossessors, resolveRoles } from './resolve/roles.js';
import { resolveEntities, withReferences } from './resolve/entities/index.js';
import { resolveSpeakers } from './resolve/speakers.js';
import { bySpan } from './util/spans.js';
import type { Draft } from './draft.js';

export type { Draft } from './draft.js';

type Stage = (draft: Draft) => void;

/** Extractors, independent of each other. Each runs only when its kind (or a kind needing it) is wanted. */
const EXTRACTORS: ReadonlyArray<{ name: string; needs: readonly FactKind[]; run: Stage }> = [
  { name: 'people', needs: ['people', 'roles', 'quotes'], run: (d) => { d.foundNames = extractNameMentions(d.doc); } },
  // roles are part of a person: found whenever people are printed, or when speakers need them
  { name: 'roles', needs: ['people', 'roles', 'quotes'], run: (d) => { d.foundRoles = extractRoles(d.doc); } },
  { name: 'dates', needs: ['dates', 'numbers'], run: (d) => { d.foundDates = extractDates(d.doc); } },
  { name: 'numbers', needs: ['numbers'], run: (d) => { d.numbers = extractNumbers(d.doc); } },
  { name: 'quotes', needs: ['quotes'], run: (d) => { d.foundQuotes = extractQuotes(d.doc); } },
];

/** Resolvers, most basic first: later ones may read what earlier ones produced. */
const RESOLVERS: ReadonlyArray<{ name: string; run: Stage }> = [
  { name: 'dates', run: (d) => { d.dates = resolveDates(d.foundDates, d.referenceDate, d.doc); } },
  { name: 'overlaps', run: resolveOverlaps },
  { name: 'people', run: (d) => { d.people = resolvePeople(d.foundNames, d.doc); } },
  { name: 'roles', run: (d) => { d.people = resolveRoles(d.people, d.foundRoles, d.doc); } },
  {
    name: 'entities',
    run: (d) => {
      d.entities = resolveEntities({ doc: d.doc, people: d.people, names: d.foundNames, quotes: d.foundQuotes });
      d.people = withReferences(d.people, d.entities);
    },
  },
  // "he was appointed chief executive": the person the entity model linked the pronoun to
  { name: 'pronoun-roles', run: (d) => { d.people = resolvePronounRoles(d.people, d.foundRoles, d.entities!); } },
  // "its chairman": the organization the entity model linked the possessive to
  { name: 'role-possessors', run: (d) => { d.people = resolveRolePossessors(d.people, d.foundRoles, d.entities!); } },
  // "the ex-home secretary said": a description linked to a holder of that role, when it says more
  { name: 'description-roles', run: (d) => { d.people = resolveDescriptionRoles(d.people, d.doc, d.entities!); } },
  { name: 'speakers', run: (d) => { d.quotes = resolveSpeakers(d.foundQuotes, d.entities!); } },
];

export function runPipeline(text: string, options: ExtractOptions = {}): ArticleFacts {
  const doc = buildArticle(text);
  const wanted = new Set<FactKind>(options.only && options.only.length > 0 ? options.only : FACT_KINDS);
  const draft: Draft = {
    doc,
    options,
    wanted,
    referenceDate: findReferenceDate(doc, options),
    foundNames: [],
    foundRoles: [],
    foundDates: [],
    foundQuotes: [],
    dates: [],
    numbers: [],
    entities: null,
    people: [],
    quotes: [],
  };
  for (const extractor of EXTRACTORS) {
    if (extractor.needs.some((k) => wanted.has(k))) extractor.run(draft);
  }
  for (const resolver of RESOLVERS) resolver.run(draft);
  const keepPeople = wanted.has('people') || wanted.has('roles');
  return {
    schema: SCHEMA_ID,
    id: options.id ?? '-',
    source: options.source ?? '-',
    referenceDate: draft.referenceDate,
    people: keepPeople ? draft.people : [],
    dates: wanted.has('dates') ? [...draft.dates].sort(bySpan) : [],
    numbers: wanted.has('numbers') ? [...draft.numbers].sort(bySpan) : [],
    // a speaker's personId points into people[]: null when people are left out of the output
    quotes: wanted.has('quotes') ? [...draft.quotes].sort(bySpan).map((q) => (keepPeople || !q.speaker?.personId ? q : { ...q, speaker: { ...q.speaker, personId: null } })) : [],
  };
}
