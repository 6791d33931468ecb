import { table } from './table.js';
/**
 * Words that make a capitalized sequence an organization, team, event or thing rather than a
 * person ("Syrian Arab Army", "Defense Ministry", "Manchester United", "World Cup").
 */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'ministries', 'department', 'army', 'navy', 'force', 'forces', 'police', 'guard', 'corps',
  'agency', 'office', 'bureau', 'service', 'services', 'council', 'committee', 'commission', 'assembly',
  'parliament', 'congress', 'senate', 'house', 'court', 'tribunal', 'government', 'administration',
  'party', 'front', 'movement', 'union', 'league', 'federation', 'association', 'alliance', 'coalition',
  'organisation', 'organization', 'institute', 'institution', 'foundation', 'fund', 'trust', 'society',
  'university', 'college', 'school', 'academy', 'hospital', 'clinic', 'church', 'mosque', 'temple',
  'bank', 'group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'co', 'holdings',
  'industries', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'software', 'networks',
  'partners', 'capital', 'securities', 'investments', 'exchange', 'market', 'markets', 'index',
  'news', 'newsroom', 'desk', 'times', 'post', 'journal', 'herald', 'gazette', 'tribune', 'telegraph', 'press', 'radio',
  'television', 'tv', 'network', 'channel', 'magazine', 'daily', 'weekly', 'records', 'studios',
  'pictures', 'films', 'club', 'team', 'united', 'city', 'rovers', 'wanderers', 'athletic', 'fc',
  'cup', 'championship', 'championships', 'open', 'games', 'olympics', 'tournament', 'series', 'prix',
  'trophy', 'award', 'awards', 'prize', 'festival', 'conference', 'summit', 'treaty', 'accord', 'act',
  'law', 'war', 'revolution', 'street', 'road', 'avenue', 'square', 'bridge', 'park', 'stadium',
  'arena', 'centre', 'center', 'hall', 'palace', 'tower', 'airport', 'station', 'port', 'river',
  'lake', 'mountain', 'mountains', 'island', 'islands', 'valley', 'sea', 'ocean', 'bay', 'county',
  'province', 'region', 'district', 'republic', 'kingdom', 'state', 'states', 'empire', 'emirates',
  'airport', 'hotel', 'restaurant', 'museum', 'gallery', 'theatre', 'theater', 'library', 'zoo',
  'council', 'brigade', 'brigades', 'battalion', 'regiment', 'division', 'command', 'unit',
  'program', 'programme', 'project', 'initiative', 'plan', 'day', 'week', 'year', 'era', 'age',
  'reserve', 'treasury', 'cabinet', 'secretariat', 'mission', 'embassy', 'consulate', 'tv',
  // Landforms and waters ("Ross Ice Shelf", "Venice Beach", "Gulf Coast"); not "hill", "wood", "brook"
  // or "marsh", which are surnames as often ("Damon Hill").
  'glacier', 'shelf', 'peninsula', 'desert', 'canyon', 'beach', 'coast', 'strait', 'straits', 'gulf',
  'reef', 'plateau', 'basin', 'harbour', 'harbor', 'creek', 'falls', 'lagoon', 'fjord', 'volcano',
]);

/** Organizations, agencies and brands often named alone in news (lower case). */
export const ORGANIZATION_NAMES: ReadonlySet<string> = new Set([
  'reuters', 'afp', 'ap', 'xinhua', 'interfax', 'tass', 'itar-tass', 'anadolu', 'bloomberg', 'bbc', 'cnn',
  'nato', 'un', 'eu', 'opec', 'imf', 'fifa', 'uefa', 'nasa', 'fbi', 'cia', 'google', 'microsoft', 'apple',
  'amazon', 'facebook', 'twitter', 'nokia', 'sony', 'nintendo', 'ibm', 'intel', 'yahoo', 'hamas',
  'hezbollah', 'hizbollah', 'taliban', 'kremlin', 'pentagon', 'interpol', 'unicef', 'unesco', 'wto',
  'gazprom', 'toyota', 'honda', 'ford', 'boeing', 'airbus', 'ofcom', 'ofsted', 'nhs', 'itv', 'sky',
]);

/** Lower-case nouns that, right before a capitalized word, make it an organization: "news agency Tanjug". */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'newspaper', 'daily', 'weekly', 'magazine', 'paper', 'tabloid', 'broadcaster', 'channel',
  'station', 'club', 'side', 'team', 'company', 'firm', 'group', 'maker', 'manufacturer', 'carrier',
  'airline', 'bank', 'insurer', 'retailer', 'brand', 'label', 'party', 'movement', 'faction',
  'militia', 'unit', 'subsidiary', 'conglomerate', 'operator', 'network', 'website', 'service',
  // public bodies and associations: "agriculture department Defra", "charity Oxfam" (not "watchdog" or
  // "regulator", which British papers also write before a person: "Parliamentary watchdog Sir Philip Mawer")
  'department', 'ministry', 'charity', 'union', 'council', 'authority', 'commission',
  'institute', 'association', 'organisation', 'organization', 'foundation', 'university', 'consortium',
  // "F.C. Valletta", "FC Porto": a football club.
  'f.c.', 'fc',
]);

/**
 * Lower-case nouns that, right before a capitalized name, make it the title of a work or the name of a
 * thing: "the film Michael Collins", "her novel Eve Green", "Hurricane Edouard".
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'film', 'movie', 'novel', 'album', 'song', 'musical', 'opera', 'sitcom',
  'documentary', 'painting', 'poem', 'sculpture', 'ship', 'vessel', 'yacht', 'tanker', 'hurricane',
  'typhoon', 'cyclone', 'oilfield',
  'series', 'drama', 'comedy',
  // Verbs that name a work: "a pilot titled Young MacGyver", "a book entitled Eve". Not "play",
  // "show", "book", a verb before a person as often ("to play Laurence Courtois"), nor "pilot", a person.
  'titled', 'entitled',
]);

/**
 * What kind of organization a word says ("the newspaper", "Acme Airlines", "the Labour Party"): a
 * description's head noun, or the last word of an organization's name. The entity model links a
 * description only to an organization of a compatible kind. A word that says nothing about the kind
 * ("the group") is not listed here; see `entities/predicates.ts`.
 */
export const ORGANIZATION_CLASSES: Readonly<Record<string, 'media' | 'party' | 'sport' | 'business' | 'body'>> = table({
  // media
  newspaper: 'media', paper: 'media', daily: 'media', weekly: 'media', tabloid: 'media', magazine: 'media',
  broadcaster: 'media', channel: 'media', website: 'media', times: 'media', post: 'media', journal: 'media',
  herald: 'media', gazette: 'media', tribune: 'media', telegraph: 'media', press: 'media', news: 'media',
  radio: 'media', television: 'media', tv: 'media', mail: 'media', guardian: 'media', observer: 'media',
  // parties
  party: 'party',
  // sport
  club: 'sport', side: 'sport', team: 'sport', fc: 'sport', united: 'sport', rovers: 'sport', wanderers: 'sport',
  // business
  company: 'business', firm: 'business', maker: 'business', manufacturer: 'business', carrier: 'business',
  airline: 'business', bank: 'business', insurer: 'business', retailer: 'business', conglomerate: 'business',
  operator: 'business', subsidiary: 'business', business: 'business', giant: 'business', producer: 'business',
  chain: 'business', supermarket: 'business', lender: 'business', brewer: 'business', miner: 'business',
  publisher: 'business', carmaker: 'business', monopoly: 'business', inc: 'business', corp: 'business', corporation: 'business',
  ltd: 'business', plc: 'business', llc: 'business', holdings: 'business', airlines: 'business',
  airways: 'business', motors: 'business', industries: 'business',
  // public and civic bodies
  agency: 'body', union: 'body', association: 'body', body: 'body', organisation: 'body', organization: 'body',
  watchdog: 'body', regulator: 'body', council: 'body', committee: 'body', commission: 'body',
  authority: 'body', ministry: 'body', department: 'body', federation: 'body', institute: 'body',
});

/** Last words of organization names ("Blackpool Hotel Association", "Bank of America"), lower case. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'association', 'party', 'committee', 'council', 'institute', 'university', 'bank', 'group', 'foundation',
  'union', 'federation', 'agency', 'ministry', 'department', 'office', 'company', 'corporation', 'corp',
  'inc', 'ltd', 'plc', 'campaign', 'commission', 'authority', 'society', 'league', 'club', 'board',
  'organisation', 'organization', 'center', 'centre', 'network', 'trust', 'service', 'services', 'chamber',
  'chambers', 'fund',
]);
