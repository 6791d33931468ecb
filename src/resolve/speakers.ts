/**
 * Link each quote's speaker mention to a person, as ordered sieves, most precise first:
 *
 *   mention-overlap   the mention overlaps a person's mention ("Guler", "Turkish Defense Minister Yasar Guler")
 *   surname           a one-word name equal to the last name of exactly one person ("Guler" → Yasar Guler)
 *   pronoun           he/she/they → the nearest preceding compatible person (same or earlier paragraphs)
 *   relative          "who"/"which" → the person mentioned just before
 *   role-description  "the minister" → the nearest preceding person holding that role
 *   (then "it" → the latest named organization that spoke: "In a statement, it added" after Microsoft)
 *
 * Unlinked speakers (organizations such as SANA, unnamed sources such as "a spokesman") keep their
 * mention text as `name` and get no `personId`.
 */
import type { ArticleDoc } from '../doc/article.js';
import type { QuoteDraft } from '../extract/quotes.js';
import type { RoleMention } from '../extract/roles.js';
import { lexiconTag } from '../nlp/compromise.js';
import { pronounInfo, UNISEX_FIRST_NAMES, type PronounInfo } from '../lexicon/pronouns.js';
import type { PersonFact, QuoteFact, Speaker } from '../types.js';

interface PersonIndex {
  people: readonly PersonFact[];
  /** Every mention of every person, sorted by start. */
  mentions: Array<{ start: number; end: number; person: PersonFact }>;
  /** `maxEnd[k]`: the furthest end of `mentions[0..k]` (for binary searches: linear time on long documents). */
  maxEnd: number[];
  /** People with a multi-word name, by the lower-cased last word of the name. */
  byLastWord: Map<string, PersonFact[]>;
  /** Roles by the last word of their title, sorted by start (stable: people order, then role order). */
  byRoleHead: Map<string, Array<{ at: number; person: PersonFact }>>;
  /** The person behind the latest attributed quote so far (quotes are linked in text order). */
  lastSpeaker: { person: PersonFact; at: number } | null;
  /** The latest named speaker that is not a person (SANA, Microsoft): what "it" refers to. */
  lastOrganization: { name: string; at: number } | null;
}

type LinkSieve = (speaker: Speaker, draft: QuoteDraft, index: PersonIndex, roles: readonly RoleMention[]) => PersonFact | null;

const overlapping: LinkSieve = (speaker, _d, index) => {
  // Mentions before `from` all end by the speaker's start: skip them.
  const from = countWhile(index.maxEnd.length, (k) => index.maxEnd[k]! <= speaker.start);
  for (let k = from; k < index.mentions.length; k++) {
    const m = index.mentions[k]!;
    if (m.start >= speaker.end) break;
    if (m.end > speaker.start) return m.person;
  }
  return null;
};

const lastWord = (name: string): string => name.trim().split(/\s+/).pop()!.toLowerCase();

const surname: LinkSieve = (speaker, draft, index) => {
  if (draft.mentionKind !== 'name') return null;
  const words = speaker.name.replace(/^(?:mr|mrs|ms|dr|sen|rep|gov)\.?\s+/i, '').split(/\s+/);
  if (words.length !== 1) return null;
  const word = words[0]!.toLowerCase();
  const matches = index.byLastWord.get(word) ?? [];
  return matches.length === 1 ? matches[0]! : null;
};

/** The gender a person's first name suggests (compromise's lexicon), or null. */
function genderOf(person: PersonFact): 'male' | 'female' | null {
  const first = person.name.split(/\s+/)[0]!.toLowerCase();
  if (UNISEX_FIRST_NAMES.has(first)) return null;
  const tag = lexiconTag(first);
  if (tag === 'MaleName') return 'male';
  if (tag === 'FemaleName') return 'female';
  return null;
}

function compatible(info: PronounInfo, person: PersonFact): boolean {
  if (info.organization || info.number === 'plural' || info.firstPerson) return false;
  const g = genderOf(person);
  return g === null || info.gender === 'any' || g === info.gender;
}

/** How far back (in characters) a pronoun may look for its person. */
const PRONOUN_REACH = 1500;

/**
 * he/she as the subject of a cue: the person who spoke last, when near ("Mr Neeson said … Ian
 * Paisley. He said …" is Neeson speaking), else the nearest preceding compatible person.
 */
const pronoun: LinkSieve = (speaker, _d, index) => {
  const info = pronounInfo(speaker.name);
  if (!info) return null;
  const last = index.lastSpeaker;
  if (last && last.at < speaker.start && speaker.start - last.at <= PRONOUN_REACH && compatible(info, last.person)) return last.person;
  const before = countWhile(index.mentions.length, (k) => index.mentions[k]!.start < speaker.start);
  for (let k = before - 1; k >= 0; k--) {
    const m = index.mentions[k]!;
    if (speaker.start - m.end > PRONOUN_REACH) break;
    if (compatible(info, m.person)) return m.person;
  }
  return null;
};

const roleDescription: LinkSieve = (speaker, draft, index) => {
  if (draft.mentionKind !== 'description') return null;
  const roles = index.byRoleHead.get(lastWord(speaker.name));
  if (!roles) return null;
  // The latest role starting at or before the speaker; of several at that start, the first listed.
  let k = countWhile(roles.length, (i) => roles[i]!.at <= speaker.start) - 1;
  if (k < 0) return null;
  while (k > 0 && roles[k - 1]!.at === roles[k]!.at) k--;
  return roles[k]!.person;
};

/** The number of leading indexes `k` in [0, length) for which `test(k)` holds (`test` must be monotone). */
function countWhile(length: number, test: (k: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildIndex(people: readonly PersonFact[]): PersonIndex {
  const mentions = people
    .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const maxEnd: number[] = [];
  for (const m of mentions) maxEnd.push(Math.max(m.end, maxEnd[maxEnd.length - 1] ?? -Infinity));
  const byLastWord = new Map<string, PersonFact[]>();
  const byRoleHead = new Map<string, Array<{ at: number; person: PersonFact }>>();
  for (const person of people) {
    if (person.name.includes(' ')) {
      const key = lastWord(person.name);
      let same = byLastWord.get(key);
      if (!same) byLastWord.set(key, (same = []));
      same.push(person);
    }
    for (const role of person.roles) {
      const head = lastWord(role.title);
      let list = byRoleHead.get(head);
      if (!list) byRoleHead.set(head, (list = []));
      list.push({ at: role.start, person });
    }
  }
  for (const list of byRoleHead.values()) list.sort((a, b) => a.at - b.at);
  return { people, mentions, maxEnd, byLastWord, byRoleHead, lastSpeaker: null, lastOrganization: null };
}

/** How far back (in characters) "who"/"which" may look for what it follows ("McConnell, now the leader, who"). */
const RELATIVE_REACH = 80;

/** "who" / "which" → the person mentioned just before it. */
const relative: LinkSieve = (speaker, _d, index) => {
  if (!/^(?:who|which)$/.test(speaker.name)) return null;
  const before = countWhile(index.mentions.length, (k) => index.mentions[k]!.start < speaker.start);
  const m = index.mentions[before - 1];
  return m !== undefined && speaker.start - m.end <= RELATIVE_REACH ? m.person : null;
};

export const SPEAKER_LINK_SIEVES: ReadonlyArray<{ name: string; run: LinkSieve }> = [
  { name: 'mention-overlap', run: overlapping },
  { name: 'surname', run: surname },
  { name: 'pronoun', run: pronoun },
  { name: 'relative', run: relative },
  { name: 'role-description', run: roleDescription },
];

/** The attribution rule whose speaker is a paragraph's subject, named without any cue: kept only for a person. */
const SUBJECT_WITHOUT_CUE_RULE = 'paragraph-subject';

/** "it said" after a named organization spoke: that organization's name (no person). */
function organizationOf(speaker: Speaker, index: PersonIndex): string | null {
  if (pronounInfo(speaker.name)?.organization !== true) return null;
  const org = index.lastOrganization;
  return org !== null && org.at < speaker.start && speaker.start - org.at <= PRONOUN_REACH ? org.name : null;
}

export function resolveSpeakers(quotes: QuoteDraft[], people: PersonFact[], roles: RoleMention[], _doc: ArticleDoc): QuoteFact[] {
  const index = buildIndex(people);
  const ordered = [...quotes].sort((a, b) => (a.speaker?.start ?? a.start) - (b.speaker?.start ?? b.start));
  const linked = new Map<QuoteDraft, PersonFact | null>();
  const organizations = new Map<QuoteDraft, string>();
  for (const draft of ordered) {
    if (draft.speaker === null) continue;
    let person: PersonFact | null = null;
    for (const sieve of SPEAKER_LINK_SIEVES) {
      person = sieve.run(draft.speaker, draft, index, roles);
      if (person !== null) break;
    }
    // a subject named without a cue ("Viguerie is upbeat … ¶ “…”") speaks only when it is a person
    if (person === null && draft.rule === SUBJECT_WITHOUT_CUE_RULE) {
      linked.set(draft, null);
      continue;
    }
    linked.set(draft, person);
    const organization = person === null ? organizationOf(draft.speaker, index) : null;
    if (organization !== null) organizations.set(draft, organization);
    if (person === null && draft.mentionKind === 'name') index.lastOrganization = { name: draft.speaker.name, at: draft.speaker.start };
    if (person !== null && (index.lastSpeaker === null || draft.speaker.start >= index.lastSpeaker.at)) {
      index.lastSpeaker = { person, at: draft.speaker.start };
    }
  }
  return quotes.map((draft) => {
    const { mentionKind: _kind, ...quote } = draft;
    if (quote.speaker === null) return quote;
    if (quote.rule === SUBJECT_WITHOUT_CUE_RULE && (linked.get(draft) ?? null) === null) {
      return { ...quote, speaker: null, cue: null, rule: 'unattributed-quote' };
    }
    const person = linked.get(draft) ?? null;
    const organization = organizations.get(draft) ?? null;
    if (organization !== null) return { ...quote, speaker: { ...quote.speaker, name: organization } };
    const speaker: Speaker = person
      ? { ...quote.speaker, name: person.name, personId: person.id }
      : { ...quote.speaker };
    return { ...quote, speaker };
  });
}
