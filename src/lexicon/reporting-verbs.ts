/**
 * Reporting verbs ("cues") as data, in lower case, every inflected form listed (lookups need no
 * lemmatizer). Textacy's REPORTING_VERBS and CoreNLP's quote attribution verb list were the
 * starting point; news-specific verbs (tweeted, posted) are added.
 */
const LEMMAS: readonly (readonly string[])[] = [
  // [base, 3rd person, past, gerund]
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['warn', 'warns', 'warned', 'warning'],
  ['write', 'writes', 'wrote', 'writing'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['note', 'notes', 'noted', 'noting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['ask', 'asks', 'asked', 'asking'],
  ['reply', 'replies', 'replied', 'replying'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['continue', 'continues', 'continued', 'continuing'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['observe', 'observes', 'observed', 'observing'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['counter', 'counters', 'countered', 'countering'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['respond', 'responds', 'responded', 'responding'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['yell', 'yells', 'yelled', 'yelling'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['comment', 'comments', 'commented', 'commenting'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['promise', 'promises', 'promised', 'promising'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['urge', 'urges', 'urged', 'urging'],
  ['contend', 'contends', 'contended', 'contending'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['charge', 'charges', 'charged', 'charging'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['post', 'posts', 'posted', 'posting'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['deny', 'denies', 'denied', 'denying'],
  ['report', 'reports', 'reported', 'reporting'],
  ['state', 'states', 'stated', 'stating'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['tout', 'touts', 'touted', 'touting'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['mock', 'mocks', 'mocked', 'mocking'],
  ['scoff', 'scoffs', 'scoffed', 'scoffing'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['whisper', 'whispers', 'whispered', 'whispering'],
  ['chant', 'chants', 'chanted', 'chanting'],
  ['read', 'reads', 'read', 'reading'],
  ['answer', 'answers', 'answered', 'answering'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['agree', 'agrees', 'agreed', 'agreeing'],
  ['describe', 'describes', 'described', 'describing'],
  ['call', 'calls', 'called', 'calling'],
  ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['point', 'points', 'pointed', 'pointing'], // "pointed out"
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['retort', 'retorts', 'retorted', 'retorting'],
  ['blast', 'blasts', 'blasted', 'blasting'],
  ['slam', 'slams', 'slammed', 'slamming'],
  ['thunder', 'thunders', 'thundered', 'thundering'],
  ['muse', 'muses', 'mused', 'musing'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['believe', 'believes', 'believed', 'believing'],
  ['echo', 'echoes', 'echoed', 'echoing'],
  ['assure', 'assures', 'assured', 'assuring'],
  ['wonder', 'wonders', 'wondered', 'wondering'],
  ['fume', 'fumes', 'fumed', 'fuming'],
  ['interject', 'interjects', 'interjected', 'interjecting'],
  ['elaborate', 'elaborates', 'elaborated', 'elaborating'],
  ['press', 'presses', 'pressed', 'pressing'],
  ['bark', 'barks', 'barked', 'barking'],
  ['plead', 'pleads', 'pleaded', 'pleading'],
  ['gush', 'gushes', 'gushed', 'gushing'],
  ['grumble', 'grumbles', 'grumbled', 'grumbling'],
  ['scold', 'scolds', 'scolded', 'scolding'],
  ['chide', 'chides', 'chided', 'chiding'],
  ['sneer', 'sneers', 'sneered', 'sneering'],
  ['interrupt', 'interrupts', 'interrupted', 'interrupting'],
  ['repeat', 'repeats', 'repeated', 'repeating'],
  ['indicate', 'indicates', 'indicated', 'indicating'],
  ['email', 'emails', 'emailed', 'emailing'],
  // common news reporting verbs that the starting lists lacked (not those mostly read as nouns or
  // objects: protest, hint, sigh, mention)
  ['speculate', 'speculates', 'speculated', 'speculating'],
  ['recommend', 'recommends', 'recommended', 'recommending'],
  ['opine', 'opines', 'opined', 'opining'],
  ['affirm', 'affirms', 'affirmed', 'affirming'],
  ['disclose', 'discloses', 'disclosed', 'disclosing'],
  ['confide', 'confides', 'confided', 'confiding'],
  ['inform', 'informs', 'informed', 'informing'],
  ['mutter', 'mutters', 'muttered', 'muttering'],
  ['murmur', 'murmurs', 'murmured', 'murmuring'],
  ['mumble', 'mumbles', 'mumbled', 'mumbling'],
  ['gloat', 'gloats', 'gloated', 'gloating'],
  ['inquire', 'inquires', 'inquired', 'inquiring'],
  ['enquire', 'enquires', 'enquired', 'enquiring'],
  ['concur', 'concurs', 'concurred', 'concurring'],
  ['rebut', 'rebuts', 'rebutted', 'rebutting'],
  ['intone', 'intones', 'intoned', 'intoning'],
  ['theorize', 'theorizes', 'theorized', 'theorizing'],
  ['theorise', 'theorises', 'theorised', 'theorising'],
  ['posit', 'posits', 'posited', 'positing'],
  ['reckon', 'reckons', 'reckoned', 'reckoning'],
  ['remind', 'reminds', 'reminded', 'reminding'],
  ['estimate', 'estimates', 'estimated', 'estimating'], // a cue only before "that" (THAT_ONLY_CUES)
];

/**
 * Verbs that characterize what someone said or wrote, used with partial quotes in the same
 * sentence ("Clinton criticized the act as a “crazy system”", "Trump likened the refugees to a
 * “vicious snake”"). They never mark reported speech without quotation marks.
 */
const CHARACTERIZING: readonly (readonly string[])[] = [
  ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ['criticise', 'criticises', 'criticised', 'criticising'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  ['liken', 'likens', 'likened', 'likening'],
  ['compare', 'compares', 'compared', 'comparing'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['attack', 'attacks', 'attacked', 'attacking'],
  ['hail', 'hails', 'hailed', 'hailing'],
  ['laud', 'lauds', 'lauded', 'lauding'],
  ['praise', 'praises', 'praised', 'praising'],
  ['label', 'labels', 'labeled', 'labeling'],
  ['labelled', 'labelling'],
  ['dub', 'dubs', 'dubbed', 'dubbing'],
  ['brand', 'brands', 'branded', 'branding'],
  ['condemn', 'condemns', 'condemned', 'condemning'],
  ['exhort', 'exhorts', 'exhorted', 'exhorting'],
  ['sing', 'sings', 'sang', 'singing'],
  ['reference', 'references', 'referenced', 'referencing'],
  ['cite', 'cites', 'cited', 'citing'],
  ['decry', 'decries', 'decried', 'decrying'],
  ['denounce', 'denounces', 'denounced', 'denouncing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['deride', 'derides', 'derided', 'deriding'],
  ['ridicule', 'ridicules', 'ridiculed', 'ridiculing'],
  ['characterize', 'characterizes', 'characterized', 'characterizing'],
  ['rule', 'rules', 'ruled', 'ruling'],
  ['find', 'finds', 'found', 'finding'],
  ['rate', 'rates', 'rated', 'rating'],
  ['blame', 'blames', 'blamed', 'blaming'],
  ['defend', 'defends', 'defended', 'defending'],
  ['thank', 'thanks', 'thanked', 'thanking'],
  ['bemoan', 'bemoans', 'bemoaned', 'bemoaning'],
  ['pronounce', 'pronounces', 'pronounced', 'pronouncing'],
  ['refer', 'refers', 'referred', 'referring'],
  ['imply', 'implies', 'implied', 'implying'],
  ['express', 'expresses', 'expressed', 'expressing'],
  ['apologize', 'apologizes', 'apologized', 'apologizing'],
  ['lambaste', 'lambastes', 'lambasted', 'lambasting'],
  ['mimic', 'mimics', 'mimicked', 'mimicking'],
];

/**
 * Verbs that introduce a quote or a reported clause. "call", "describe", "read", "believe" and
 * "agree" are weak cues: they count next to a quote (`called it "a disgrace"`), never for
 * reported speech without marks.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([...LEMMAS.flat(), ...CHARACTERIZING.flat()]);

/** The base forms ("press", "state", "report"), which are also nouns: "press secretary", "state senator". */
export const REPORTING_BASE_FORMS: ReadonlySet<string> = new Set(LEMMAS.map((forms) => forms[0]!));

const WEAK_LEMMAS = new Set(['call', 'describe', 'read', 'believe', 'agree', 'point', 'continue', 'report', 'state', 'post', 'charge', 'note', 'answer', 'promise', 'predict', 'press', 'repeat', 'indicate', 'email', 'interrupt', 'wonder', 'disclose', 'recommend', 'inform', 'remind', 'reckon', 'estimate']);

/** Verbs that take a reported clause ("said (that) …") and so mark indirect speech without quotes. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  LEMMAS.filter((forms) => !WEAK_LEMMAS.has(forms[0]!)).flat().filter((w) => !w.endsWith('ing')),
);

/**
 * Weak cues that still report speech when "that" opens their clause: "The Daily Bugle reported on
 * Sunday that …", "Clinton noted that …", "the agency estimated that …". Not "believe", "agree",
 * "wonder" (thoughts, not statements), nor "call", "describe", "read" (they take no clause).
 */
export const THAT_CLAUSE_VERBS: ReadonlySet<string> = new Set(
  ['note', 'report', 'state', 'post', 'disclose', 'indicate', 'repeat', 'predict', 'promise', 'remind', 'inform', 'email', 'charge', 'answer', 'estimate']
    .flatMap((base) => LEMMAS.find((forms) => forms[0] === base) ?? [])
    .filter((w) => !w.endsWith('ing')),
);

/** Cue words that are mostly nouns or plain verbs unless "that" follows: "Cost estimates, he added, …". */
export const THAT_ONLY_CUES: ReadonlySet<string> = new Set(['estimate', 'estimates', 'estimated', 'estimating', 'find', 'finds', 'found', 'finding']);

/** Speech verbs that take a reported clause without "that" ("Guler said it was premature …"); the others need "that". */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set(
  ['say', 'tell', 'add', 'stress', 'warn', 'insist', 'argue', 'claim', 'explain', 'admit', 'acknowledge', 'suggest', 'concede', 'contend', 'write', 'tweet', 'reply', 'respond', 'assert', 'predict', 'announce', 'confirm', 'reveal', 'note']
    .flatMap((base) => LEMMAS.find((forms) => forms[0] === base) ?? [])
    .filter((w) => !w.endsWith('ing')),
);

/**
 * The gerund of a verb that reports a clause → its past form, for the progressive: "is saying
 * that …" reads as "said that …". Not "writing", "tweeting", "posting" (they take objects: "the
 * code they are writing is …"), nor the weak cues ("indicators are pointing the same way").
 */
export const PROGRESSIVE_REPORTS: ReadonlyMap<string, string> = new Map(
  LEMMAS.filter((forms) => !['write', 'tweet', 'post'].includes(forms[0]!) && (SPEECH_VERBS.has(forms[2]!) || THAT_CLAUSE_VERBS.has(forms[2]!))).map((forms) => [forms[3]!, forms[2]!]),
);

/** Multi-word cues, lower case, as token sequences. */
export const CUE_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['in', 'the', 'words', 'of'],
];

/**
 * Verb + particle cues whose speaker is their subject, as token sequences: "Clinton fired back that
 * …", "Mr. Smith shot back: …". The verb alone is no cue ("fired an aide", "shot a video").
 */
export const PARTICLE_CUES: readonly (readonly string[])[] = [
  ...['fire', 'fires', 'fired', 'firing', 'shoot', 'shoots', 'shot', 'shooting', 'hit', 'hits', 'hitting', 'push', 'pushes', 'pushed', 'pushing', 'strike', 'strikes', 'struck', 'striking']
    .map((verb) => [verb, 'back']),
  ...['lash', 'lashes', 'lashed', 'lashing', 'speak', 'speaks', 'spoke', 'speaking', 'cry', 'cries', 'cried', 'crying', 'call', 'calls', 'called', 'calling']
    .map((verb) => [verb, 'out']),
  ...['chime', 'chimes', 'chimed', 'chiming', 'weigh', 'weighs', 'weighed', 'weighing']
    .map((verb) => [verb, 'in']),
  // "“…,” Trump went on.": continuing to speak ("going on" is mostly "what is going on": left out)
  ...['went', 'goes'].map((verb) => [verb, 'on']),
  // "As Tom Ridge put it: “…”", "as a Homeland Security memo put it"
  ...['put', 'puts'].map((verb) => [verb, 'it']),
];

export function isReportingVerb(word: string): boolean {
  return REPORTING_VERBS.has(word.toLowerCase());
}
