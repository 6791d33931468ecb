/** Person-name mentions: which spans are names, where they start and end, and the rule that found them. */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/doc/article.js';
import { extractNameMentions } from '../../src/extract/people.js';
import { expectNearNewsTime } from '../helpers/linear-time.js';

const mentions = (text: string) => extractNameMentions(buildArticle(text));

/** A case table: each [text, expected mention texts in order] row is one test. */
function mentionTable(name: string, cases: Array<[string, string[]]>): void {
  describe(name, () => {
    it.each(cases)('%s', (text, expected) => {
      expect(mentions(text).map((m) => m.text)).toEqual(expected);
    });
  });
}

/** [text, expected mention texts in order] */
const CASES: Array<[string, string[]]> = [
  ['Turkish Defense Minister Yasar Guler told Reuters.', ['Yasar Guler']],
  ['The deal was signed by his Syrian counterpart Murhaf Abu Qasra on Monday.', ['Murhaf Abu Qasra']],
  ['Opposition groups removed Bashar al-Assad from power.', ['Bashar al-Assad']],
  ['Mr Blair said the plan would work.', ['Blair']],
  ['Dr. Jane Smith, 54, a lawyer, said so.', ['Jane Smith']],
  ["President George W. Bush's speech was short.", ['George W. Bush']],
  ['The prize went to Ludwig van Beethoven and Vasco da Gama.', ['Ludwig van Beethoven', 'Vasco da Gama']],
  ['Striker Alan Shearer and Tim O\'Gorman scored.', ['Alan Shearer', "Tim O'Gorman"]],
  ['She met Mark Lewis-Francis in Birmingham.', ['Mark Lewis-Francis']],
  ['Hussain , considered surplus to England \'s needs , struck 158 as Nasser Hussain starred .', ['Hussain', 'Nasser Hussain']],
  ['President Bill Clinton met Clinton \'s aides .', ['Bill Clinton', 'Clinton']],
  ['" It was great , " Rafter said .', ['Rafter']],
  ['Scorers : Zoran Kundic ( 28th ) , Klimis Alexandrou ( 41st )', ['Zoran Kundic', 'Klimis Alexandrou']],
  ['Squad : Rahul Dravid , Nayan Mongia , Javagal Srinath .', ['Rahul Dravid', 'Nayan Mongia', 'Javagal Srinath']],
  ['Saeed Anwar c Croft b Mullally 176', ['Saeed Anwar', 'Croft', 'Mullally']],
  ['BOXING - DURAN FIGHTS ON .\nRoberto Duran climbs into the ring .', ['DURAN', 'Roberto Duran']],
  ['Pete Sampras ( U.S. ) beat Tim Henman ( Britain ) 6-3 6-4', ['Pete Sampras', 'Tim Henman']],
  ['Australian Tom Moody took six for 82 .', ['Tom Moody']],
  ['I kept hearing about this girl named Isabel.', ['Isabel']],
  ['They met a man called Frank.', ['Frank']],
  ['Second-ranked Austrian Thomas Muster , who was seeded third , won .', ['Thomas Muster']],
  ['He served King Louis XV of France and later Pope John Paul II.', ['Louis XV', 'John Paul II']],
  // A one-syllable family name and a hyphenated two-syllable given name (Chinese, Korean).
  ['The seats went to Cheng Chung-tai and Kim Young-sam .', ['Cheng Chung-tai', 'Kim Young-sam']],
  ['Yau Wai-ching defeated another candidate.', ['Yau Wai-ching']],
  // A hyphenated title is cut like a plain one.
  ['U.N. Undersecretary-General Yasushi Akashi arrived .', ['Yasushi Akashi']],
  // A weekday after a name is the date of the news.
  ['Republican candidate Bob Dole Wednesday accused the government .', ['Bob Dole']],
  // A known person's surname between "the" and a lower-case noun is still the person.
  ['President Bill Clinton spoke .\nCritics attacked the Clinton administration .', ['Bill Clinton', 'Clinton']],
  // A known two-word name written family name first (Wikipedia, Higuchi Ichiyō); not two other words.
  ['Author Ichiyō Higuchi died young. Her name is also written Higuchi Ichiyō.', ['Ichiyō Higuchi', 'Higuchi Ichiyō']],
  ['Author Ichiyō Higuchi died young. Higuchi Park was her home.', ['Ichiyō Higuchi', 'Higuchi']],
  // (Two words of Japanese syllables are a name of their own: japanese-name-shape.)
  ['Author Ichiyō Higuchi died young. Higuchi Natsu was her sister.', ['Ichiyō Higuchi', 'Higuchi Natsu']],
  // So after a sentence-initial "The" (Wikipedia, Évariste Galois); not before a capitalized word.
  ['Évariste Galois died young. The Galois memorial was built later.', ['Évariste Galois', 'Galois']],
  ['President Bill Clinton spoke. The Clinton Foundation said no.', ['Bill Clinton']],
  ['Évariste Galois died young. The Galois was a ship.', ['Évariste Galois']],
  // After a sure given name a town is a family name.
  ['Todd Woodbridge and Scott Stafford won .', ['Todd Woodbridge', 'Scott Stafford']],
  // The title of a work after a work noun is no person.
  ['Liam Neeson stars in the film Michael Collins .', ['Liam Neeson']],
  // An organization word before a title or a full name is cut, not a reason to drop the name.
  ['Treasury Secretary Robert Rubin said so .', ['Robert Rubin']],
  ['Former Secretary of State James Baker made a trip .', ['James Baker']],
  // A plural-looking family name after a sure given name.
  ['Number four Marcelo Rios of Chile won .', ['Marcelo Rios']],
  // A lone word that compromise's lexicon knows only as a person.
  ['They fought Hitler .', ['Hitler']],
  // A rare word before a given name at the start of a sentence is a given name when only two words stand.
  ['Linford Christie said he will run .', ['Linford Christie']],
  ['Unseeded Patrick Rafter won again .', ['Patrick Rafter']],
  // A nationality that is also a given name is cut before a sure given name and a family name.
  ['He beat German Tommy Haas 6-3 .', ['Tommy Haas']],
  // An appositive headed by a person noun: "X , leader of", "X , a lawyer ,".
  ['They met Massoud Barzani , leader of the KDP .', ['Massoud Barzani']],
  // "X de <place>" without a given name is an institution; a known surname before ", <country>" is a place.
  ['Jeanne Moreau studied at the Conservatoire de Paris . She was born in Paris , France .', ['Jeanne Moreau']],
  ['Reporter Valeska Paris said so . Paris , France is far . Paris left the ship .', ['Valeska Paris', 'Paris']],
  // Rule given-name-plural-surname: a sure given name, then a plural-looking common word.
  ['Goals came from Harry Kane and John Stones early in the game.', ['Harry Kane', 'John Stones']],
  ['San Francisco left fielder Barry Bonds did not appear.', ['Barry Bonds']],
  // ... but not a team after a place, nor a run after "the", nor a given name that is a common word.
  ['Manchester Giants beat the Chicago Bulls .', []],
  ['She wrote Mind Games in 1990 .', []],
  // A name of several words that the document shows to be a company ("... Inc") is no person elsewhere.
  ['Magna , Johnson Controls and Lear make seats . It competes with Johnson Controls Inc .', []],
  // A hyphenated given name whose two parts are given names; not a month range, a title or a pair.
  ['He was routed by Frenchman Jean-Philippe Fleurian 6-2 .', ['Jean-Philippe Fleurian']],
  ['The investigations of Pierre-Simon Laplace were cited .', ['Pierre-Simon Laplace']],
  ['Current account Jan-May was in deficit .', []],
  ['Donor attacks the Blair-Brown feud .', []],
  ['They met Major-General Nikolai Sherbatov on Monday .', ['Nikolai Sherbatov']],
  // An appositive whose head person noun comes after other person nouns: "chief financial officer".
  ['The gift was made.  Iggy Fanlo, chief revenue officer at Shopping.com, said so.', ['Iggy Fanlo']],
  ['Hamas, the militant group, said so.', []],
  // A head written as a capitalized abbreviation (constructed): "the Labour MP", "its new CEO".
  ['Zarko Wibblet, the Labour MP, said it was time.', ['Zarko Wibblet']],
  ['Tovan Prell, the new CEO, said so.', ['Tovan Prell']],
  ['Acme, the US firm, said so.', []],
  // After a person noun, a word compromise knows as a person is one though a place has its name
  // (Bono is a region of Ghana); not when a common noun follows it (constructed)
  ['Showbiz figures included U2 frontman Bono and others.', ['Bono']],
  ['He clashed with his daughter Victoria over the bill.', ['Victoria']],
  ['Officials met at the official Kent house on Monday.', []],
  // Musicians stand before a name as guitarists do (constructed)
  ['The band joined vocalist Bonzo on stage.', ['Bonzo']],
  // Initials that the sentence splitter took for a full stop stay in the name.
  ['Yeah, I see O.J. Simpson. What would that be?', ['O.J. Simpson']],
  ['USI was not alone.  K.C. Maurer, chief financial officer and treasurer, said so.', ['K.C. Maurer']],
  ['He lives in Washington D.C. The mayor said so.', []],
  ['He moved to the U.S. Smith said so.', ['Smith']],
  // A run before "& Sons", "& Co" is a firm; "F.C." is a club, not initials.
  ['Analysts at A.G. Edwards & Sons cut the rating .', []],
  ['Administrators David Rubin & Partners were called in .', []],
  ['They lost 2-1 to F.C. Valletta ( Malta ) .', []],
  // Rule appositive-after-person-noun: a name between commas right after a person noun.
  ["According to the Afghan team's coach, Alireza Mehraban, in their first matchup, they won.", ['Alireza Mehraban']],
  ['Her former professor, Koolhaas, described her as a planet.', ['Koolhaas']],
  // ... both commas are needed ("the coach, X and the players" is a list).
  ['He thanked the coach, Alireza and the players.', []],
  // Rule legal-form-after-name: a legal form after a word makes it a firm for the whole document,
  // written in capitals ("Lenzing AG", a run of its own) or not ("Atria Oy").
  ['Austrian fibre maker Lenzing AG said it expected a loss . " Sales were weak , " Lenzing said .', []],
  ['Finnish foodstuffs group Atria Oy reported a profit . " We see growth , " Atria said .', []],
  // ... but not after a capitalized abbreviation that is no legal form, nor for the firm's neighbours.
  ['Labour\'s Keith Vaz MP spoke . " It was hard , " Vaz said .', ['Keith Vaz', 'Vaz']],
  ['Siemens AG hired Peter Lenz . " It was hard , " Lenz said .', ['Peter Lenz', 'Lenz']],
  // Rule organization-noun-before-name: an organization noun before a word makes it a firm or a
  // team for the whole document ...
  ['Brazil lent money to private bank Bamerindus . " We are solvent , " Bamerindus said .', []],
  // A run right after "role in", "version of", "remake of", "sequel to" is a work; not the owner of one (constructed)
  ['She was praised for her role in Vera Drake .', []],
  ['He directed the film version of Billy Elliot last year .', []],
  ["Her role in Mike Nichols' Closer won praise .", ['Mike Nichols']],
  ['It is the sequel to Ben Stiller comedy Meet The Parents .', ['Ben Stiller']],
  // One word before an award noun names the award, there and elsewhere in the document (constructed)
  ['She received three Oscar nominations . He won the best actor Oscar last year .', []],
  ['The Cesar awards were held in Paris . Her first Cesar came in 2001 .', []],
  ['Oscar Wilde wrote plays . The Oscar nominees met .', ['Oscar Wilde']],
  // ... a public body or an association too (constructed)
  ["An MP criticised agriculture department Wexfra's approach . The auditors said Wexfra had improved .", []],
  ['Aid came from the charity Olvamfam . Olvamfam said it would help .', []],
  // ... but not a noun that is often something else ("a paper" by scientists), nor across a heading.
  ['Biologist Nick Bos studies ants . In a recent paper Bos and colleagues describe them .', ['Nick Bos', 'Bos']],
  // ... nor a run with a given name, an honorific or a title after it.
  ['Mr Molyneux won an OBE . Speaking to the BBC News website Mr Molyneux said he was surprised .', ['Molyneux', 'Molyneux']],
  ['Military service\n\nLenz was recruited in 1777 . " It was hard , " Lenz said .', ['Lenz', 'Lenz']],
  // Rule article-modifier-thing: a lone word between an article and a lower-case word is a thing,
  // a group or a place for the whole document ...
  ['Investors cheered the Zenith contract . " We will grow , " Zenith said .', []],
  ['Fighters of the Taleban militia left . " We will win , " Taleban said .', []],
  // ... unless the document gives it as the family name of a full name, or it is coordinated.
  ['Critics of Margaret Thatcher attacked the Thatcher government . " We will win , " Thatcher said .', ['Margaret Thatcher', 'Thatcher', 'Thatcher']],
  ['He is a suspect in the Marchal and Lambrecks case . " We will find them , " Marchal said .', ['Marchal']],
  // Rule person-noun-before-name, hyphenated: a compound whose first or last part is a person noun ...
  ['Talks began after rebel chief-of-staff Aslan Maskhadov signed an agreement .', ['Aslan Maskhadov']],
  // ... but not a compound of other words before a place.
  ['They sailed past the long-disputed Cape Wrath at dawn .', []],
  // Rule given-name-honorific: "Dean" before one family name is the given name ...
  ['Rory Underwood and Dean Richards have been left out of the squad .', ['Rory Underwood', 'Dean Richards']],
  ['But for Charlton goalkeeper Dean Kiely , we would have won .', ['Dean Kiely']],
  // ... but before a full name it is the title.
  ['The law school said Dean Martha Minow would retire .', ['Martha Minow']],
  // Rule common-word-family-name: a common word after a name-shaped word, before a country in brackets ...
  ['Finals :\n4 - Kimiko Date ( Japan ) beat 1 - Arantxa Sanchez Vicario ( Spain ) 3-6 6-3 6-0 .', ['Kimiko Date', 'Arantxa Sanchez Vicario']],
  // ... but not without that context, nor with a word that is a title, a place or a plural.
  ['Kimiko Date was on the programme .', []],
  ['Results : Grand Prix ( France ) , Formula Ford ( Britain ) .', []],
  // Rule place-context: a lone given-name-list word after "town of" or before a site noun is a place ...
  ['Protests began in the southern town of Karak and spread to Amman .', []],
  ['The plane landed at Sofia airport after a bomb threat .', []],
  // ... but a lone given name elsewhere, or in a possessive, is still a person.
  ['The party was held in honour of Sofia , his daughter .', ['Sofia']],
  ["They met at Sofia 's camp near the river .", ['Sofia']],
  // A second team between two scores at the end of a results line is no person.
  ['Results :\nHamilton 2 Clyde 0\nJohn Smith scored twice .', ['John Smith']],
  // "X v Y": each side of a fixture is a team ...
  ['English division one - Plymouth v Preston , Shrewsbury v Brentford , Walsall v Wrexham .', []],
  ['Quarter-finals : Tottenham v Nottingham Forest , Bournemouth v Chester .', []],
  ['Final Partizan v Olympiakos .', []],
  // ... but a full name with a sure given name stays a person.
  ['The styles are worlds apart ( Marvin Gaye v Tuff Jam ? ) .', ['Marvin Gaye']],
  // "Lloyd's of London": a one-word possessive before "of" and a place names a firm for the whole document ...
  ["U.S. investors in troubled Lloyd 's of London were considering an appeal . A court ordered Lloyd 's to give investors more time .", []],
  ["The head of Lloyd's of London, the insurance market, spoke. Lloyd's chief executive agreed.", []],
  // ... not a person whose possessive is followed by another "of", nor a full name.
  ["Clive Lloyd led the side . Lloyd's of course a legend in Guyana .", ['Clive Lloyd', 'Lloyd']],
  ["Clive Lloyd's of London days are over , said Lloyd .", ['Clive Lloyd', 'Lloyd']],
  // An appositive headed by "woman"/"man" or modified by a nationality word makes a person ...
  ['Valeska Paris , an Australian woman and former member of the church , says she was held .', ['Valeska Paris']],
  ['Kenteris , the 2000 Olympic 200m champion , was banned .', ['Kenteris']],
  ['They found Dheeraj , a local man , in the house .', ['Dheeraj']],
  ['Tosui Nakarai , a Japanese writer , helped her .', ['Tosui Nakarai']],
  // ... not a place or a group described with the same words.
  ['Nice , a French city of 340,000 , hosted the summit .', []],
  ['Turkey , a NATO member , objected to the plan .', []],
  // A run that opens a line followed only by six or more whole numbers is a league-table row (a team) ...
  ['Standings :\nArsenal 3 2 0 1 4 2 6\nAston Villa 3 2 0 1 4 2 6\nManchester United 3 1 2 0 4 2 5', []],
  ['Auckland 21 11 0 10 406 389 22\nSydney Tigers 21 11 0 10 309 435 22\nParramatta 21 10 1 10 388 391 21', []],
  // ... but not player statistics with decimals, golf cards, or a name inside a sentence.
  ['Batting :\nAlec Stewart 3 5 0 396 170 79.20\nJohn Crawley 2 3 0 178 106 59.33', ['Alec Stewart', 'John Crawley']],
  ['Leading scores :\nNick Price 70 68 72 210\nColin Montgomerie 71 69 71 211', ['Nick Price', 'Colin Montgomerie']],
  ['Wasim Akram took 3 wickets for 40 runs in 12 overs on Friday .', ['Wasim Akram']],
  // Countries under former or short names are places ...
  ['Rwanda says Zaire expels 28 Rwandan refugees .', []],
  ['Peace talks in Ivory Coast began in February .', []],
  ['4. Ato Boldon ( Trinidad ) 10.12 5. Linford Christie ( Britain ) 10.14', ['Ato Boldon', 'Linford Christie']],
  // ... and do not stop a person's name in the same sentence.
  ['Chad Hurley said troops in Ivory Coast and Zaire were waiting .', ['Chad Hurley']],
];

describe('extractNameMentions', () => {
  it.each(CASES)('%s', (text, expected) => {
    const found = mentions(text);
    expect(found.map((m) => m.text)).toEqual(expected);
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
  });

  it.each([
    ['Mrs Thatcher arrived.', 'Thatcher', 4, 12, 'female'],
    ['Then John Smith left.', 'John Smith', 5, 15, 'male'],
    ["Guler's statement was read out.", 'Guler', 0, 5, undefined],
  ] as const)('%s → span and gender', (text, name, start, end, gender) => {
    const lead = 'Yasar Guler said so. ';
    const guler = text.startsWith('Guler') ? mentions(lead + text).slice(1) : mentions(text);
    const offset = text.startsWith('Guler') ? lead.length : 0;
    expect(guler[0]).toMatchObject({ text: name, start: start + offset, end: end + offset });
    expect(guler[0]!.gender).toBe(gender);
  });

  it('cuts titles, honorifics and possessives from the span', () => {
    const text = "General Intelligence Director Hussein Salameh and Mr Blair's wife.";
    expect(mentions(text).map((m) => [m.text, m.rule])).toEqual([
      ['Hussein Salameh', 'title-before-name'],
      ['Blair', 'honorific-before-name'],
    ]);
  });

  it('takes about the time of news its length on a long line without breaks', () => {
    const text = 'Smith Jones Brown '.repeat(30_000) + 'said.';
    expectNearNewsTime((t) => () => mentions(t), text);
  }, 60_000);
});

/**
 * Rule `determiner-before-known-surname`: after "a", "an", "the" or a possessive determiner, a known
 * surname that modifies no noun is a thing named after the person (constructed after GUM
 * interview_cocktail, bio_moreau). [text, expected mention texts]
 */
const DETERMINER_CASES: Array<[string, string[]]> = [
  // fires: the surname is the head of the noun phrase
  ['Rick Santorum ran again. The bar called it a Santorum.', ['Rick Santorum']],
  ['Rick Santorum ran again. My Santorum was sweet.', ['Rick Santorum']],
  ['Jeanne Moreau was born there. Every tombstone was for a Moreau.', ['Jeanne Moreau']],
  // must not fire: the surname modifies a noun (CoNLL convention: still the person)
  ['Philippe Seguin spoke . A Seguin spokeswoman confirmed it .', ['Philippe Seguin', 'Seguin']],
  ['Yasser Arafat arrived , an Arafat adviser said .', ['Yasser Arafat', 'Arafat']],
  ['Bill Clinton spoke . Aides invited their Clinton counterparts .', ['Bill Clinton', 'Clinton']],
  // must not fire: no determiner before the surname
  ['Rick Santorum ran again. Later Santorum won.', ['Rick Santorum', 'Santorum']],
  // must not fire: "his"/"her" are not in the set
  ['Jeanne Moreau was born there. Her films made Moreau famous.', ['Jeanne Moreau', 'Moreau']],
];

mentionTable('determiner before a known surname', DETERMINER_CASES);

/**
 * Rule `determiner-before-name`: a name right after "a", "an" or a possessive determiner that
 * modifies no noun is a thing (constructed after BBC tech, GUM interview_ants, CoNLL).
 */
const NAMESAKE_CASES: Array<[string, string[]]> = [
  // fires
  ['He designed a system for their Morris Minor.', []],
  ['I wanted an internship for my M.Sc. studies.', []],
  // must not fire: the name modifies a noun
  ['He was hit by a Mark Hutton pitch in the first over .', ['Mark Hutton']],
  // must not fire: a title or an honorific makes the person
  ['Placed under the care of a Dr. William Bailey, he grew.', ['William Bailey']],
  // must not fire: no determiner
  ['He designed a system for Morris Minor and his wife.', ['Morris Minor']],
];

mentionTable('determiner before a name', NAMESAKE_CASES);

/**
 * Rule `family-after-known-surname` (pass 2): "the <known surname> <family noun>" names the family as a
 * whole, not the person (GUM convention, Wikipedia bio of Daniel Bernoulli: "the Bernoulli family").
 * [text, expected mention texts]; constructed sentences.
 */
const FAMILY_CASES: Array<[string, string[]]> = [
  // Must fire: no mention of the family name.
  ['Daniel Bernoulli was born in 1700. The Bernoulli family came from Antwerp.', ['Daniel Bernoulli']],
  ['Daniel Bernoulli was one of the mathematicians in the Bernoulli family.', ['Daniel Bernoulli']],
  ['President John Kennedy spoke. Reporters followed the Kennedy clan and the Kennedy twins.', ['John Kennedy']],
  // Must not fire: other nouns after "the" keep the person used as a modifier.
  ['President Bill Clinton spoke. Critics attacked the Clinton administration.', ['Bill Clinton', 'Clinton']],
  ['Andy Warhol died in 1987. The Warhol exhibit opened later.', ['Andy Warhol', 'Warhol']],
  // Must not fire: no "the", a possessive or a relation stays the person.
  ["Bill Clinton spoke. Clinton's family was there.", ['Bill Clinton', 'Clinton']],
  // Must not fire / no change: a capitalized word after it makes a firm or a place, not a person.
  ['President Bill Clinton spoke. The Clinton Foundation said no.', ['Bill Clinton']],
  ['Paul Simon sang. The Simon family lived in Queens.', ['Paul Simon']],
];

mentionTable('family-after-known-surname', FAMILY_CASES);

/**
 * Rule `coloured-thing`: a determiner and a colour word before a lone given name make it a print or a
 * model, here and everywhere in the text (after Wikinews on Warhol's prints: "a blue Marilyn and a
 * pink Marilyn"). [text, expected mention texts]; constructed sentences.
 */
const COLOUR_CASES: Array<[string, string[]]> = [
  // Must fire: no mention, not even the plain uses elsewhere in the text.
  ['He would make a blue Marilyn and a pink Marilyn for his buyers.', []],
  ['His pictures of Marilyn sold well. He would make a yellow Marilyn for every buyer.', []],
  ['She drove the red Mustang to work while her friends waited.', []],
  // Must not fire: other adjectives keep the person; so does a colour with no determiner.
  ['His son James wore a blue shirt to the match.', ['James']],
  ['They met a man called Frank.', ['Frank']],
  ['I kept hearing about this girl named Isabel, who wore blue.', ['Isabel']],
  // Must not fire: a colour word as a family name after a given name is a person (firm and place rows
  // stay as they were).
  ['Gordon Brown spoke in Paris.', ['Gordon Brown']],
  ['The blue Peugeot belonged to Gordon Brown.', ['Gordon Brown']],
  ['She said the red Tony Blair poster was old.', ['Tony Blair']],
];

mentionTable('coloured-thing', COLOUR_CASES);

/**
 * Rule `faith-name`: the name of a faith is no lone given name (Wikinews on the Hajj: "Islam's holiest
 * site"; CoNLL: "spreading Islam"). [text, expected mention texts]; constructed sentences.
 */
const FAITH_CASES: Array<[string, string[]]> = [
  // Must fire: the faith alone.
  ["The pilgrimage to Mecca, Islam's holiest site, began on Monday.", []],
  ['He was accused of spreading Islam and hindering recruitment.', []],
  ['She wrote a history of Christianity and Judaism in Spain.', []],
  // Must not fire: a full name with the same word, or a given name of another kind.
  ['President Islam Karimov arrived in Moscow.', ['Islam Karimov']],
  ['Uzbek leader Islam Karimov said the talks went well.', ['Islam Karimov']],
  ['I kept hearing about this girl named Isabel.', ['Isabel']],
  // Must not fire / no change: places and firms stay as they were.
  ['Shares in Christiania Bank rose as Tony Blair spoke in Mecca.', ['Tony Blair']],
];

mentionTable('faith-name', FAITH_CASES);

/**
 * Landform and water words end a place, not a person (ORGANIZATION_WORDS in lexicon/organizations.ts):
 * "the Ross Ice Shelf" (Wikinews), "Sydney Harbour", "Jonathan Creek" (BBC corpus). [text, expected
 * mention texts]; constructed sentences.
 */
const LANDFORM_CASES: Array<[string, string[]]> = [
  // Must fire: a name shape ending in a landform is no person.
  ['The map shows the Ross Ice Shelf and the camp beside it.', []],
  ['Fireworks lit up Sydney Harbour at midnight.', []],
  ['Tourists crowded Venice Beach as Tony Blair spoke in London.', ['Tony Blair']],
  ['Storms hit the Gulf Coast on Monday, said Mary Landrieu.', ['Mary Landrieu']],
  // Must not fire: surnames that are landforms as often stay people; so do people near a landform.
  ['Damon Hill won the race.', ['Damon Hill']],
  ['Lauren Marsh and Peter Wood met at the harbour.', ['Lauren Marsh', 'Peter Wood']],
  ['John Smith walked along the beach with his wife.', ['John Smith']],
];

mentionTable('landform words', LANDFORM_CASES);

// A modal opening a question is its verb, not a given name; a declarative "Will" still is one.
// (Constructed after BBC question headlines, "Will Tory tax cuts lift spirits?".)
mentionTable('a modal opening a question', [
  ['Will Tory tax cuts lift spirits? Michael Howard has revealed his plans.', ['Michael Howard']],
  ['Walter Smith was appointed on Thursday. Can Smith work Scottish wonders?', ['Walter Smith', 'Smith']],
  ['Will Young released a new single on Monday.', ['Will Young']],
  ['The singer Will Young asked: will it sell?', ['Will Young']],
]);
