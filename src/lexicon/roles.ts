/**
 * Role vocabulary: titles and positions, as flat lower-case word lists grouped by topic.
 *
 * A role phrase is read as `[time prefix] [affiliation] [modifier…] head`, e.g.
 * "former" + "US" + "Defence" + "Secretary". Heads end a title; modifiers narrow it; a few words are
 * both ("chief" in "chief executive" and "army chief", "general" in "General Intelligence Director"
 * and "General Smith"). Multi-word titles that do not follow that shape ("secretary of state") are
 * listed whole in {@link ROLE_COMPOUNDS}.
 *
 * Besides these lists, compromise's own occupation words (its `Actor` tag: "economist",
 * "playwright", …) count as heads, minus {@link NOT_ROLE_WORDS} (kinship and everyday person words).
 *
 * Owned by the roles work; the people extractor reads {@link ROLE_TITLES} as evidence that a name follows.
 */

/** Heads of government, state, parliament and diplomacy. */
const GOVERNMENT_HEADS = [
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'governor', 'senator', 'congressman',
  'congresswoman', 'mayor', 'councillor', 'councilor', 'mp', 'mep', 'lawmaker', 'legislator', 'deputy',
  'speaker', 'ambassador', 'envoy', 'diplomat', 'consul', 'commissioner', 'spokesman', 'spokeswoman',
  'spokesperson', 'official', 'adviser', 'advisor', 'aide', 'negotiator', 'leader', 'king', 'queen',
  'prince', 'princess', 'emperor', 'monarch', 'sultan', 'emir', 'sheikh', 'taoiseach', 'whip',
  'attorney', 'prosecutor', 'judge', 'magistrate', 'ombudsman', 'regulator', 'candidate', 'nominee',
  'campaigner', 'activist',
] as const;

/** Military and police ranks and posts. */
const SECURITY_HEADS = [
  'general', 'commander', 'admiral', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'marshal',
  'brigadier', 'commandant', 'chief', 'officer', 'inspector', 'superintendent', 'constable', 'detective',
] as const;

/** Business, institutions and the professions. */
const ORGANIZATION_HEADS = [
  'director', 'executive', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'cto',
  'founder', 'co-founder', 'owner', 'boss', 'head', 'manager', 'president', 'treasurer', 'trustee',
  'partner', 'analyst', 'economist', 'strategist', 'consultant', 'banker', 'broker', 'trader',
  'lawyer', 'solicitor', 'barrister', 'accountant', 'professor', 'lecturer', 'researcher', 'scientist',
  'expert', 'specialist', 'editor', 'correspondent', 'reporter', 'journalist', 'columnist', 'presenter',
  'broadcaster', 'producer', 'publisher', 'secretary-general', 'director-general', 'registrar',
  'rector', 'principal', 'bishop', 'archbishop', 'cardinal', 'pope', 'imam', 'rabbi', 'cleric', 'doctor',
  'surgeon', 'engineer', 'architect', 'designer', 'developer', 'spokesman', 'representative', 'delegate',
  'organiser', 'organizer', 'coordinator', 'administrator', 'chancellor', 'governor',
] as const;

/** Arts, media and sport. */
const ARTS_AND_SPORT_HEADS = [
  'actor', 'actress', 'star', 'singer', 'musician', 'composer', 'writer', 'author', 'novelist', 'poet',
  'playwright', 'screenwriter', 'director', 'film-maker', 'filmmaker', 'comedian', 'artist', 'painter',
  'photographer', 'dancer', 'coach', 'manager', 'captain', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'winger', 'player', 'sprinter', 'athlete', 'runner', 'champion', 'medallist', 'medalist',
  'skipper', 'referee', 'umpire', 'trainer', 'jockey', 'boxer', 'golfer', 'driver', 'rider', 'cyclist',
  'swimmer', 'batsman', 'bowler', 'fly-half', 'scrum-half', 'full-back',
] as const;

/**
 * Occupations a person practises on their own rather than posts held in a country or an
 * organization: performers, writers, artists, match officials. A list of guests mixes them freely
 * ("former US president Bill Clinton and singer Harry Belafonte"), so such a role never takes its
 * affiliation from a neighbouring role (rule affiliation-from-coordination). compromise's own
 * occupation words (`Actor`) outside the curated heads count as such too.
 */
export const OCCUPATION_HEADS: readonly string[] = [
  'actor', 'actress', 'star', 'singer', 'musician', 'composer', 'writer', 'author', 'novelist', 'poet',
  'playwright', 'screenwriter', 'film-maker', 'filmmaker', 'comedian', 'artist', 'painter', 'photographer',
  'dancer', 'referee', 'umpire',
];

/**
 * Heads that are ordinary adjectives in lower case ("a major bank", "general strike"): they head a
 * title only when capitalized ("Major John Smith", "General Smith").
 */
export const CAPITALIZED_ONLY_HEADS: readonly string[] = ['major', 'general', 'marshal', 'private'];

/** Abbreviated titles written with a dot before a name: "Sen. John Kerry", "Gen. Tommy Franks". */
export const ABBREVIATED_HEADS: readonly string[] = [
  'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'brig', 'supt',
  'insp', 'det', 'amb', 'atty', 'pres', 'cllr',
];

/** Words that stand for "the same post on the other side": the title is copied from the other party. */
export const COUNTERPART_HEADS: readonly string[] = ['counterpart', 'counterparts'];

/** Words that narrow a head: portfolios, ranks and fields ("Defence", "chief", "foreign", "vice"). */
export const ROLE_MODIFIERS: readonly string[] = [
  // ranks and standing
  'chief', 'general', 'deputy', 'vice', 'prime', 'senior', 'junior', 'assistant', 'associate', 'executive',
  'managing', 'principal', 'first', 'second', 'lead', 'head', 'shadow', 'joint', 'co', 'sole', 'non-executive',
  'honorary', 'regional', 'national', 'international', 'global', 'state', 'federal', 'provincial', 'local',
  'city', 'district', 'supreme', 'high', 'grand', 'lord', 'press', 'special', 'top', 'senior', 'permanent',
  'private', 'cabinet', 'opposition', 'party', 'union', 'government', 'club', 'team', 'company',
  'group', 'board', 'military', 'army', 'navy', 'air', 'police', 'defence', 'defense', 'foreign', 'home',
  'interior', 'finance', 'financial', 'economy', 'economic', 'economics', 'trade', 'industry', 'energy',
  'oil', 'health', 'education', 'justice', 'culture', 'transport', 'environment', 'agriculture',
  'information', 'communications', 'technology', 'science', 'intelligence', 'security', 'treasury',
  'tourism', 'housing', 'development', 'immigration', 'budget', 'europe', 'european', 'affairs', 'works',
  'pensions', 'work', 'media', 'sport', 'sports', 'planning', 'investment', 'operating', 'marketing',
  'sales', 'research', 'technical', 'creative', 'artistic', 'musical', 'commercial', 'legal', 'medical',
  'political', 'film', 'football', 'rugby', 'cricket', 'tennis', 'chess', 'test', 'world', 'olympic',
  'commonwealth', 'defensive', 'attacking', 'caretaker', 'acting', 'interim', 'majority', 'minority',
  'house', 'senate', 'parliamentary', 'foreign-affairs', 'vice-president', 'crown', 'public', 'civil',
  // more portfolios
  'commerce', 'employment', 'welfare', 'social', 'children', 'women', 'veterans', 'fisheries',
  'forestry', 'mining', 'water', 'petroleum', 'aviation', 'telecommunications', 'posts', 'religious',
  'heritage', 'arts', 'rural', 'urban', 'infrastructure', 'digital', 'consumer', 'competition',
  'reconstruction', 'labor', 'enterprise', 'northern', 'constitutional', 'environmental', 'trades',
];

/** Words kept in the title that say when the role was held: "former President". */
export const ROLE_TIME_PREFIXES: readonly string[] = [
  'former', 'ex', 'outgoing', 'incoming', 'acting', 'interim', 'then', 'late', 'future', 'retiring',
  'retired', 'founding', 'newly-appointed', 'designate',
];

/** Multi-word titles taken whole (lower case, words separated by single spaces). */
export const ROLE_COMPOUNDS: readonly string[] = [
  'prime minister', 'vice president', 'secretary of state', 'minister of state', 'secretary general',
  'director general', 'attorney general', 'solicitor general', 'surgeon general', 'chief of staff',
  'head of state', 'head of government', 'leader of the opposition', 'chancellor of the exchequer',
  'chief executive', 'chief executive officer', 'managing director', 'first minister', 'first lady',
  'lord chancellor', 'home secretary', 'foreign secretary', 'culture secretary', 'health secretary',
  'education secretary', 'press secretary', 'general secretary', 'lord mayor', 'chief constable',
  'chief of police', 'commander-in-chief', 'editor-in-chief', 'head coach', 'team manager',
  'deputy leader', 'party leader', 'majority leader', 'minority leader', 'speaker of the house',
  'director of public prosecutions', 'under secretary', 'under-secretary', 'permanent secretary', 'chief of the defence staff', 'chief of the general staff',
];

/**
 * Words compromise tags `Actor` that are not positions: kinship, everyday person words, honorifics
 * (honorifics belong to the name, not the role) and states of a person.
 */
export const NOT_ROLE_WORDS: readonly string[] = [
  'acquaintance', 'ancestor', 'anybody', 'apparition', 'aunt', 'auntie', 'baby', 'beings', 'boy',
  'boyfriend', 'bride', 'bro', 'bros', 'brother', 'character', 'child', 'children', 'chum', 'citizen',
  'citizens', 'colleague', 'comrade', 'confidant', 'confidante', 'customer', 'dad', 'daddy', 'daughter',
  'deity', 'denizen', 'descendant', 'dork', 'drifter', 'dude', 'enemy', 'father', 'fella', 'fiance', 'foe',
  'forebear', 'friend', 'genius', 'gentleman', 'ghost', 'girl', 'girlfriend', 'god', 'goddess',
  'grandchild', 'granddaughter', 'grandfather', 'grandma', 'grandmother', 'grandpa', 'grandparent',
  'grandson', 'guest', 'hero', 'heroine', 'hobo', 'human', 'husband', 'icon', 'idol', 'infant',
  'inhabitant', 'kin', 'kinsman', 'kinswoman', 'lad', 'lady', 'lass', 'loser', 'lover', 'man', 'men',
  'mate', 'minion', 'misfit', 'missus', 'mister', 'mom', 'mommy', 'mother', 'mum', 'mummy', 'native',
  'neice', 'neighbor', 'neighbour', 'nemesis', 'nephew', 'niece', 'nobody', 'offspring', 'optimist',
  'orphan', 'outcast', 'pal', 'parental', 'parent', 'parents', 'pariah', 'pawn', 'person', 'people',
  'pessimist', 'phantom', 'phrase', 'playmate', 'population', 'prodigy', 'progeny', 'realist', 'recluse',
  'rogue', 'sinner', 'sissy', 'sister', 'somebody', 'son', 'soul', 'spirit', 'spouse', 'stranger',
  'sweetheart', 'teenager', 'toddler', 'tourist', 'uncle', 'user', 'villain', 'visitor', 'wife', 'woman',
  'women', 'youth', 'fool', 'geek', 'goof', 'nerd', 'wimp', 'witness', 'groom', 'survivor', 'hostage',
  'prisoner', 'refugee', 'immigrant', 'spectator', 'lord', 'sir', 'dame', 'excellency', 'baron',
  'baroness', 'countess', 'dutchess', 'addict', 'affiliate', 'winner', 'loser', 'runner up', 'vip',
  'celebrity', 'senior citizen', 'wage earner', 'role model', 'in law', 'foster parent', 'sweeper', 'fellow',
  // political and moral labels, not positions
  'radical', 'revolutionary', 'patriot', 'martyr', 'rebel', 'anarchist', 'optimist', 'hero', 'outlaw',
];

/** Every head word of the curated lists (lower case). */
export const ROLE_HEADS: readonly string[] = unique([
  ...GOVERNMENT_HEADS,
  ...SECURITY_HEADS,
  ...ORGANIZATION_HEADS,
  ...ARTS_AND_SPORT_HEADS,
]);

/**
 * Flat lower-case list of titles: every head and every compound, plus the common portfolio titles.
 * Read by the people extractor as evidence that a name follows ("Minister Yasar Guler").
 */
export const ROLE_TITLES: readonly string[] = unique([
  ...ROLE_HEADS,
  ...ROLE_COMPOUNDS,
  'defense minister', 'defence minister', 'foreign minister', 'energy minister', 'finance minister',
  'interior minister', 'defence secretary', 'defense secretary', 'foreign secretary', 'home secretary',
]);

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}
