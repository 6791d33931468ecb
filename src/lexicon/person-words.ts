/**
 * Person words: every noun for a person by post, occupation or relation, and the words that narrow
 * a title, in ONE tagged table. Each word appears once, with the tags of every use it has:
 *
 * - `head`: ends a title ("minister", "chairman"); a role phrase is read as
 *   `[time prefix] [affiliation] [modifier…] head`, e.g. "former" + "US" + "Defence" + "Secretary".
 *   Besides these, compromise's own occupation words (its `Actor` tag: "economist", "playwright")
 *   count as heads, minus the `not-role` words.
 * - `occupation`: a head practised on one's own (performers, writers, artists, match officials), not
 *   a post held in a country or an organization. A list of guests mixes them freely ("former US
 *   president Bill Clinton and singer Harry Belafonte"), so such a role never takes its affiliation
 *   from a neighbouring role (rule affiliation-from-coordination).
 * - `counterpart`: "the same post on the other side"; the title is copied from the other party.
 * - `capitalized-only`: an ordinary adjective in lower case ("a major bank", "general strike"), a head
 *   only when capitalized ("Major John Smith", "General Smith").
 * - `modifier`: narrows a head: portfolios, ranks and fields ("Defence", "chief", "foreign", "vice").
 *   A few words are both ("chief" in "chief executive" and "army chief").
 * - `before-name`: stands right before a name and shows that a person follows ("his counterpart
 *   Murhaf Abu Qasra", "striker Alan Shearer", "wife Hillary"); read by the people extractor.
 * - `appositive`: makes an appositive after a name a person ("Valeska Paris, an Australian woman")
 *   but is too loose to stand before a name as a cue ("the woman Eva" is a character).
 * - `speaker`: heads a description of a speaker ("a spokesman", "the minister", "officials") or
 *   names an organization or document that speaks ("the ministry", "the statement").
 * - `institution`: a modifier that, capitalized at the start of a title, names the body the title
 *   belongs to: "Treasury Under Secretary" (affiliation Treasury), "Army Chief of Staff".
 * - `not-role`: a word compromise tags `Actor` that is no position: kinship, everyday person words,
 *   honorifics (they belong to the name, not the role) and states of a person.
 *
 * Multi-word titles ({@link ROLE_COMPOUNDS}), time prefixes and abbreviated titles are listed below it.
 */
import { table } from './table.js';

export type PersonWordTag =
  | 'head' | 'occupation' | 'counterpart' | 'capitalized-only' | 'modifier'
  | 'before-name' | 'appositive' | 'speaker' | 'not-role' | 'institution';

/** Lower-case word → its tags, space-separated. */
const PERSON_WORDS: Readonly<Record<string, string>> = table({
  // Heads of government, state, parliament and diplomacy.
  president: 'head before-name speaker', minister: 'head before-name speaker', premier: 'head before-name',
  chancellor: 'head before-name', secretary: 'head before-name speaker',
  governor: 'head before-name speaker', senator: 'head before-name speaker', congressman: 'head speaker',
  congresswoman: 'head speaker', mayor: 'head before-name speaker', councillor: 'head', councilor: 'head',
  mp: 'head before-name', mep: 'head before-name', lawmaker: 'head before-name speaker',
  legislator: 'head before-name', deputy: 'head modifier before-name', speaker: 'head',
  ambassador: 'head before-name', envoy: 'head before-name', diplomat: 'head before-name', consul: 'head',
  commissioner: 'head', spokesman: 'head before-name speaker', spokeswoman: 'head before-name speaker',
  spokesperson: 'head before-name speaker', official: 'head before-name speaker',
  adviser: 'head before-name speaker', advisor: 'head before-name speaker', aide: 'head before-name speaker',
  negotiator: 'head before-name', leader: 'head before-name speaker', king: 'head', queen: 'head',
  prince: 'head', princess: 'head', emperor: 'head', monarch: 'head before-name', sultan: 'head',
  emir: 'head', sheikh: 'head', taoiseach: 'head', whip: 'head', attorney: 'head before-name speaker',
  prosecutor: 'head before-name', judge: 'head before-name', magistrate: 'head', ombudsman: 'head',
  regulator: 'head', candidate: 'head before-name speaker', nominee: 'head before-name speaker',
  campaigner: 'head', activist: 'head before-name',
  // Military and police ranks and posts.
  general: 'head capitalized-only modifier before-name', commander: 'head before-name', admiral: 'head',
  colonel: 'head', major: 'head capitalized-only', captain: 'head before-name', capt: 'head', lieutenant: 'head',
  sergeant: 'head', marshal: 'head capitalized-only', brigadier: 'head', commandant: 'head',
  chief: 'head modifier before-name speaker', officer: 'head before-name', inspector: 'head',
  superintendent: 'head', constable: 'head', detective: 'head',
  // Business, institutions and the professions.
  director: 'head before-name speaker', executive: 'head modifier before-name speaker',
  chairman: 'head before-name speaker', chairwoman: 'head before-name speaker', chairperson: 'head',
  chair: 'head speaker', ceo: 'head before-name', cfo: 'head', coo: 'head', cto: 'head',
  founder: 'head before-name', 'co-founder': 'head', owner: 'head before-name',
  boss: 'head before-name speaker', head: 'head modifier before-name', manager: 'head before-name speaker',
  treasurer: 'head', trustee: 'head', partner: 'head before-name', analyst: 'head before-name speaker',
  economist: 'head before-name speaker', strategist: 'head speaker', consultant: 'head',
  banker: 'head before-name', broker: 'head', trader: 'head', lawyer: 'head before-name speaker',
  solicitor: 'head', barrister: 'head', accountant: 'head', professor: 'head before-name', lecturer: 'head',
  researcher: 'head before-name speaker', scientist: 'head before-name', expert: 'head speaker',
  specialist: 'head', editor: 'head before-name', correspondent: 'head', reporter: 'head before-name',
  journalist: 'head before-name', columnist: 'head before-name', presenter: 'head before-name',
  broadcaster: 'head', producer: 'head before-name', publisher: 'head', 'secretary-general': 'head',
  'director-general': 'head', registrar: 'head', rector: 'head', principal: 'head modifier',
  bishop: 'head before-name', archbishop: 'head', cardinal: 'head', pope: 'head', imam: 'head',
  rabbi: 'head', cleric: 'head before-name', doctor: 'head before-name speaker', surgeon: 'head before-name',
  engineer: 'head', architect: 'head before-name', designer: 'head before-name', developer: 'head',
  representative: 'head speaker', delegate: 'head', organiser: 'head', organizer: 'head',
  coordinator: 'head', administrator: 'head',
  backbencher: 'head', peer: 'head', alderman: 'head', sheriff: 'head', provost: 'head', mayoress: 'head',
  headteacher: 'head', headmaster: 'head', headmistress: 'head', 'vice-chancellor': 'head', lobbyist: 'head',
  auditor: 'head', magnate: 'head', steward: 'head', coroner: 'head', pathologist: 'head', psychiatrist: 'head',
  paramedic: 'head', midwife: 'head', dentist: 'head', physicist: 'head', chemist: 'head',
  biologist: 'head', archaeologist: 'head', warlord: 'head',
  // Arts, media and sport.
  actor: 'head occupation before-name', actress: 'head occupation before-name',
  star: 'head occupation before-name', singer: 'head occupation before-name',
  musician: 'head occupation before-name', composer: 'head occupation before-name',
  writer: 'head occupation before-name', author: 'head occupation before-name',
  novelist: 'head occupation before-name', poet: 'head occupation before-name',
  playwright: 'head occupation', screenwriter: 'head occupation', 'film-maker': 'head occupation',
  filmmaker: 'head occupation', comedian: 'head occupation before-name',
  artist: 'head occupation before-name', painter: 'head occupation before-name',
  photographer: 'head occupation before-name', dancer: 'head occupation before-name',
  coach: 'head before-name speaker', striker: 'head before-name', midfielder: 'head before-name',
  defender: 'head before-name', goalkeeper: 'head before-name', winger: 'head before-name',
  player: 'head before-name speaker', sprinter: 'head before-name', athlete: 'head',
  runner: 'head before-name', champion: 'head before-name', medallist: 'head', medalist: 'head',
  skipper: 'head before-name', referee: 'head occupation', umpire: 'head occupation',
  trainer: 'head before-name', jockey: 'head before-name', boxer: 'head before-name',
  golfer: 'head before-name', driver: 'head before-name', rider: 'head before-name',
  cyclist: 'head before-name', swimmer: 'head before-name', batsman: 'head before-name',
  bowler: 'head before-name', 'fly-half': 'head', 'scrum-half': 'head', 'full-back': 'head',
  flanker: 'head', 'centre-back': 'head', fullback: 'head', playmaker: 'head', 'centre-forward': 'head',
  'wicket-keeper': 'head', seamer: 'head', hurdler: 'head', gymnast: 'head', rower: 'head', skater: 'head',
  snowboarder: 'head', racer: 'head', linesman: 'head occupation', lineswoman: 'head occupation', pundit: 'head',
  // musicians and performers stand before a name as "guitarist", "drummer" and "singer" do ("frontman Bono")
  frontman: 'head occupation before-name', frontwoman: 'head occupation before-name', dj: 'head occupation',
  vocalist: 'head occupation before-name', bassist: 'head occupation before-name', keyboardist: 'head occupation before-name',
  pianist: 'head occupation before-name', violinist: 'head occupation before-name', cellist: 'head occupation before-name',
  choreographer: 'head occupation before-name',
  // Heads with a property of their own: the same post on the other side; capitalized only.
  counterpart: 'counterpart before-name', counterparts: 'counterpart', private: 'capitalized-only modifier',
  // Modifiers: words that narrow a head (portfolios, ranks, fields).
  vice: 'modifier', prime: 'modifier', senior: 'modifier', junior: 'modifier', assistant: 'modifier',
  associate: 'modifier', managing: 'modifier', first: 'modifier', second: 'modifier', lead: 'modifier',
  shadow: 'modifier', joint: 'modifier', co: 'modifier', sole: 'modifier', 'non-executive': 'modifier',
  honorary: 'modifier', regional: 'modifier', national: 'modifier', international: 'modifier before-name',
  global: 'modifier', state: 'modifier', federal: 'modifier', provincial: 'modifier', local: 'modifier',
  city: 'modifier', district: 'modifier', supreme: 'modifier', high: 'modifier', grand: 'modifier',
  press: 'modifier', special: 'modifier', top: 'modifier', permanent: 'modifier', cabinet: 'modifier',
  opposition: 'modifier', party: 'modifier', union: 'modifier', government: 'modifier speaker',
  club: 'modifier', team: 'modifier', company: 'modifier speaker', group: 'modifier speaker',
  board: 'modifier', military: 'modifier', army: 'modifier institution', navy: 'modifier institution', air: 'modifier',
  police: 'modifier speaker institution', defence: 'modifier', defense: 'modifier', foreign: 'modifier',
  home: 'modifier', interior: 'modifier', finance: 'modifier', financial: 'modifier', economy: 'modifier',
  economic: 'modifier', economics: 'modifier', trade: 'modifier', industry: 'modifier', energy: 'modifier',
  oil: 'modifier', health: 'modifier', education: 'modifier', justice: 'modifier', culture: 'modifier',
  transport: 'modifier', environment: 'modifier', agriculture: 'modifier', information: 'modifier',
  communications: 'modifier', technology: 'modifier', science: 'modifier', intelligence: 'modifier',
  security: 'modifier', treasury: 'modifier institution', tourism: 'modifier', housing: 'modifier',
  development: 'modifier', immigration: 'modifier', budget: 'modifier', europe: 'modifier',
  european: 'modifier', affairs: 'modifier', works: 'modifier', pensions: 'modifier', work: 'modifier',
  media: 'modifier', sport: 'modifier', sports: 'modifier', planning: 'modifier', investment: 'modifier',
  operating: 'modifier', marketing: 'modifier', sales: 'modifier', research: 'modifier',
  technical: 'modifier', creative: 'modifier', artistic: 'modifier', musical: 'modifier',
  commercial: 'modifier', legal: 'modifier', medical: 'modifier', political: 'modifier', film: 'modifier',
  football: 'modifier', rugby: 'modifier', cricket: 'modifier', tennis: 'modifier', chess: 'modifier',
  test: 'modifier', world: 'modifier', olympic: 'modifier', commonwealth: 'modifier', defensive: 'modifier',
  attacking: 'modifier', caretaker: 'modifier', acting: 'modifier', interim: 'modifier',
  majority: 'modifier', minority: 'modifier', house: 'modifier', senate: 'modifier institution',
  parliamentary: 'modifier', 'foreign-affairs': 'modifier', 'vice-president': 'modifier', crown: 'modifier',
  public: 'modifier', civil: 'modifier', commerce: 'modifier', employment: 'modifier', welfare: 'modifier',
  social: 'modifier', veterans: 'modifier', fisheries: 'modifier', forestry: 'modifier', mining: 'modifier',
  water: 'modifier', petroleum: 'modifier', aviation: 'modifier', telecommunications: 'modifier',
  posts: 'modifier', religious: 'modifier', heritage: 'modifier', arts: 'modifier', rural: 'modifier',
  urban: 'modifier', infrastructure: 'modifier', digital: 'modifier', consumer: 'modifier',
  competition: 'modifier', reconstruction: 'modifier', labor: 'modifier', enterprise: 'modifier',
  northern: 'modifier', constitutional: 'modifier', environmental: 'modifier', trades: 'modifier',
  // Person words that are no position: kinship, everyday person words, honorifics, states of a person.
  lord: 'modifier not-role', children: 'modifier not-role', women: 'modifier not-role',
  acquaintance: 'not-role', ancestor: 'not-role', anybody: 'not-role', apparition: 'not-role',
  aunt: 'before-name not-role', auntie: 'not-role', baby: 'not-role', beings: 'not-role',
  boy: 'appositive not-role', boyfriend: 'before-name not-role', bride: 'not-role', bro: 'not-role',
  bros: 'not-role', brother: 'before-name not-role', character: 'not-role', child: 'not-role',
  chum: 'not-role', citizen: 'not-role', citizens: 'not-role', colleague: 'before-name not-role',
  comrade: 'not-role', confidant: 'not-role', confidante: 'not-role', customer: 'not-role', dad: 'not-role',
  daddy: 'not-role', daughter: 'before-name speaker not-role', deity: 'not-role', denizen: 'not-role',
  descendant: 'not-role', dork: 'not-role', drifter: 'not-role', dude: 'not-role', enemy: 'not-role',
  father: 'before-name speaker not-role', fella: 'not-role', fiance: 'before-name not-role', foe: 'not-role',
  forebear: 'not-role', friend: 'before-name not-role', genius: 'not-role', gentleman: 'not-role',
  ghost: 'not-role', girl: 'appositive not-role', girlfriend: 'before-name not-role', god: 'not-role',
  goddess: 'not-role', grandchild: 'not-role', granddaughter: 'before-name not-role',
  grandfather: 'not-role', grandma: 'not-role', grandmother: 'not-role', grandpa: 'not-role',
  grandparent: 'not-role', grandson: 'before-name not-role', guest: 'not-role', hero: 'not-role',
  heroine: 'not-role', hobo: 'not-role', human: 'not-role', husband: 'before-name speaker not-role',
  icon: 'not-role', idol: 'not-role', infant: 'not-role', inhabitant: 'not-role', kin: 'not-role',
  kinsman: 'not-role', kinswoman: 'not-role', lad: 'not-role', lady: 'not-role', lass: 'not-role',
  loser: 'not-role', lover: 'not-role', man: 'appositive speaker not-role', men: 'not-role',
  mate: 'not-role', minion: 'not-role', misfit: 'not-role', missus: 'not-role', mister: 'not-role',
  mom: 'not-role', mommy: 'not-role', mother: 'before-name speaker not-role', mum: 'not-role',
  mummy: 'not-role', native: 'not-role', neice: 'not-role', neighbor: 'not-role', neighbour: 'not-role',
  nemesis: 'not-role', nephew: 'before-name not-role', niece: 'before-name not-role', nobody: 'not-role',
  offspring: 'not-role', optimist: 'not-role', orphan: 'not-role', outcast: 'not-role', pal: 'not-role',
  parental: 'not-role', parent: 'not-role', parents: 'not-role', pariah: 'not-role', pawn: 'not-role',
  person: 'not-role', people: 'speaker not-role', pessimist: 'not-role', phantom: 'not-role',
  phrase: 'not-role', playmate: 'not-role', population: 'not-role', prodigy: 'not-role', progeny: 'not-role',
  realist: 'not-role', recluse: 'not-role', rogue: 'not-role', sinner: 'not-role', sissy: 'not-role',
  sister: 'before-name not-role', somebody: 'not-role', son: 'before-name speaker not-role',
  soul: 'not-role', spirit: 'not-role', spouse: 'not-role', stranger: 'not-role', sweetheart: 'not-role',
  teenager: 'appositive not-role', toddler: 'not-role', tourist: 'not-role', uncle: 'before-name not-role',
  user: 'not-role', villain: 'not-role', visitor: 'not-role', wife: 'before-name speaker not-role',
  woman: 'appositive speaker not-role', youth: 'not-role', fool: 'not-role', geek: 'not-role',
  goof: 'not-role', nerd: 'not-role', wimp: 'not-role', witness: 'before-name speaker not-role',
  groom: 'not-role', survivor: 'not-role', hostage: 'not-role', prisoner: 'not-role', refugee: 'not-role',
  immigrant: 'not-role', spectator: 'not-role', sir: 'not-role', dame: 'not-role', excellency: 'not-role',
  baron: 'not-role', baroness: 'not-role', countess: 'not-role', dutchess: 'not-role', addict: 'not-role',
  affiliate: 'not-role', winner: 'appositive not-role', 'runner up': 'not-role', vip: 'not-role', celebrity: 'not-role',
  'senior citizen': 'not-role', 'wage earner': 'not-role', 'role model': 'not-role', 'in law': 'not-role',
  'foster parent': 'not-role', sweeper: 'not-role', fellow: 'not-role', radical: 'not-role', contender: 'not-role',
  revolutionary: 'not-role', patriot: 'not-role', martyr: 'not-role', rebel: 'before-name not-role',
  anarchist: 'not-role', outlaw: 'not-role',
  // Other person nouns: relations, sport positions, walks of life.
  cousin: 'before-name', widow: 'before-name', fiancee: 'before-name', rival: 'before-name',
  opponent: 'before-name', successor: 'before-name', predecessor: 'before-name', guitarist: 'head occupation before-name',
  drummer: 'head occupation before-name', rapper: 'before-name', host: 'before-name', chef: 'before-name',
  student: 'before-name', teacher: 'before-name', nurse: 'head before-name', forward: 'before-name',
  keeper: 'before-name', 'all-rounder': 'head before-name', 'off-spinner': 'before-name', spinner: 'before-name',
  opener: 'before-name', wicketkeeper: 'head before-name', pitcher: 'before-name', quarterback: 'before-name',
  titleholder: 'before-name', veteran: 'before-name not-role', rookie: 'before-name', teammate: 'before-name',
  'team-mate': 'before-name', compatriot: 'before-name', countryman: 'before-name', seed: 'before-name',
  challenger: 'head before-name', newcomer: 'before-name', hopeful: 'before-name', dissident: 'before-name',
  businessman: 'before-name', businesswoman: 'before-name', tycoon: 'before-name',
  billionaire: 'before-name', millionaire: 'before-name', entrepreneur: 'before-name',
  investor: 'before-name', defendant: 'before-name', suspect: 'before-name', victim: 'before-name',
  legend: 'before-name', great: 'before-name', politician: 'before-name', mediator: 'before-name',
  ruler: 'before-name', dictator: 'before-name', strongman: 'before-name', preacher: 'before-name',
  priest: 'before-name', militant: 'before-name', soldier: 'before-name', pilot: 'before-name',
  astronaut: 'before-name', explorer: 'before-name', inventor: 'before-name', philosopher: 'before-name',
  historian: 'before-name', critic: 'before-name speaker', commentator: 'before-name', model: 'before-name',
  ballerina: 'before-name', schoolgirl: 'appositive', schoolboy: 'appositive', housewife: 'appositive',
  pensioner: 'appositive',
  // Speaker descriptions that are no person noun: plurals, groups, organizations, documents.
  spokesmen: 'speaker', spokespeople: 'speaker', officials: 'speaker', ministers: 'speaker',
  aides: 'speaker', advisers: 'speaker', advisors: 'speaker', source: 'speaker', sources: 'speaker',
  analysts: 'speaker', experts: 'speaker', lawyers: 'speaker', leaders: 'speaker', pollster: 'head speaker',
  witnesses: 'speaker', resident: 'speaker', residents: 'speaker', voter: 'speaker', voters: 'speaker',
  supporter: 'speaker', supporters: 'speaker', critics: 'speaker', statement: 'speaker', report: 'speaker',
  ministry: 'speaker', agency: 'speaker', campaign: 'speaker', committee: 'speaker', department: 'speaker',
  firm: 'speaker', office: 'speaker', lawmakers: 'speaker', democrat: 'speaker', democrats: 'speaker',
  republican: 'speaker', republicans: 'speaker', economists: 'speaker', researchers: 'speaker',
});

const TAGS: readonly PersonWordTag[] = [
  'head', 'occupation', 'counterpart', 'capitalized-only', 'modifier', 'before-name', 'appositive', 'speaker', 'not-role',
  'institution',
];

/** The tags of one lower-case word (empty when the table does not list it). */
export function personWordTags(word: string): readonly PersonWordTag[] {
  const tags = PERSON_WORDS[word];
  return tags === undefined ? [] : TAGS.filter((t) => tags.split(' ').includes(t));
}

/** Every listed word (for the lexicon lint). */
export function listedPersonWords(): readonly string[] {
  return Object.keys(PERSON_WORDS);
}

/** The words carrying `tag`. */
export function personWordsTagged(tag: PersonWordTag): ReadonlySet<string> {
  return new Set(Object.keys(PERSON_WORDS).filter((w) => PERSON_WORDS[w]!.split(' ').includes(tag)));
}

/** Every curated head word. */
export const ROLE_HEADS: ReadonlySet<string> = personWordsTagged('head');
export const OCCUPATION_HEADS: ReadonlySet<string> = personWordsTagged('occupation');
export const COUNTERPART_HEADS: ReadonlySet<string> = personWordsTagged('counterpart');
export const CAPITALIZED_ONLY_HEADS: ReadonlySet<string> = personWordsTagged('capitalized-only');
export const ROLE_MODIFIERS: ReadonlySet<string> = personWordsTagged('modifier');
export const NOT_ROLE_WORDS: ReadonlySet<string> = personWordsTagged('not-role');
/** Person nouns that stand right before a name: "counterpart", "striker". */
export const PERSON_NOUNS: ReadonlySet<string> = personWordsTagged('before-name');
export const APPOSITIVE_PERSON_HEADS: ReadonlySet<string> = personWordsTagged('appositive');
/** Heads of a speaker description: "a spokesman", "the ministry", "officials". */
export const SPEAKER_NOUNS: ReadonlySet<string> = personWordsTagged('speaker');

/** Abbreviated titles written with a dot before a name: "Sen. John Kerry", "Gen. Tommy Franks". */
export const ABBREVIATED_HEADS: readonly string[] = [
  'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'brig', 'supt',
  'insp', 'det', 'amb', 'atty', 'pres', 'cllr',
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
 * Flat lower-case list of titles: every head and every compound, plus the common portfolio titles.
 * Read by the people extractor as evidence that a name follows ("Minister Yasar Guler").
 */
export const ROLE_TITLES: readonly string[] = [
  ...new Set([
    ...ROLE_HEADS,
    ...ROLE_COMPOUNDS,
    'defense minister', 'defence minister', 'foreign minister', 'energy minister', 'finance minister',
    'interior minister', 'defence secretary', 'defense secretary', 'foreign secretary', 'home secretary',
  ]),
];

/**
 * Nouns for a person's own relations and aides, which only a person has: "Obama's national security
 * advisor", "Blair's wife". After the possessive of a lone name they show the name to be a person's
 * (a firm or a country has spokesmen and ministers, not a wife or an adviser of its own in the same way).
 */
export const PERSONAL_RELATION_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'widow', 'widower', 'son', 'sons', 'daughter', 'daughters', 'mother', 'father', 'parents',
  'brother', 'brothers', 'sister', 'sisters', 'children', 'grandson', 'granddaughter', 'nephew', 'niece', 'uncle',
  'aunt', 'cousin', 'girlfriend', 'boyfriend', 'fiance', 'fiancée', 'fiancé', 'mistress', 'biographer',
  'adviser', 'advisor', 'advisers', 'advisors', 'aide', 'aides', 'bodyguard', 'bodyguards',
]);

/**
 * Nouns for a family taken as a whole: after "the <Name>" the name names the family, not one of its
 * people ("the Bernoulli family", "the May family", "the August twins"). Read by the date rules (no
 * month there) and by the people extractor (no person mention there).
 */
export const FAMILY_NOUNS: ReadonlySet<string> = new Set([
  'family', 'families', 'household', 'clan', 'brothers', 'sisters', 'twins', 'siblings', 'children', 'couple',
  'dynasty', 'parents',
]);
