/**
 * Affiliation vocabulary: country adjectives (demonyms) mapped to the country's one spelling, and the
 * words that mark a capitalized run as an organization, event or place rather than a person's name.
 *
 * The demonyms come from the world-countries data set (`COUNTRY_DEMONYMS`, generated with the
 * country spellings by scripts/build-lexicons.mjs), plus the few that news writes and the data set
 * lacks or shares between two countries ({@link NEWS_DEMONYMS}); every country goes through
 * `canonicalCountry` (./countries.ts), so "American" and "U.S." both come out as "US".
 */
import { canonicalCountry } from './countries.js';
import { COUNTRY_DEMONYMS } from './generated/countries.js';

/**
 * Demonyms the data set does not give for its countries (short forms, nations of the UK, places it
 * does not list as countries, the EU), or shares between two ("Congolese", "Dominican"), as
 * "demonym:Country" pairs.
 */
const NEWS_DEMONYMS: readonly string[] = [
  'azeri:Azerbaijan', 'croat:Croatia', 'icelandic:Iceland', 'luxembourgish:Luxembourg', 'slovenian:Slovenia',
  'saudi:Saudi Arabia', 'botswanan:Botswana', 'somalian:Somalia', 'kazakh:Kazakhstan', 'kyrgyz:Kyrgyzstan',
  'maldivian:Maldives', 'nepali:Nepal', 'new zealand:New Zealand', 'philippine:Philippines', 'tajik:Tajikistan',
  'uzbek:Uzbekistan', 'argentinian:Argentina', 'ecuadorian:Ecuador',
  // nations, territories and unions the data set lists as no country
  'english:England', 'scottish:Scotland', 'welsh:Wales', 'northern irish:Northern Ireland', 'kosovan:Kosovo',
  'palestinian:Palestine', 'taiwanese:Taiwan', 'tibetan:Tibet', 'korean:Korea', 'european:European Union',
  // shared by two countries in the data set; news means this one
  'congolese:Congo', 'dominican:Dominican Republic',
];

function pairs(list: readonly string[]): Array<readonly [string, string]> {
  return list.map((pair) => {
    const colon = pair.indexOf(':');
    const country = pair.slice(colon + 1);
    return [pair.slice(0, colon), canonicalCountry(country) ?? country] as const;
  });
}

/**
 * Lower-case demonym ("turkish", "south korean") → country ("Turkey", "South Korea"), in the one
 * spelling of ./countries.ts ("american" → "US", "british" → "UK").
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([...pairs(COUNTRY_DEMONYMS.split('|')), ...pairs(NEWS_DEMONYMS)]);

/**
 * Words that make a capitalized run an organization, event, place or thing, never a person's name
 * ("the General Election", "General Motors", "the President's Cup", "Ministry of Defence").
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  // organizations and institutions
  'ministry', 'department', 'office', 'agency', 'council', 'committee', 'commission', 'assembly',
  'parliament', 'congress', 'senate', 'house', 'court', 'government', 'administration', 'authority',
  'board', 'bank', 'fund', 'group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'motors',
  'airways', 'airlines', 'party', 'union', 'association', 'federation', 'league', 'club', 'team',
  'university', 'college', 'school', 'institute', 'foundation', 'trust', 'society', 'service', 'services',
  'army', 'navy', 'force', 'forces', 'police', 'guard', 'press', 'news', 'times', 'post', 'network',
  'channel', 'radio', 'television', 'tv', 'studios', 'records', 'industries', 'holdings', 'partners',
  'systems', 'technologies', 'electric', 'reserve', 'treasury', 'exchequer', 'state',
  'states', 'republic', 'kingdom', 'nations', 'empire', 'church', 'hospital', 'museum', 'library',
  'theatre', 'theater', 'centre', 'center', 'labs', 'laboratory',
  // events, prizes and things
  'election', 'elections', 'cup', 'prize', 'award', 'awards', 'trophy', 'championship', 'championships',
  'games', 'olympics', 'open', 'tour', 'series', 'festival', 'conference', 'summit', 'war', 'wars',
  'day', 'week', 'act', 'treaty', 'agreement', 'plan', 'report', 'questions', 'budget', 'speech',
  'address', 'show', 'programme', 'program', 'film', 'album', 'book', 'magazine', 'scholarship',
  'mysteries', 'index',
  // places
  'street', 'road', 'avenue', 'square', 'palace', 'hall', 'castle', 'bridge', 'airport', 'station',
  'city', 'county', 'province', 'region', 'island', 'islands', 'river', 'valley', 'mountains', 'park',
]);
