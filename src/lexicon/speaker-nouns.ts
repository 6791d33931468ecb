/**
 * Words that head a description of a speaker ("a spokesman", "the minister", "officials") or
 * name an organization that speaks ("the ministry", "the campaign"). Lower case.
 */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokespeople', 'official', 'officials',
  'minister', 'ministers', 'president', 'secretary', 'senator', 'governor', 'mayor', 'aide', 'aides',
  'adviser', 'advisers', 'advisor', 'advisors', 'source', 'sources', 'analyst', 'analysts', 'expert',
  'experts', 'lawyer', 'lawyers', 'attorney', 'chairman', 'chairwoman', 'chair', 'director', 'chief',
  'executive', 'leader', 'leaders', 'candidate', 'nominee', 'manager', 'strategist', 'pollster',
  'doctor', 'police', 'witness', 'witnesses', 'resident', 'residents', 'voter', 'voters', 'supporter',
  'supporters', 'critic', 'critics', 'statement', 'report', 'ministry', 'agency', 'campaign',
  'committee', 'department', 'government', 'company', 'firm', 'group', 'office', 'spokesmen',
  'representative', 'congressman', 'congresswoman', 'lawmaker', 'lawmakers', 'democrat', 'democrats',
  'republican', 'republicans', 'people', 'woman', 'man', 'father', 'mother', 'son', 'daughter', 'wife',
  'husband', 'coach', 'player', 'boss', 'economist', 'economists', 'researcher', 'researchers',
]);

/** Determiners and possessives that open a description ("the minister", "his spokesman"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'most', 'other', 'both', 'each',
  'few', 'all', 'no',
]);

/** Honorifics and abbreviations written with a dot inside a name ("Mr. Obama", "Sen. Cruz"). */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev', 'prof', 'st',
  'jr', 'sr', 'pres', 'adm', 'maj', 'cmdr', 'lt', 'atty', 'supt', 'insp', 'hon',
]);

/** Lower-case particles inside names ("Bashar al-Assad", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della',
  'la', 'le', 'dos', 'das', 'ter', 'of',
]);

/** Last words of organization names ("Blackpool Hotel Association", "Bank of America"), lower case. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'association', 'party', 'committee', 'council', 'institute', 'university', 'bank', 'group', 'foundation',
  'union', 'federation', 'agency', 'ministry', 'department', 'office', 'company', 'corporation', 'corp',
  'inc', 'ltd', 'plc', 'campaign', 'commission', 'authority', 'society', 'league', 'club', 'board',
  'organisation', 'organization', 'center', 'centre', 'network', 'trust', 'service', 'services', 'chamber',
  'chambers', 'fund',
]);
