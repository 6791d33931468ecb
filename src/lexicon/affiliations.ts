/**
 * Affiliation vocabulary: country adjectives (demonyms) mapped to the country's common English short
 * name, and the words that mark a capitalized run as an organization, event or place rather than a
 * person's name.
 *
 * The demonyms are written by hand (they are also read as evidence by the people extractor, so the
 * list stays curated); the country each one maps to goes through `canonicalCountry` (./countries.ts,
 * generated from world-countries), so every spelling of a country comes out as one form.
 */
import { canonicalCountry } from './countries.js';

/** Demonym → country, as "demonym:Country" pairs, one per country adjective (lower-case demonym). */
const DEMONYM_PAIRS: readonly string[] = [
  // Europe
  'albanian:Albania', 'andorran:Andorra', 'armenian:Armenia', 'austrian:Austria', 'azerbaijani:Azerbaijan',
  'azeri:Azerbaijan', 'belarusian:Belarus', 'belgian:Belgium', 'bosnian:Bosnia and Herzegovina',
  'british:United Kingdom', 'bulgarian:Bulgaria', 'croatian:Croatia', 'croat:Croatia', 'cypriot:Cyprus',
  'czech:Czech Republic', 'danish:Denmark', 'dutch:Netherlands', 'english:England', 'estonian:Estonia',
  'finnish:Finland', 'french:France', 'georgian:Georgia', 'german:Germany', 'greek:Greece',
  'hungarian:Hungary', 'icelandic:Iceland', 'irish:Ireland', 'italian:Italy', 'kosovan:Kosovo',
  'latvian:Latvia', 'lithuanian:Lithuania', 'luxembourgish:Luxembourg', 'macedonian:North Macedonia',
  'maltese:Malta', 'moldovan:Moldova', 'monegasque:Monaco', 'montenegrin:Montenegro', 'norwegian:Norway',
  'polish:Poland', 'portuguese:Portugal', 'romanian:Romania', 'russian:Russia', 'scottish:Scotland',
  'serbian:Serbia', 'slovak:Slovakia', 'slovenian:Slovenia', 'spanish:Spain', 'swedish:Sweden',
  'swiss:Switzerland', 'turkish:Turkey', 'ukrainian:Ukraine', 'welsh:Wales', 'northern irish:Northern Ireland',
  // Middle East and North Africa
  'afghan:Afghanistan', 'algerian:Algeria', 'bahraini:Bahrain', 'egyptian:Egypt', 'emirati:United Arab Emirates',
  'iranian:Iran', 'iraqi:Iraq', 'israeli:Israel', 'jordanian:Jordan', 'kuwaiti:Kuwait', 'lebanese:Lebanon',
  'libyan:Libya', 'moroccan:Morocco', 'omani:Oman', 'palestinian:Palestine', 'qatari:Qatar',
  'saudi:Saudi Arabia', 'saudi arabian:Saudi Arabia', 'syrian:Syria', 'tunisian:Tunisia', 'yemeni:Yemen',
  // Sub-Saharan Africa
  'angolan:Angola', 'beninese:Benin', 'botswanan:Botswana', 'burkinabe:Burkina Faso', 'burundian:Burundi',
  'cameroonian:Cameroon', 'chadian:Chad', 'congolese:Congo', 'eritrean:Eritrea', 'ethiopian:Ethiopia',
  'gabonese:Gabon', 'gambian:Gambia', 'ghanaian:Ghana', 'guinean:Guinea', 'ivorian:Ivory Coast',
  'kenyan:Kenya', 'liberian:Liberia', 'malagasy:Madagascar', 'malawian:Malawi', 'malian:Mali',
  'mauritanian:Mauritania', 'mozambican:Mozambique', 'namibian:Namibia', 'nigerian:Nigeria',
  'nigerien:Niger', 'rwandan:Rwanda', 'senegalese:Senegal', 'sierra leonean:Sierra Leone',
  'somali:Somalia', 'somalian:Somalia', 'south african:South Africa', 'south sudanese:South Sudan',
  'sudanese:Sudan', 'tanzanian:Tanzania', 'togolese:Togo', 'ugandan:Uganda', 'zambian:Zambia',
  'zimbabwean:Zimbabwe',
  // Asia and the Pacific
  'australian:Australia', 'bangladeshi:Bangladesh', 'bhutanese:Bhutan', 'burmese:Myanmar',
  'cambodian:Cambodia', 'chinese:China', 'fijian:Fiji', 'filipino:Philippines', 'indian:India',
  'indonesian:Indonesia', 'japanese:Japan', 'kazakh:Kazakhstan', 'kyrgyz:Kyrgyzstan', 'laotian:Laos',
  'malaysian:Malaysia', 'maldivian:Maldives', 'mongolian:Mongolia', 'nepalese:Nepal', 'nepali:Nepal',
  'new zealand:New Zealand', 'north korean:North Korea', 'pakistani:Pakistan', 'philippine:Philippines',
  'singaporean:Singapore', 'south korean:South Korea', 'sri lankan:Sri Lanka', 'taiwanese:Taiwan',
  'tajik:Tajikistan', 'thai:Thailand', 'tibetan:Tibet', 'turkmen:Turkmenistan', 'uzbek:Uzbekistan',
  'vietnamese:Vietnam', 'korean:Korea',
  // The Americas
  'american:United States', 'argentine:Argentina', 'argentinian:Argentina', 'bolivian:Bolivia',
  'brazilian:Brazil', 'canadian:Canada', 'chilean:Chile', 'colombian:Colombia', 'costa rican:Costa Rica',
  'cuban:Cuba', 'dominican:Dominican Republic', 'ecuadorian:Ecuador', 'guatemalan:Guatemala',
  'haitian:Haiti', 'honduran:Honduras', 'jamaican:Jamaica', 'mexican:Mexico', 'nicaraguan:Nicaragua',
  'panamanian:Panama', 'paraguayan:Paraguay', 'peruvian:Peru', 'salvadoran:El Salvador',
  'trinidadian:Trinidad and Tobago', 'uruguayan:Uruguay', 'venezuelan:Venezuela',
  // Unions of states
  'european:European Union',
];

/**
 * Lower-case demonym ("turkish", "south korean") → country ("Turkey", "South Korea"), in the one
 * spelling of ./countries.ts ("american" → "US", "british" → "UK").
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  DEMONYM_PAIRS.map((pair) => {
    const colon = pair.indexOf(':');
    const country = pair.slice(colon + 1);
    return [pair.slice(0, colon), canonicalCountry(country) ?? country] as const;
  }),
);

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
