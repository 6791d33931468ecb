/**
 * Places and nationality words: a capitalized word of this kind is not a person's name.
 * Built from faker's location lists (src/lexicon/generated/places.ts) plus regions and
 * demonyms that those lists lack.
 */
import { CITY_NAMES, PLACE_NAMES, PLACE_NAMES_ALSO_PERSON } from './generated/places.js';

const EXTRA_PLACES = [
  'africa', 'asia', 'europe', 'america', 'americas', 'oceania', 'antarctica', 'arctic', 'middle east',
  'near east', 'far east', 'gulf', 'balkans', 'caucasus', 'scandinavia', 'latin america', 'north america',
  'south america', 'central america', 'west bank', 'gaza', 'golan', 'kurdistan', 'siberia', 'sahara',
  'mediterranean', 'atlantic', 'pacific', 'baltic', 'caribbean', 'wall street', 'downing street',
  'whitehall', 'abu dhabi', 'sri lanka', 'new zealand', 'hong kong', 'westminster', 'capitol hill', 'silicon valley', 'hollywood', 'kremlin', 'pentagon',
  'ulster', 'england', 'scotland', 'wales', 'britain', 'great britain', 'northern ireland',
];

const MARKS = /\p{M}/gu;

/** Lower case, accents removed ("são paulo" → "sao paulo"). Look places up with the same key. */
export const PLACES: ReadonlySet<string> = new Set(
  [...PLACE_NAMES.split('|'), ...EXTRA_PLACES].map((p) => p.normalize('NFD').replace(MARKS, '')),
);

/** Nationality and origin adjectives/nouns (lower case). */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'afghan', 'lankan', 'zealander', 'moslem', 'islamist', 'arabs', 'african', 'albanian', 'algerian', 'american', 'arab', 'arabian', 'argentine', 'argentinian',
  'armenian', 'asian', 'australian', 'austrian', 'azerbaijani', 'azeri', 'bahraini', 'bangladeshi',
  'belarusian', 'belgian', 'bolivian', 'bosnian', 'brazilian', 'british', 'briton', 'bulgarian',
  'burmese', 'cambodian', 'cameroonian', 'canadian', 'chechen', 'chilean', 'chinese', 'colombian',
  'congolese', 'croatian', 'croat', 'cuban', 'cypriot', 'czech', 'danish', 'dane', 'dutch', 'ecuadorian',
  'egyptian', 'emirati', 'english', 'eritrean', 'estonian', 'ethiopian', 'european', 'filipino', 'finnish',
  'finn', 'french', 'frenchman', 'georgian', 'german', 'ghanaian', 'greek', 'haitian', 'honduran',
  'hungarian', 'icelandic', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian',
  'ivorian', 'jamaican', 'japanese', 'jordanian', 'kazakh', 'kenyan', 'korean', 'kosovar', 'kurdish',
  'kurd', 'kuwaiti', 'kyrgyz', 'latvian', 'lebanese', 'liberian', 'libyan', 'lithuanian', 'macedonian',
  'malaysian', 'malian', 'maltese', 'mexican', 'moldovan', 'mongolian', 'montenegrin', 'moroccan',
  'mozambican', 'namibian', 'nepalese', 'nigerian', 'nigerien', 'norwegian', 'omani', 'pakistani',
  'palestinian', 'panamanian', 'paraguayan', 'persian', 'peruvian', 'polish', 'pole', 'portuguese',
  'qatari', 'romanian', 'russian', 'rwandan', 'saudi', 'scottish', 'scot', 'senegalese', 'serb',
  'serbian', 'sierra', 'singaporean', 'slovak', 'slovenian', 'somali', 'spanish', 'spaniard', 'sudanese',
  'swedish', 'swede', 'swiss', 'syrian', 'taiwanese', 'tajik', 'tanzanian', 'thai', 'tibetan',
  'tunisian', 'turkish', 'turk', 'turkmen', 'ugandan', 'ukrainian', 'uruguayan', 'uzbek', 'venezuelan',
  'vietnamese', 'welsh', 'western', 'eastern', 'northern', 'southern', 'yemeni', 'yugoslav',
  'zambian', 'zimbabwean', 'islamic', 'muslim', 'christian', 'jewish', 'catholic', 'protestant',
  'sunni', 'shia', 'shiite', 'hindu', 'buddhist', 'soviet', 'communist', 'republican', 'democrat',
  'democratic', 'conservative', 'labour', 'liberal', 'socialist', 'nationalist', 'west', 'east',
  'north', 'south', 'international', 'national', 'federal', 'state', 'royal', 'imperial', 'olympic',
]);

/** City and county names, lower case without accents: a weaker sign than a country ("Draper", "Villeneuve"). */
export const CITIES: ReadonlySet<string> = new Set(CITY_NAMES.split('|').map((p) => p.normalize('NFD').replace(MARKS, '')));

/** One-word places that are also person names ("Jordan", "Florence"): a place when alone, a name in a full name. */
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set(PLACE_NAMES_ALSO_PERSON.split(' '));

/** Is this lower-case, accent-free phrase a known place of any kind ("san francisco", "new zealand")? */
export function isPlaceName(phrase: string): boolean {
  return PLACES.has(phrase) || CITIES.has(phrase);
}
