import { describe, expect, it } from 'vitest';
import { markedQuotesOf, type QuoteView } from './helpers.js';

type Expected = Pick<QuoteView, 'text' | 'kind' | 'speaker' | 'cue' | 'rule'>;

/** One attribution form per row: [input, the first quote in marks as expected]. */
const FORMS: Array<[string, Expected]> = [
  ['"We will rebuild the army," Guler said.', { text: 'We will rebuild the army,', kind: 'direct', speaker: 'Guler', cue: 'said', rule: 'said-after-quote' }],
  ['"We will rebuild the army," said Yasar Guler.', { text: 'We will rebuild the army,', kind: 'direct', speaker: 'Yasar Guler', cue: 'said', rule: 'said-after-quote' }],
  ['"We will rebuild the army," he said.', { text: 'We will rebuild the army,', kind: 'direct', speaker: 'he', cue: 'said', rule: 'said-after-quote' }],
  ['"We will rebuild the army," she told reporters on Monday.', { text: 'We will rebuild the army,', kind: 'direct', speaker: 'she', cue: 'told', rule: 'said-after-quote' }],
  ['"We will rebuild the army," Guler, the minister, said.', { text: 'We will rebuild the army,', kind: 'direct', speaker: 'Guler', cue: 'said', rule: 'said-after-quote' }],
  ['"It was terrible," Hugh Hill, a doctor, said.', { text: 'It was terrible,', kind: 'direct', speaker: 'Hugh Hill', cue: 'said', rule: 'said-after-quote' }],
  ['"It was terrible," Sen. Claire McCaskill (D-Mo.) said.', { text: 'It was terrible,', kind: 'direct', speaker: 'Sen. Claire McCaskill', cue: 'said', rule: 'said-after-quote' }],
  ['"It was terrible," a spokesman for the ministry said.', { text: 'It was terrible,', kind: 'direct', speaker: 'a spokesman for the ministry', cue: 'said', rule: 'said-after-quote' }],
  ['"It was terrible," the minister also said.', { text: 'It was terrible,', kind: 'direct', speaker: 'the minister', cue: 'said', rule: 'said-after-quote' }],
  ['"Why now?" he asked.', { text: 'Why now?', kind: 'direct', speaker: 'he', cue: 'asked', rule: 'said-after-quote' }],
  ['"The deal is done," according to SANA.', { text: 'The deal is done,', kind: 'direct', speaker: 'SANA', cue: 'according to', rule: 'according-to' }],
  ['Guler said: "We have started providing training."', { text: 'We have started providing training.', kind: 'direct', speaker: 'Guler', cue: 'said', rule: 'said-before-quote' }],
  ['Guler told Reuters: "We have started providing training."', { text: 'We have started providing training.', kind: 'direct', speaker: 'Guler', cue: 'told', rule: 'said-before-quote' }],
  ['Guler said in a statement: "We have started providing training."', { text: 'We have started providing training.', kind: 'direct', speaker: 'Guler', cue: 'said', rule: 'said-before-quote' }],
  ['He added, "We have started providing training."', { text: 'We have started providing training.', kind: 'direct', speaker: 'He', cue: 'added', rule: 'said-before-quote' }],
  ['Hugh Hill, a doctor, said: "It was terrible."', { text: 'It was terrible.', kind: 'direct', speaker: 'Hugh Hill', cue: 'said', rule: 'said-before-quote' }],
  ['The Shadow Secretary of State for the Family, Theresa May, said: "These plans are old."', { text: 'These plans are old.', kind: 'direct', speaker: 'Theresa May', cue: 'said', rule: 'said-before-quote' }],
  ['Rover bosses have said they are "confident" the deal will be signed.', { text: 'confident', kind: 'partial', speaker: 'Rover bosses', cue: 'said', rule: 'cue-in-sentence' }],
  // a description in apposition to a full name, with a name of its own after it: the first name is the subject
  ["Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano, said every pope was \"both religious and political.\"", { text: 'both religious and political.', kind: 'partial', speaker: 'Giovanni Maria Vian', cue: 'said', rule: 'cue-in-sentence' }],
  ['In a statement to the Observer, her senior adviser, Jake Sullivan, said: "She believes it."', { text: 'She believes it.', kind: 'direct', speaker: 'Jake Sullivan', cue: 'said', rule: 'said-before-quote' }],
  ["Separately, the world's largest delivery company, UPS, said it had placed an \"exceptional order\".", { text: 'exceptional order', kind: 'partial', speaker: 'UPS', cue: 'said', rule: 'cue-in-sentence' }],
  ['According to SANA, "the accord aims to strengthen the army."', { text: 'the accord aims to strengthen the army.', kind: 'direct', speaker: 'SANA', cue: 'According to', rule: 'according-to' }],
  ["According to Syria’s state news agency SANA, the accord aims to “strengthen the capabilities of the army.”", { text: 'strengthen the capabilities of the army.', kind: 'partial', speaker: 'SANA', cue: 'According to', rule: 'according-to' }],
  ['SANA said the accord aims to "strengthen the capabilities of the army."', { text: 'strengthen the capabilities of the army.', kind: 'partial', speaker: 'SANA', cue: 'said', rule: 'cue-in-sentence' }],
  ['Trump called Clinton "crooked" at a rally.', { text: 'crooked', kind: 'partial', speaker: 'Trump', cue: 'called', rule: 'cue-in-sentence' }],
  ['Clinton was "unfit to serve," Trump said on Monday.', { text: 'unfit to serve,', kind: 'partial', speaker: 'Trump', cue: 'said', rule: 'said-after-quote' }],
  ['Clinton says she appreciated what she calls a "war of unpleasant words."', { text: 'war of unpleasant words.', kind: 'partial', speaker: 'Clinton', cue: 'says', rule: 'cue-in-sentence' }],
  ['During a speech, Trump attacked Clinton, saying, "She is unstable."', { text: 'She is unstable.', kind: 'direct', speaker: 'Trump', cue: 'saying', rule: 'said-before-quote' }],
  ['“Maybe we can build a wall around the problem.” ― Steve Quinlan', { text: 'Maybe we can build a wall around the problem.', kind: 'direct', speaker: 'Steve Quinlan', cue: null, rule: 'dash-byline' }],
  ['City Attorney Brad Holm said the ad “unmistakably and wrongfully” suggests that Phoenix supports Trump.', { text: 'unmistakably and wrongfully', kind: 'partial', speaker: 'City Attorney Brad Holm', cue: 'said', rule: 'cue-in-sentence' }],
  ['"They are 100 percent wrong," said 9/11 widow Terry Strada.', { text: 'They are 100 percent wrong,', kind: 'direct', speaker: 'Terry Strada', cue: 'said', rule: 'said-after-quote' }],
  ['The agency cited what it called "a clear threat to peace."', { text: 'a clear threat to peace.', kind: 'partial', speaker: 'The agency', cue: 'cited', rule: 'cue-in-sentence' }],
  ['McConnell, who in 2010 said the goal was to make Obama a "one-term president," declined.', { text: 'one-term president,', kind: 'partial', speaker: 'who', cue: 'said', rule: 'cue-in-sentence' }],
  ['McConnell delivered a blunt message to Trump: "It is time to get on message."', { text: 'It is time to get on message.', kind: 'direct', speaker: 'McConnell', cue: null, rule: 'colon-subject' }],
  ['Kasich resisted: "Governors do not have that power."', { text: 'Governors do not have that power.', kind: 'direct', speaker: 'Kasich', cue: null, rule: 'colon-subject' }],
  ['On Monday, the senator offered a warning: "This will not stand."', { text: 'This will not stand.', kind: 'direct', speaker: 'the senator', cue: null, rule: 'colon-subject' }],
  ['The columnist went so far as to say: "Twitter as we know it is over."', { text: 'Twitter as we know it is over.', kind: 'direct', speaker: 'The columnist', cue: 'say', rule: 'said-before-quote' }],
  ['Priebus later Thursday told Fox News: "Both men are meeting next week."', { text: 'Both men are meeting next week.', kind: 'direct', speaker: 'Priebus', cue: 'told', rule: 'said-before-quote' }],
  ['"He had a lot of supporters," Blunt, after a long pause, said of Cruz.', { text: 'He had a lot of supporters,', kind: 'direct', speaker: 'Blunt', cue: 'said', rule: 'said-after-quote' }],
  ['Proponents of the bill, however, say it makes the department an "umpire."', { text: 'umpire.', kind: 'partial', speaker: 'Proponents of the bill', cue: 'say', rule: 'cue-in-sentence' }],
  ['"If they were serious, they would have passed the bill," Toomey fumed on Tuesday.', { text: 'If they were serious, they would have passed the bill,', kind: 'direct', speaker: 'Toomey', cue: 'fumed', rule: 'said-after-quote' }],
  ['"Maybe the difference is the upbringing," he wondered aloud.', { text: 'Maybe the difference is the upbringing,', kind: 'direct', speaker: 'he', cue: 'wondered', rule: 'said-after-quote' }],
  ['Obama expressed a deep regret for "my inability to reduce the polarization."', { text: 'my inability to reduce the polarization.', kind: 'partial', speaker: 'Obama', cue: 'expressed', rule: 'cue-in-sentence' }],
  ['"It works," the Saudis state in the white paper.', { text: 'It works,', kind: 'direct', speaker: 'Saudis', cue: 'state', rule: 'said-after-quote' }],
  ['Two weeks later, as she angrily said, "I am so sick of the campaign lying" about her record, he left.', { text: 'I am so sick of the campaign lying', kind: 'direct', speaker: 'she', cue: 'said', rule: 'said-before-quote' }],
  ['Clinton fired back that the "people of New York voted for me twice" for the Senate.', { text: 'people of New York voted for me twice', kind: 'partial', speaker: 'Clinton', cue: 'fired back', rule: 'cue-in-sentence' }],
  ['Asked about it, Smith shot back: "That would be good."', { text: 'That would be good.', kind: 'direct', speaker: 'Smith', cue: 'shot back', rule: 'said-before-quote' }],
  ['At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed Mrs. Clinton, saying that she would "make an outstanding president."', { text: 'make an outstanding president.', kind: 'partial', speaker: 'Senator Bernie Sanders', cue: 'saying', rule: 'cue-in-sentence' }],
  ['Facing mounting criticism, Trump released a statement, insisting that Khan had "no right" to criticize him.', { text: 'no right', kind: 'partial', speaker: 'Trump', cue: 'insisting', rule: 'cue-in-sentence' }],
  // …and after a head noun ("The prime minister shrugged off claims", after BBC politics copy)
  ['The prime minister shrugged off claims that he led a "grubby government".', { text: 'grubby government', kind: 'partial', speaker: 'The prime minister', cue: null, rule: 'sentence-subject' }],
  ["Sanders hasn't said whether he will \"fight on to the convention.\"", { text: 'fight on to the convention.', kind: 'partial', speaker: 'Sanders', cue: 'said', rule: 'cue-in-sentence' }],
  // appositions that are job descriptions tied by of/for/at (PolNeAR train, huff-post 2016-07-26 / 2016-08-12)
  ['“It is at the heart of the policy,” Bill Frelick, refugee rights program director at Human Rights Watch, said in an interview.', { text: 'It is at the heart of the policy,', kind: 'direct', speaker: 'Bill Frelick', cue: 'said', rule: 'said-after-quote' }],
  ['“Today’s speech shows progress,” Adam Green, co-founder of the Progressive Change Campaign Committee, said in a statement.', { text: 'Today’s speech shows progress,', kind: 'direct', speaker: 'Adam Green', cue: 'said', rule: 'said-after-quote' }],
  ['“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, tells Breitbart News.', { text: 'Yes, I support Ted Cruz,', kind: 'direct', speaker: 'Brent Bozell III', cue: 'tells', rule: 'said-after-quote' }],
  // an outer source after the attribution takes the quote (PolNeAR train: huff-post 2016-08-11, breitbart 2016-07-22)
  ['“But he is not sympathetic to them,” Hewitt said, according to a transcript of the show.', { text: 'But he is not sympathetic to them,', kind: 'direct', speaker: 'a transcript of the show', cue: 'according to', rule: 'according-to-outer' }],
  ['“They do not care about politics,” Obama said of the families of victims, according to a White House pool report.', { text: 'They do not care about politics,', kind: 'direct', speaker: 'a White House pool report', cue: 'according to', rule: 'according-to-outer' }],
  ['Richards noted that abortion is “central” to the platform, reported the Washington Examiner.', { text: 'central', kind: 'partial', speaker: 'Washington Examiner', cue: 'reported', rule: 'according-to-outer' }],
  // a place after the adjunct's place, and a dateline, are no part of the gerund's clause (PolNeAR train)
  ['Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”', { text: 'a total stiff.', kind: 'partial', speaker: 'Trump', cue: 'calling', rule: 'cue-in-sentence' }],
  ['At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried again, saying that America should “be rallying our partners.”', { text: 'be rallying our partners.', kind: 'partial', speaker: 'Mrs. Clinton', cue: 'saying', rule: 'cue-in-sentence' }],
  ['Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Trump, saying that “bombastic comments” do more harm than good.', { text: 'bombastic comments', kind: 'partial', speaker: 'Democrat Hillary Clinton', cue: 'saying', rule: 'cue-in-sentence' }],
  ['WASHINGTON, Dec. 8 (UPI) — In response to the plan, Clinton rallied supporters, saying: “We have to be ready to stop him.”', { text: 'We have to be ready to stop him.', kind: 'direct', speaker: 'Clinton', cue: 'saying', rule: 'said-before-quote' }],
  // an aside between a pair of dashes: the subject is before it, the name after the verb is its object (PolNeAR train)
  ['NBC anchor Lester Holt - the moderator - pressed Trump on his "tax returns."', { text: 'tax returns.', kind: 'partial', speaker: 'Lester Holt', cue: 'pressed', rule: 'cue-in-sentence' }],
  ['Lester Holt -- the moderator, who is from NBC -- said, "You have not released your tax returns."', { text: 'You have not released your tax returns.', kind: 'direct', speaker: 'Lester Holt', cue: 'said', rule: 'said-before-quote' }],
  ['Mr. Bush - in a line that seemed directed at Mr. Trump - declared that a president must "tend to all corners."', { text: 'tend to all corners.', kind: 'partial', speaker: 'Mr. Bush', cue: 'declared', rule: 'cue-in-sentence' }],
  ['"We will win," — said Clinton.', { text: 'We will win,', kind: 'direct', speaker: 'Clinton', cue: 'said', rule: 'said-after-quote' }],
  // a dash of two or three characters between the quote and its attribution
  ['"It was a great night," -- said Trump.', { text: 'It was a great night,', kind: 'direct', speaker: 'Trump', cue: 'said', rule: 'said-after-quote' }],
  ['"It was a great night," --- Trump said.', { text: 'It was a great night,', kind: 'direct', speaker: 'Trump', cue: 'said', rule: 'said-after-quote' }],
  // after a full sentence, a clause of time after the cue is an adjunct, whatever its length
  ['“We are proud to cast our votes!” US Senator Jeff Sessions said as he launched the long roll call of the states.', { text: 'We are proud to cast our votes!', kind: 'direct', speaker: 'US Senator Jeff Sessions', cue: 'said', rule: 'said-after-quote' }],
  ['“It is over.” Smith said while the crowd left the hall in silence.', { text: 'It is over.', kind: 'direct', speaker: 'Smith', cue: 'said', rule: 'said-after-quote' }],
  // after a full sentence, a subject set off by an apposition may take a long prepositional adjunct
  ['"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the swirl of convention activities.', { text: 'Perpetual motion!', kind: 'direct', speaker: 'Rep. Glenn Thompson', cue: 'said', rule: 'said-after-quote' }],
  ['“Not us but can’t argue with it!” Murphy, the head of Right to Rise USA, Tweeted on Friday with an image of the skywriting.', { text: 'Not us but can’t argue with it!', kind: 'direct', speaker: 'Murphy', cue: 'Tweeted', rule: 'said-after-quote' }],
  // an age compound as the head noun, after and before the cue
  ['“Donald is an amazing leader,” said the 46-year-old.', { text: 'Donald is an amazing leader,', kind: 'direct', speaker: 'the 46-year-old', cue: 'said', rule: 'said-after-quote' }],
  ['“I feel I can win,” the 30-year-old told reporters.', { text: 'I feel I can win,', kind: 'direct', speaker: 'the 30-year-old', cue: 'told', rule: 'said-after-quote' }],
  // a number word heading the subject: "the two", "one of two witnesses"
  ['“We do not understand the need to have cited it,” the two write.', { text: 'We do not understand the need to have cited it,', kind: 'direct', speaker: 'the two', cue: 'write', rule: 'said-after-quote' }],
  ['“It was unseemly and awful,” said one of two witnesses who relayed the story.', { text: 'It was unseemly and awful,', kind: 'direct', speaker: 'one of two witnesses', cue: 'said', rule: 'said-after-quote' }],
  // …but a number word before a noun only modifies it
  ['“It was a long night,” the two sides said.', { text: 'It was a long night,', kind: 'direct', speaker: 'two sides', cue: 'said', rule: 'said-after-quote' }],
  ['“It was a long night,” said two officials.', { text: 'It was a long night,', kind: 'direct', speaker: 'two officials', cue: 'said', rule: 'said-after-quote' }],
  // "went on": continuing to speak
  ['“You know, it happens, right?” Trump went on, as if he did not hear her.', { text: 'You know, it happens, right?', kind: 'direct', speaker: 'Trump', cue: 'went on', rule: 'said-after-quote' }],
  ['"It is over for the party," she went on.', { text: 'It is over for the party,', kind: 'direct', speaker: 'she', cue: 'went on', rule: 'said-after-quote' }],
  // a capitalized past form of a reporting verb after a comma
  ['“Not us but can’t argue with it!” Murphy, the head of the group, Tweeted on Friday.', { text: 'Not us but can’t argue with it!', kind: 'direct', speaker: 'Murphy', cue: 'Tweeted', rule: 'said-after-quote' }],
  // reporting verbs of the lexicon's second batch (general English news usage)
  ['“That was a total disaster,” Mr Lim confided to the presenter.', { text: 'That was a total disaster,', kind: 'direct', speaker: 'Mr Lim', cue: 'confided', rule: 'said-after-quote' }],
  ['“We told you so all along,” the senator gloated.', { text: 'We told you so all along,', kind: 'direct', speaker: 'the senator', cue: 'gloated', rule: 'said-after-quote' }],
  ['A bandmate informed the crowd the singer was "in the toilet".', { text: 'in the toilet', kind: 'partial', speaker: 'A bandmate', cue: 'informed', rule: 'cue-in-sentence' }],
  // a place after "in" belongs to the lower-case description before it
  ['"It is a mess," an analyst in the City said.', { text: 'It is a mess,', kind: 'direct', speaker: 'an analyst in the City', cue: 'said', rule: 'said-after-quote' }],
  ['"PENCE: Well, look, this is serious business."', { text: 'PENCE: Well, look, this is serious business.', kind: 'direct', speaker: 'PENCE', cue: null, rule: 'transcript-speaker' }],
  // sentence-subject: a quote inside a sentence whose cue gave no speaker, or with no cue at all
  ['Sanders has consistently pushed his promise of “free college” in every state.', { text: 'free college', kind: 'partial', speaker: 'Sanders', cue: null, rule: 'sentence-subject' }],
  ['Carter however said he would welcome China’s part in a “principled security network” for Asia.', { text: 'principled security network', kind: 'partial', speaker: 'Carter', cue: null, rule: 'sentence-subject' }],
  // subordinate-clause: the clause the quote stands in is read before the sentence
  ['John Kasich is assuring voters he is tough after a woman in Worcester told him she worries he is “too nice” for the job.', { text: 'too nice', kind: 'partial', speaker: 'a woman', cue: 'told', rule: 'cue-in-sentence' }],
  ['When Trump announced his candidacy, he referred to the migrants as “criminals” in a speech.', { text: 'criminals', kind: 'partial', speaker: 'he', cue: 'referred', rule: 'cue-in-sentence' }],
  ['Trump went after Bush before Christie called him “a total stiff.”', { text: 'a total stiff.', kind: 'partial', speaker: 'Christie', cue: 'called', rule: 'cue-in-sentence' }],
  // gerund-after-object: the clause subject, not the object before the gerund
  ['Her campaign blasted out an email to supporters stating, “Ryan joins the list.”', { text: 'Ryan joins the list.', kind: 'direct', speaker: 'Her campaign', cue: 'stating', rule: 'said-before-quote' }],
  ['His office issued a statement saying the country “does not have the capacity to vet them.”', { text: 'does not have the capacity to vet them.', kind: 'partial', speaker: 'His office', cue: 'saying', rule: 'cue-in-sentence' }],
  // after a question, a long tail is still the attribution (after a full stop it may be a new sentence: see NOT_SPEAKERS)
  ['"Who knows?" Trump told Britain’s ITV television station in an interview aired on Monday.', { text: 'Who knows?', kind: 'direct', speaker: 'Trump', cue: 'told', rule: 'said-after-quote' }],
  // quantifier-subject: a quantifier opening its clause right before the cue
  ['Several said they would rather see funding for schools in “block grants” to states.', { text: 'block grants', kind: 'partial', speaker: 'Several', cue: 'said', rule: 'cue-in-sentence' }],
  // introductory adjuncts before the subject
  ['Hours later, Trump returned the compliment, telling Reuters, “He is an amazing man.”', { text: 'He is an amazing man.', kind: 'direct', speaker: 'Trump', cue: 'telling', rule: 'said-before-quote' }],
  // an auxiliary glued to a pronoun; "put it" as a cue
  ['He’s claiming that voting fraud is “a big, big problem in this country” everywhere.', { text: 'a big, big problem in this country', kind: 'partial', speaker: 'He', cue: 'claiming', rule: 'cue-in-sentence' }],
  ['As Tom Ridge, a former secretary, put it: "The barbarians are inside."', { text: 'The barbarians are inside.', kind: 'direct', speaker: 'Tom Ridge', cue: 'put it', rule: 'said-before-quote' }],
];

/** Forms where a rule must NOT give a speaker: [input, the first quote in marks as expected]. */
const NOT_SPEAKERS: Array<[string, Expected]> = [
  // an apposition with a verb is no job description, even with "of" in it: no speaker from the linked-description rule
  ['“We lost the vote today,” Smith, wearing a shirt of the club, said.', { text: 'We lost the vote today,', kind: 'direct', speaker: null, cue: null, rule: 'unattributed-quote' }],
  // the outer-source rule must not fire: "according to" in the next sentence, "reports" as a noun subject, a clause after the source
  ['“It is over,” he said. According to the AP, the talks failed.', { text: 'It is over,', kind: 'direct', speaker: 'he', cue: 'said', rule: 'said-after-quote' }],
  ['“We will win,” Trump said, but reports say he lost.', { text: 'We will win,', kind: 'direct', speaker: 'Trump', cue: 'said', rule: 'said-after-quote' }],
  ['He had promised not to let the company get "fat, dumb and happy," and, according to Reuters, once told analysts more.', { text: 'fat, dumb and happy,', kind: 'partial', speaker: 'He', cue: 'promised', rule: 'cue-in-sentence' }],
  ['“We will win,” Trump said, reports show.', { text: 'We will win,', kind: 'direct', speaker: 'Trump', cue: 'said', rule: 'said-after-quote' }],
  ['“We will win,” Trump said Monday, reported the Associated Press, citing a source.', { text: 'We will win,', kind: 'direct', speaker: 'Trump', cue: 'said', rule: 'said-after-quote' }],
  // neither a place nor a dateline: the name after the adjunct, a party in brackets, an all-caps title
  ['At a rally in Ames, Trump, the nominee, went after Cruz, saying he was “a liar.”', { text: 'a liar.', kind: 'partial', speaker: 'Trump', cue: 'saying', rule: 'cue-in-sentence' }],
  ['Trump (R) — the nominee — went after Cruz, saying he was “a liar.”', { text: 'a liar.', kind: 'partial', speaker: 'Trump', cue: 'saying', rule: 'cue-in-sentence' }],
  ['NBC anchor Lester Holt - the moderator - went after Trump, saying he was “evasive.”', { text: 'evasive.', kind: 'partial', speaker: 'Lester Holt', cue: 'saying', rule: 'cue-in-sentence' }],
  // a hyphen inside a word, or a single dash, sets off no aside
  ['The anti-war left - pressed by activists - called the plan "a disgrace."', { text: 'a disgrace.', kind: 'partial', speaker: 'The anti-war left', cue: 'called', rule: 'cue-in-sentence' }],
  ['Jean-Pierre Smith-Jones said the deal was "a disgrace."', { text: 'a disgrace.', kind: 'partial', speaker: 'Jean-Pierre Smith-Jones', cue: 'said', rule: 'cue-in-sentence' }],
  ['It was tense - he said the deal was "a disgrace."', { text: 'a disgrace.', kind: 'partial', speaker: 'he', cue: 'said', rule: 'cue-in-sentence' }],
  // "as" before a noun phrase is no clause: the attribution after a full sentence stays out
  ['"Painkiller is a new game." Painkiller has been described as a game with modern touches.', { text: 'Painkiller is a new game.', kind: 'direct', speaker: null, cue: null, rule: 'unattributed-quote' }],
  // without the apposition, or with a clause after the adjunct, the long tail is no adjunct
  ['"He would have gone by now." Gerrard had said before the game on Wednesday he would consider leaving the club.', { text: 'He would have gone by now.', kind: 'direct', speaker: null, cue: null, rule: 'unattributed-quote' }],
  ['"He would have gone by now." Gerrard, the captain, said in a long statement on Wednesday that he would consider leaving.', { text: 'He would have gone by now.', kind: 'direct', speaker: null, cue: null, rule: 'unattributed-quote' }],
  // an age compound that modifies a noun is no head; a capitalized cue after a name is part of the name
  ['“It was terrible,” said the 30-year-old plan of the council.', { text: 'It was terrible,', kind: 'direct', speaker: 'the 30-year-old plan of the council', cue: 'said', rule: 'said-after-quote' }],
  ['“The deal is done for good now.” The United Added Value fund is closing.', { text: 'The deal is done for good now.', kind: 'direct', speaker: null, cue: null, rule: 'unattributed-quote' }],
  // "in" after a name or opening the sentence links nothing: the noun phrase after it stays alone
  ['In the US, officials said that "it is a mess for all".', { text: 'it is a mess for all', kind: 'partial', speaker: 'officials', cue: 'said', rule: 'cue-in-sentence' }],
  ['“We lost the vote today,” Smith, arrested for fraud in May, said.', { text: 'We lost the vote today,', kind: 'direct', speaker: null, cue: null, rule: 'unattributed-quote' }],
  // sentence-subject must not: a short quote without a cue stays a scare quote; "It" is no source
  ['The weather was bad. Critics were "furious".', { text: 'furious', kind: 'scare', speaker: null, cue: null, rule: 'scare-quote' }],
  ['It was described as a “principled security network” for Asia by many.', { text: 'principled security network', kind: 'partial', speaker: null, cue: null, rule: 'cue-without-speaker' }],
  // gerund-after-object must not: a gerund after its determiner is a noun ("a warning:")
  ['The senator offered a warning: "This will not stand."', { text: 'This will not stand.', kind: 'direct', speaker: 'The senator', cue: null, rule: 'colon-subject' }],
  // next-quote-intro must not: after a quote that ends with a comma, the cue after it is its own
  ['“It was the finest moment of my career,” he added, “and I will remember it.”', { text: 'It was the finest moment of my career,', kind: 'direct', speaker: 'he', cue: 'added', rule: 'said-after-quote' }],
  // quantifier-subject must not: a quantifier inside a phrase ("for some") is no subject (the sentence's subject is taken)
  ['The plan is, for some, said to be a “disaster” for schools.', { text: 'disaster', kind: 'partial', speaker: 'The plan', cue: null, rule: 'sentence-subject' }],
  // "put it" inside the marks is no cue; a possessive before a noun is not a pronoun's contraction
  ['"Let me put it this way," he said.', { text: 'Let me put it this way,', kind: 'direct', speaker: 'he', cue: 'said', rule: 'said-after-quote' }],
  ['Critics say Trump’s claims that the vote is “rigged” are false.', { text: 'rigged', kind: 'partial', speaker: 'Critics', cue: 'say', rule: 'cue-in-sentence' }],
];

describe('attribution forms', () => {
  it.each(FORMS)('%s', (input, expected) => {
    expect(markedQuotesOf(input)[0]).toEqual(expected);
  });
});

/** Quotes that borrow their speaker from another quote or paragraph: [input, [quote, speaker, rule][]]. */
const BORROWED: Array<[string, Array<[string, string | null, string]>]> = [
  [
    '"It is done," he said. "We move on now."',
    [['It is done,', 'he', 'said-after-quote'], ['We move on now.', 'he', 'same-paragraph']],
  ],
  [
    'Ms Hewitt said: "We have doubled it. "We are going to extend it." She said more.',
    [['We have doubled it.', 'Ms Hewitt', 'said-before-quote'], ['We are going to extend it.', 'Ms Hewitt', 'quote-group']],
  ],
  [
    // colon-label: a paragraph or list item that opens with a name (and its title) and a colon (after BBC Sport round-ups)
    'The match ended 1-1.\n\n- Blackburn boss Mark Hughes: "I fully expect us to progress. "We were comfortable."\n\nUpdate: "Kick-off is at three."',
    [['I fully expect us to progress.', 'Mark Hughes', 'colon-label'], ['We were comfortable.', 'Mark Hughes', 'quote-group'], ['Kick-off is at three.', null, 'scare-quote']],
  ],
  [
    // colon-label: a one-word name labels its quote too, at a paragraph's or a sentence's start, when
    // the text named that person in full before ("Update:" above stays a heading); a label that is
    // a clause ("But told BBC News:") does not (constructed, after USA Today copy)
    'Jeb Bush and Hillary Clinton reject the term.\n\nClinton: "Our goal is to defeat ISIS." Bush: "The mission is to destroy it."\n\nMr Blair said little. But told BBC News: "We have drawn a line."',
    [['Our goal is to defeat ISIS.', 'Clinton', 'colon-label'], ['The mission is to destroy it.', 'Bush', 'colon-label'], ['We have drawn a line.', 'Mr Blair', 'same-paragraph']],
  ],
  [
    // a short quote that opens a sentence going on in lower case is a term, not a continuation of
    // the last paragraph's speaker (constructed, after USA Today and Washington Post copy)
    'Ortega said the play was a hit.\n\n"Sons of Trump" is an adaptation of a show.\n\n"It will run all year," said Ortega.\n\n"Mexico!" the crowd shouted.',
    [['Sons of Trump', null, 'scare-quote'], ['It will run all year,', 'Ortega', 'said-after-quote'], ['Mexico!', 'the crowd', 'said-after-quote']],
  ],
  [
    // colon-subject takes the subject of the last main clause, apposition and all; colon-label a name
    // after the dash that ends a heading (constructed, after BBC News and HuffPost copy)
    'Siemens plans a faster network, but Christoph Caselitz, president of the mobile networks division at the firm says that: "By 2015 the need will be there."\n\nRED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: "Twenty states are solidly Republican."',
    [['By 2015 the need will be there.', 'Christoph Caselitz', 'colon-subject'], ['Twenty states are solidly Republican.', 'Jeffrey M. Jones', 'colon-label']],
  ],
  [
    // previous-sentence-subject: a statement-length quote opening a sentence in a paragraph with no
    // speaker yet is the subject's of the sentence before, not of two subjects at once (constructed,
    // after BBC Sport copy)
    'Arsenal won again.\n\nSpeaking on his plans, Campbell signalled his intent to move abroad. "I am 30 now and in five years I will not be in this country."\n\nBut Nanuku and Vakacegu touched down for Fiji. "To be honest, England have wanted to win here for a very long time."',
    [['I am 30 now and in five years I will not be in this country.', 'Campbell', 'previous-sentence-subject'], ['To be honest, England have wanted to win here for a very long time.', null, 'unattributed-quote']],
  ],
  [
    // "items found on the coaches" is no cue ("find" reports only with "that"): the quote after it is the last speaker's
    'Mr Mackey said: "We acted properly." He said no one on the coaches accepted responsibility for items found on the coaches. "Given these circumstances, we turned back the coaches."',
    [['We acted properly.', 'Mr Mackey', 'said-before-quote'], ['Given these circumstances, we turned back the coaches.', 'He', 'same-paragraph']],
  ],
  [
    // a quote that goes on into the next paragraph keeps its speaker there, not a later one (after BBC Sport copy)
    '"We can\'t make mistakes," Kirwan said. "We have to be calm.\n\n"It will be hard." Kirwan has recalled Stoica. Coach Matt Williams said: "We are ready."',
    [["We can't make mistakes,", 'Kirwan', 'said-after-quote'], ['We have to be calm.', 'Kirwan', 'same-paragraph'], ['It will be hard.', 'Kirwan', 'quote-group'], ['We are ready.', 'Coach Matt Williams', 'said-before-quote']],
  ],
  [
    'The New York Times reports:\n\n"Just 24 percent of the contributors have given $200 or less."',
    [['Just 24 percent of the contributors have given $200 or less.', 'The New York Times', 'colon-intro']],
  ],
  [
    'Guler said the talks would continue next week.\n\n"We are ready for every scenario in the region."',
    [['We are ready for every scenario in the region.', 'Guler', 'paragraph-continuation']],
  ],
  [
    'Sanders made the following comment:\n\n"For young people the unemployment rate is 33 percent."',
    [['For young people the unemployment rate is 33 percent.', 'Sanders', 'colon-intro']],
  ],
  [
    // next-quote-intro: "He added, “" after a full-sentence quote introduces the next quote
    '“It was the finest moment of my career.” He added, “I will remember it.”',
    [['It was the finest moment of my career.', 'He', 'same-paragraph'], ['I will remember it.', 'He', 'said-before-quote']],
  ],
  [
    // borrowed-antecedent: a quote borrowing a relative clause's cue takes what "who" follows
    '"Revenues are up," said Mr. Ekovich, who noted that prices had fallen. "Things are moving in the right direction."',
    [['Revenues are up,', 'Mr. Ekovich', 'said-after-quote'], ['Things are moving in the right direction.', 'Mr. Ekovich', 'same-paragraph']],
  ],
  [
    // subordinate-cue: a later cue in the sentence that attributed the quote before (a relative clause) names no one new
    '"She knows what it takes," said Ms. Warren, who has often been on the receiving side of Mr. Trump\'s Twitter attacks. "She does not whine."',
    [['She knows what it takes,', 'Ms. Warren', 'said-after-quote'], ['She does not whine.', 'Ms. Warren', 'same-paragraph']],
  ],
  [
    '"People are angry," Clinton said in a brief speech shortly after she called Sanders to congratulate him. "What are we going to do?"',
    [['People are angry,', 'Clinton', 'said-after-quote'], ['What are we going to do?', 'Clinton', 'same-paragraph']],
  ],
  [
    // subordinate-cue must not: a cue after ", and" opens a clause of its own
    '"Tell her I promised you a picture," Ebeling said, and Tom Smith added that he agreed with her. "Do not forget Tom."',
    [['Tell her I promised you a picture,', 'Ebeling', 'said-after-quote'], ['Do not forget Tom.', 'Tom Smith', 'same-paragraph']],
  ],
  [
    // title-compound: "press" before a role head is part of a title, no cue
    '"Nothing has changed," White House press secretary Josh Earnest told reporters.',
    [['Nothing has changed,', 'Josh Earnest', 'cue-in-sentence']],
  ],
  [
    // title-compound must not: a past form before a role head is the cue ("said spokesman …")
    '"Nothing has changed," said spokesman Josh Earnest.',
    [['Nothing has changed,', 'Josh Earnest', 'said-after-quote']],
  ],
  [
    'On July 6, 2015, Sanders made the following comment:\n\n"For young people the rate is 33 percent."',
    [['For young people the rate is 33 percent.', 'Sanders', 'colon-intro']],
  ],
  [
    '"It is a good deal," Ann Lee said.\n\n"It is a bad deal," Bob Ray said.',
    [['It is a good deal,', 'Ann Lee', 'said-after-quote'], ['It is a bad deal,', 'Bob Ray', 'said-after-quote']],
  ],
];

describe('forms without a speaker', () => {
  it.each(NOT_SPEAKERS)('%s', (input, expected) => {
    expect(markedQuotesOf(input)[0]).toEqual(expected);
  });
});

describe('borrowed speakers (news conventions)', () => {
  it.each(BORROWED)('%s', (input, expected) => {
    expect(markedQuotesOf(input).map((q) => [q.text, q.speaker, q.rule])).toEqual(expected);
  });
});

/** Reported speech without marks: [input, clause, speaker, cue]. */
const INDIRECT: Array<[string, string, string, string]> = [
  ['Guler said it was premature to discuss any troop withdrawal.', 'it was premature to discuss any troop withdrawal', 'Guler', 'said'],
  ['In a written statement, Guler stressed that Turkey remains committed to its allies.', 'Turkey remains committed to its allies', 'Guler', 'stressed'],
  ['Turkey is strengthening its presence in Syria, Defense Minister Yasar Guler told Reuters.', 'Turkey is strengthening its presence in Syria', 'Defense Minister Yasar Guler', 'told'],
  ['Guler told Reuters that the talks had ended.', 'the talks had ended', 'Guler', 'told'],
  ['Microsoft said it had received 30 reports of minor injury.', 'it had received 30 reports of minor injury', 'Microsoft', 'said'],
  // a bare time word after the cue is its adjunct, not the clause's first word
  ['Trump said Monday the plan would fail badly.', 'the plan would fail badly', 'Trump', 'said'],
  ['Obama said yesterday the talks had ended.', 'the talks had ended', 'Obama', 'said'],
  // …but opens the clause when a finite verb or a possessive follows it
  ['Economists speculated that the change might allow tax cuts.', 'the change might allow tax cuts', 'Economists', 'speculated'],
  ['A legal expert in the US speculated that Delta might be concerned.', 'Delta might be concerned', 'A legal expert in the US', 'speculated'],
  // a bare plural noun as the addressee, before a time word, an adjunct or "that"
  ['Rubio told reporters Tuesday that the new executive actions undermine the right.', 'the new executive actions undermine the right', 'Rubio', 'told'],
  ['Guler told delegates on Monday that the army would remain there.', 'the army would remain there', 'Guler', 'told'],
  ["The prime minister said Thursday's report reinforced stability.", "Thursday's report reinforced stability", 'The prime minister', 'said'],
  // a weak cue, inflected, as the sentence's last word (constructed after PolNeAR and BBC copy)
  ['Crops are withering in the Marshall Islands, he noted.', 'Crops are withering in the Marshall Islands', 'he', 'noted'],
  ['The fund is to cut its growth forecast for Germany, the Financial Times reported.', 'The fund is to cut its growth forecast for Germany', 'Financial Times', 'reported'],
  // the plural of a speaker noun or a title is a noun, whatever the lexicon says ("bosses" is a verb there)
  ['Anti-virus firms speculate that the worm spreads fast.', 'the worm spreads fast', 'Anti-virus firms', 'speculate'],
  ['Music industry bosses in Norway said the ruling would help.', 'the ruling would help', 'Music industry bosses', 'said'],
  // a title in lower case before the name of a clause-final cue (constructed after BBC News ledes)
  ['Students can decide the fate of MPs in some seats, Lib Dem leader Zarko Wibblet has claimed.', 'Students can decide the fate of MPs in some seats', 'Zarko Wibblet', 'claimed'],
  ['The seats are close, party chief Tovan Prell said.', 'The seats are close', 'Tovan Prell', 'said'],
];

/** Sentences with a cue but no reported clause. */
const NO_INDIRECT: string[] = [
  // a comma after "said Monday" ends the attribution: an outer source or a gerund follows
  'Trump said Monday, reported the Associated Press, citing a source.',
  'Trump said Monday, adding nothing.',
  'Trump said nothing.',
  // a plural object that is no addressee: "told lies about …"
  'Trump told lies about the plan that failed.',
  // weak cues of the second batch: an infinitive "to disclose that" is no report of speech
  'Mr Prettejohn urged the watchdog to disclose that commissions were high.',
  // …nor a weak cue with an object after it, nor one in its base form (a noun as often)
  'In a speech at the London School of Economics, the chairman promised "several initiatives".',
  'Other sites, such as Pixagogo, a monthly fee charge.',
  // "items found on the coaches": a participle after a noun, no report ("find" needs "that")
  'He said no one on the coaches accepted responsibility for items found on the coaches.',
  // an amount after the cue is its object: the clause before is an adjunct
  'Less than four years after the new Mini was launched, German car maker BMW has announced £100m of new investment.',
];

describe('no reported clause', () => {
  it.each(NO_INDIRECT)('%s', (input) => {
    expect(quotesOf(input).filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});

describe('reported speech (indirect)', () => {
  it.each(INDIRECT)('%s', (input, clause, speaker, cue) => {
    const indirect = quotesOf(input).filter((q) => q.kind === 'indirect');
    expect(indirect.map((q) => [q.text, q.speaker, q.cue])).toEqual([[clause, speaker, cue]]);
  });
});

import { quotesOf } from './helpers.js';

/**
 * relative-cue: the outer cue's subject goes on in a "who" clause to the cue that governs the quote;
 * the speaker mention is that "who" (next to the cue), which the entity model links to the subject.
 * Sentences constructed after PolNeAR-style political copy.
 */
describe('relative-cue', () => {
  const RELATIVE: Array<[string, string, string | null, string]> = [
    // [input, quote, speaker mention, rule]
    ['"It is the way of the world," said Weaver, who said executives fail to see there are "no secrets" in politics.', 'no secrets', 'who', 'relative-cue'],
    ['Beck said on Friday, which was his last show, that he "cannot go on."', 'cannot go on.', 'Beck', 'cue-in-sentence'], // "which" there has no cue of its own
    ['"It is the way of the world," said Weaver, who is 52.', 'It is the way of the world,', 'Weaver', 'said-after-quote'], // the quote is before the relative
    ['Weaver said his rival, who lost, had run "a dirty race."', 'a dirty race.', 'Weaver', 'cue-in-sentence'], // "who" follows another noun, not the cue's subject
  ];
  it.each(RELATIVE)('%s', (input, quote, speaker, rule) => {
    const q = markedQuotesOf(input).find((x) => x.text === quote);
    expect(q && [q.speaker, q.rule]).toEqual([speaker, rule]);
  });

  it('the entity model gives the "who" its person', async () => {
    const { extractFacts } = await import('../../../src/index.js');
    const text = '"It is the way of the world," said John Weaver, who said executives fail to see there are "no secrets" in politics.';
    const q = extractFacts(text).quotes.find((x) => x.text === 'no secrets');
    expect(q?.speaker && [q.speaker.name, text.slice(q.speaker.start, q.speaker.end)]).toEqual(['John Weaver', 'who']);
  });
});
