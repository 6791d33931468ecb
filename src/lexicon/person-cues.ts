/**
 * Context words that show that a capitalized neighbour is a person: reporting verbs after a name
 * ("Guler said", "told Reuters"), and person nouns before one ("his counterpart Murhaf Abu Qasra",
 * "striker Alan Shearer", "wife Hillary").
 */

/** Verbs (as written, lower case) that follow a speaker's name: "X said", "X told". */
export const SPEECH_VERBS_AFTER: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes',
  'explained', 'explains', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'claimed',
  'claims', 'stated', 'states', 'announced', 'announces', 'declared', 'declares', 'wrote', 'writes',
  'asked', 'asks', 'replied', 'replies', 'recalled', 'recalls', 'admitted', 'admits', 'confirmed',
  'confirms', 'denied', 'denies', 'urged', 'urges', 'believes', 'believed', 'thinks', 'thought',
  'acknowledged', 'acknowledges', 'conceded', 'concedes', 'suggested', 'suggests', 'predicted',
  'predicts', 'complained', 'complains', 'commented', 'comments', 'reported', 'reports', 'described',
  'describes', 'vowed', 'vows', 'promised', 'promises', 'pledged', 'pledges', 'agreed', 'agrees',
  'who', 'whose', 'himself', 'herself', 'resigned', 'died', 'dies', 'married', 'smiled', 'laughed',
  'shouted', 'whispered', 'joked', 'quipped', 'scored', 'won', 'beat', 'finished', 'struck', 'took',
]);

/** Verbs (lower case) that come before a listener or speaker's name: "told Reuters", "said Smith". */
export const SPEECH_VERBS_BEFORE: ReadonlySet<string> = new Set(['said', 'says', 'added', 'told', 'asked', 'according', 'wrote']);

/**
 * Heads that make an appositive after a name a person ("Valeska Paris , an Australian woman and
 * former member") but are too loose to stand before a name as a cue ("the woman Eva" is a character).
 */
export const APPOSITIVE_PERSON_HEADS: ReadonlySet<string> = new Set([
  'woman', 'man', 'girl', 'boy', 'teenager', 'schoolgirl', 'schoolboy', 'housewife', 'pensioner',
]);

/** Person nouns that stand right before a name (lower case): "counterpart", "striker". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'counterpart', 'colleague', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father',
  'mother', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandson', 'granddaughter', 'widow',
  'partner', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'friend', 'rival', 'opponent', 'successor',
  'predecessor', 'deputy', 'aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson',
  'lawyer', 'attorney', 'author', 'writer', 'novelist', 'poet', 'journalist', 'reporter', 'editor',
  'actor', 'actress', 'singer', 'star', 'director', 'producer', 'composer', 'artist', 'painter',
  'musician', 'guitarist', 'drummer', 'rapper', 'comedian', 'presenter', 'host', 'chef', 'designer',
  'architect', 'economist', 'analyst', 'scientist', 'researcher', 'professor', 'student', 'teacher',
  'doctor', 'surgeon', 'nurse', 'leader', 'chief', 'boss', 'head', 'manager', 'coach', 'trainer',
  'captain', 'player', 'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper',
  'winger', 'batsman', 'bowler', 'all-rounder', 'off-spinner', 'spinner', 'opener', 'wicketkeeper',
  'pitcher', 'quarterback', 'champion', 'titleholder', 'skipper', 'veteran', 'rookie', 'teammate',
  'team-mate', 'compatriot', 'countryman', 'seed', 'jockey', 'rider', 'driver', 'cyclist', 'runner',
  'sprinter', 'swimmer', 'boxer', 'golfer', 'challenger', 'newcomer', 'hopeful', 'international',
  'founder', 'owner', 'chairman', 'chairwoman', 'executive', 'ceo', 'chancellor', 'premier', 'minister',
  'president', 'secretary', 'senator', 'governor', 'mayor', 'ambassador', 'envoy', 'official',
  'commander', 'general', 'officer', 'candidate', 'nominee', 'challenger', 'dissident', 'activist',
  'businessman', 'businesswoman', 'tycoon', 'billionaire', 'millionaire', 'entrepreneur', 'investor',
  'banker', 'judge', 'prosecutor', 'defendant', 'suspect', 'victim', 'witness', 'legend', 'great',
  'mp', 'mep', 'lawmaker', 'legislator', 'politician', 'diplomat', 'negotiator', 'mediator',
  'ruler', 'monarch', 'dictator', 'strongman', 'cleric', 'preacher', 'priest', 'bishop', 'militant',
  'rebel', 'soldier', 'pilot', 'astronaut', 'explorer', 'inventor', 'philosopher', 'historian',
  'critic', 'commentator', 'columnist', 'photographer', 'model', 'dancer', 'ballerina',
]);
