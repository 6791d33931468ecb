/**
 * The reduce step after the map step: extract-facts JSONL records in, one corpus-level people index
 * out. Each person of the index gathers every document person with the same merge key (see
 * `./names.ts`): how many documents name them, their mentions and the quotes attributed to them,
 * their roles (title + affiliation, with counts), and the first and last reference date seen.
 *
 * Adding is commutative: the index depends only on the multiset of records, never on their order,
 * and it is sorted before output. So concatenated shards, in any order, give the bytes of one run.
 */
import type { ArticleFacts, PersonFact } from '../types.js';
import { personKey } from './names.js';

export interface IndexRole {
  title: string;
  affiliation: string | null;
  /** Role mentions with this title and affiliation. */
  count: number;
}

export interface IndexPerson {
  /** The merge key: the normalized full name, or "surname @ document id" for a one-word name. */
  key: string;
  /** The form of the name used by most documents (ties: code-unit order). */
  name: string;
  documents: number;
  mentions: number;
  quotes: number;
  roles: IndexRole[];
  /** First and last reference date (YYYY-MM-DD) of the documents that name the person; null if none had one. */
  firstSeen: string | null;
  lastSeen: string | null;
}

export type SortKey = 'documents' | 'mentions' | 'quotes';
/** The order of the counts when people tie on the sort key; then name and key in code-unit order. */
export const SORT_KEYS: readonly SortKey[] = ['documents', 'quotes', 'mentions'];

export interface PeopleIndex {
  schema: 'extract-facts-index/1';
  /** Documents read (failed-input records not included). */
  documents: number;
  /** Failed-input records, counted and skipped. */
  failed: number;
  people: IndexPerson[];
}

interface Entry {
  key: string;
  names: Map<string, number>;
  documents: number;
  mentions: number;
  quotes: number;
  roles: Map<string, IndexRole>;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface IndexBuilder {
  /** One extract-facts record (a document's facts, or a failed input). */
  add(record: ArticleFacts | { error: unknown }): void;
  build(options?: { sort?: SortKey; top?: number }): PeopleIndex;
}

export function createIndexBuilder(): IndexBuilder {
  const entries = new Map<string, Entry>();
  let documents = 0;
  let failed = 0;
  const addPerson = (person: PersonFact, facts: ArticleFacts, quotes: number) => {
    const { key } = personKey(person.name, facts.id);
    let entry = entries.get(key);
    if (!entry) {
      entry = { key, names: new Map(), documents: 0, mentions: 0, quotes: 0, roles: new Map(), firstSeen: null, lastSeen: null };
      entries.set(key, entry);
    }
    entry.names.set(person.name, (entry.names.get(person.name) ?? 0) + 1);
    entry.documents++;
    entry.mentions += person.mentions.length;
    entry.quotes += quotes;
    for (const role of person.roles) {
      const roleKey = `${role.title}\u0000${role.affiliation ?? ''}`;
      const known = entry.roles.get(roleKey);
      if (known) known.count++;
      else entry.roles.set(roleKey, { title: role.title, affiliation: role.affiliation, count: 1 });
    }
    const date = facts.referenceDate?.value ?? null;
    if (date !== null) {
      if (entry.firstSeen === null || date < entry.firstSeen) entry.firstSeen = date;
      if (entry.lastSeen === null || date > entry.lastSeen) entry.lastSeen = date;
    }
  };
  return {
    add(record) {
      if ('error' in record) {
        failed++;
        return;
      }
      documents++;
      const quotes = new Map<string, number>();
      for (const q of record.quotes) {
        const id = q.speaker?.personId;
        if (id) quotes.set(id, (quotes.get(id) ?? 0) + 1);
      }
      // Two people of one document with the same key (rare) still count the document once.
      const seen = new Map<string, PersonFact[]>();
      for (const person of record.people) {
        const { key } = personKey(person.name, record.id);
        seen.set(key, [...(seen.get(key) ?? []), person]);
      }
      for (const group of seen.values()) {
        const merged: PersonFact = { ...group[0]!, mentions: group.flatMap((p) => p.mentions), roles: group.flatMap((p) => p.roles) };
        addPerson(merged, record, group.reduce((n, p) => n + (quotes.get(p.id) ?? 0), 0));
      }
    },
    build(options = {}) {
      const sort = options.sort ?? 'documents';
      let people = [...entries.values()].map(toPerson).sort((a, b) => comparePeople(a, b, sort));
      if (options.top !== undefined) people = people.slice(0, options.top);
      return { schema: 'extract-facts-index/1', documents, failed, people };
    },
  };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function toPerson(entry: Entry): IndexPerson {
  const names = [...entry.names].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]));
  const roles = [...entry.roles.values()].sort((a, b) => b.count - a.count || byCodeUnits(a.title, b.title) || byCodeUnits(a.affiliation ?? '', b.affiliation ?? ''));
  const { key, documents, mentions, quotes, firstSeen, lastSeen } = entry;
  return { key, name: names[0]![0], documents, mentions, quotes, roles, firstSeen, lastSeen };
}

function comparePeople(a: IndexPerson, b: IndexPerson, sort: SortKey): number {
  const order: SortKey[] = [sort, ...SORT_KEYS.filter((k) => k !== sort)];
  for (const k of order) if (a[k] !== b[k]) return b[k] - a[k];
  return byCodeUnits(a.name, b.name) || byCodeUnits(a.key, b.key);
}
