/**
 * Verbs that show that a capitalized neighbour is a person: "Guler said", "told Reuters". The person
 * nouns before a name ("his counterpart Murhaf Abu Qasra") are tagged `before-name` in person-words.ts.
 */

/** Verbs (as written, lower case) that follow a speaker's name: "X said", "X told". */
export const SPEECH_VERBS_AFTER: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes',
  'explained', 'explains', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'claimed',
  'claims', 'stated', 'states', 'announced', 'announces', 'declared', 'declares', 'wrote', 'writes',
  'asked', 'asks', 'replied', 'replies', 'recalled', 'recalls', 'admitted', 'admits', 'confirmed',
  'confirms', 'denied', 'denies', 'urged', 'urges', 'believes', 'believed', 'thinks', 'thought',
  'acknowledged', 'acknowledges', 'conceded', 'concedes', 'suggested', 'suggests', 'predicted',
  'predicts', 'complained', 'complains', 'commented', 'comments', 'reported', 'reports', 'described',
  'describes', 'vowed', 'vows', 'promised', 'promises', 'pledged', 'pledges', 'agreed', 'agrees',
  'who', 'whose', 'himself', 'herself', 'resigned', 'died', 'dies', 'married', 'smiled', 'laughed',
  'shouted', 'whispered', 'joked', 'quipped', 'scored', 'won', 'beat', 'finished', 'struck', 'took',
]);

/** Verbs (lower case) that come before a listener or speaker's name: "told Reuters", "said Smith". */
export const SPEECH_VERBS_BEFORE: ReadonlySet<string> = new Set(['said', 'says', 'added', 'told', 'asked', 'according', 'wrote']);
