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
]);

/** Last words of organization names ("Blackpool Hotel Association", "Bank of America"), lower case. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'association', 'party', 'committee', 'council', 'institute', 'university', 'bank', 'group', 'foundation',
  'union', 'federation', 'agency', 'ministry', 'department', 'office', 'company', 'corporation', 'corp',
  'inc', 'ltd', 'plc', 'campaign', 'commission', 'authority', 'society', 'league', 'club', 'board',
  'organisation', 'organization', 'center', 'centre', 'network', 'trust', 'service', 'services', 'chamber',
  'chambers', 'fund',
]);
