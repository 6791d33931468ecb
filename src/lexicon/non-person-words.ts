/**
 * Capitalized words that do not name a person even though no other list rejects them: words that
 * start sentences and headlines, calendar words, religious and cultural names.
 */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'here', 'when', 'while', 'after', 'before',
  'but', 'and', 'or', 'if', 'as', 'at', 'in', 'on', 'by', 'for', 'from', 'with', 'of', 'to', 'so',
  'yet', 'also', 'however', 'meanwhile', 'according', 'asked', 'despite', 'although', 'though',
  'since', 'until', 'under', 'over', 'about', 'among', 'between', 'during', 'without', 'within',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'january', 'february', 'march', 'april', 'june',
  'july', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan', 'eid', 'god', 'allah',
  'jesus', 'christ', 'internet', 'web', 'net', 'scorers', 'attendance', 'result', 'results', 'standings',
  'table', 'note', 'notes', 'source', 'sources', 'photo', 'photos', 'picture', 'caption', 'image', 'images', 'file', 'credit', 'video', 'audio', 'update', 'breaking',
  'exclusive', 'analysis', 'comment', 'opinion', 'editorial', 'interview', 'profile', 'obituary',
  "i'm", 'i’m', "i'd", "i'll", "i've", 'i’d', 'i’ll', 'i’ve', 'mr', 'mrs', 'ms', 'dr', 'sir', 'no', 'yes', 'ok', 'tv', 'dvd', 'cd', 'pc', 'web', 'email', 'online',
  'halftime', 'half-time', 'innings', 'overs', 'extras', 'total', 'fall', 'wickets', 'bowling',
  'batting', 'round', 'group', 'division', 'leading', 'first', 'second', 'third', 'final', 'semi-final',
  'quarter-final', 'premier', 'league', 'soccer', 'football', 'cricket', 'tennis', 'golf', 'rugby',
  'baseball', 'basketball', 'hockey', 'boxing', 'athletics', 'cycling', 'motor', 'racing', 'swimming',
  'olympic', 'olympics', 'champion', 'champions', 'west', 'east', 'north', 'south', 'new', 'old',
]);

/**
 * Names of faiths. Some are given names too ("Islam Karimov"), so they block only a lone given name:
 * alone, "Islam's holiest site", "converted to Islam" name the faith.
 */
export const FAITH_NAMES: ReadonlySet<string> = new Set([
  'islam', 'christianity', 'judaism', 'buddhism', 'hinduism', 'sikhism', 'jainism', 'taoism', 'daoism',
  'shinto', 'zoroastrianism', 'catholicism', 'protestantism', 'orthodoxy', 'bahai', 'confucianism',
]);

/**
 * Nouns of awards and contests. Right after a lone given name they make it the award's name, not a
 * person ("Oscar nominations", "an Oscar winner", "the Cesar awards ceremony"); a verb after it does
 * not ("Oscar wins", "Chelsea win"), so only nouns are listed.
 */
export const AWARD_NOUNS: ReadonlySet<string> = new Set([
  'nomination', 'nominations', 'nominee', 'nominees', 'winner', 'winners', 'ceremony', 'ceremonies',
  'award', 'awards', 'prize', 'prizes', 'statuette', 'statuettes', 'hopeful', 'hopefuls', 'contender',
  'contenders', 'glory', 'nod', 'nods', 'race', 'voters', 'academy',
]);

/** A word of {@link AWARD_NOUNS}, as written (lower case). */
export function isAwardNoun(word: string): boolean {
  return AWARD_NOUNS.has(word);
}
