/**
 * The entity model (src/resolve/entities/): one case table per sieve, through the whole pipeline,
 * with rows where the sieve must not fire. Texts are constructed sentences in the style of BBC News
 * and US wire copy (shared/corpus/bbc-news, PolNeAR), not copied from any gold file.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';
import { buildArticle } from '../../src/doc/article.js';
import { extractNameMentions } from '../../src/extract/people.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import { resolveEntities } from '../../src/resolve/entities/index.js';
import { resolvePeople } from '../../src/resolve/people.js';
import { expectNearNewsTime } from '../helpers/linear-time.js';

/** The speaker of the first quotation in marks: its name, whether it is a known person, and its kind. */
function speakerOf(text: string): { name: string | null; person: boolean; kind: string | null; mention: string | null } {
  const facts = extractFacts(text);
  const q = facts.quotes.find((x) => x.kind !== 'indirect' && x.speaker !== null);
  if (!q?.speaker) return { name: null, person: false, kind: null, mention: null };
  return { name: q.speaker.name, person: q.speaker.personId !== null, kind: q.speaker.kind ?? null, mention: text.slice(q.speaker.start, q.speaker.end) };
}

/** [sieve, text, expected speaker name, a known person?, kind] */
const SPEAKERS: Array<[string, string, string, boolean, string | null]> = [
  // pronoun: agreement and salience
  ['pronoun', 'Ann Lee arrived late. "We won," she said.', 'Ann Lee', true, null],
  ['pronoun: the subject of the last sentence beats an object after it', 'John Smith met Peter Jones on Monday. "It went well," he said.', 'John Smith', true, null],
  ['pronoun: an object in its own sentence comes last', 'Mr Brown spoke first. At a dinner hosted by Mr Green on Friday, he said: "We must act now."', 'Brown', true, null],
  ['pronoun: across a paragraph with a known gender', 'Mr Smith left the meeting early.\n\n"We won," he said.', 'Smith', true, null],
  ['pronoun must not: other gender', 'John Smith left. "We won," she said.', 'she', false, null],
  ['pronoun must not: across a paragraph without evidence', 'Smith left the meeting early.\n\n"We won," he said.', 'he', false, null],
  ['pronoun must not: a name inside the quotation', 'Ann Lee arrived. "Tom Jones told us to stay," she said.', 'Ann Lee', true, null],
  // paragraph-speaker
  ['paragraph-speaker', 'Mr Milburn said the campaign would be local. Mr Brown has led earlier campaigns. "It will not be a battle bus campaign," he said.', 'Milburn', true, null],
  ['paragraph-speaker must not: unknown gender', 'Kim Lee said the plan was good. Mr Brown has led earlier campaigns. "It will not work," he said.', 'Brown', true, null],
  // role-description
  ['role-description', 'Defense Minister Yasar Guler visited Damascus. "We are ready," the minister said.', 'Yasar Guler', true, null],
  ['role-description must not: an indefinite description', 'Defense Minister Yasar Guler visited Damascus. "We are ready," a minister said.', 'a minister', false, null],
  // title-description
  ['title-description: the first-named person, across a paragraph', 'Tony Blair has backed the report.\n\nIn a speech in Edinburgh, the prime minister said: "The report is sound."', 'Tony Blair', true, null],
  ['title-description must not: someone else\'s title', 'Tony Blair has backed the report.\n\nThe prime minister\'s official spokesman said: "The report is sound."', "The prime minister's official spokesman", false, null],
  // person-description
  ['person-description: an age', 'Mr John Smith was arrested on Monday. "I am innocent," the 46-year-old said.', 'John Smith', true, null],
  ['person-description must not: other gender', 'Mr John Smith was arrested on Monday. "I am innocent," the woman said.', 'the woman', false, null],
  // apposition
  ['apposition', 'The prosecution\'s star witness, former finance chief Scott Sullivan, said: "I was lying."', 'Scott Sullivan', true, null],
  // unnamed-speaker and head-match
  ['unnamed-speaker: a later "he"', 'A spokesman for the ministry said talks would continue. "We are hopeful," he added.', 'A spokesman for the ministry', false, null],
  ['head-match', 'A government spokesman said the talks would resume. "We are hopeful," the spokesman said.', 'A government spokesman', false, null],
  ['head-match must not: across a paragraph', 'A government spokesman said the talks would resume.\n\n"We are hopeful," the spokesman said.', 'the spokesman', false, null],
  // organizations
  ['organization-description', 'Acme Corp said profits rose. "We are pleased," the company said.', 'Acme Corp', false, 'organization'],
  ['organization-description: a name that never spoke', 'Revenues at media group Reuters slipped 11%. "We expect growth," the company said.', 'Reuters', false, 'organization'],
  ['organization-description must not: another kind', 'The Daily Telegraph said sales fell. "We are pleased," the airline said.', 'the airline', false, null],
  ['organization-description must not: no organization is named', 'Profits fell sharply. "We are pleased," the company said.', 'the company', false, null],
  ['organization-pronoun', 'Acme Corp said profits rose. "We are pleased," it said.', 'Acme Corp', false, 'organization'],
  ['organization-pronoun must not: "it" is no person', 'Ann Lee said profits rose. "We are pleased," it said.', 'it', false, null],
  // pronoun: a unisex first name says no gender, an honorific does
  ['pronoun: a unisex first name', 'Kim Collins will compete. Maurice Greene will also take part. Collins ran in Birmingham in 2003. "I am looking forward to it," he said.', 'Kim Collins', true, null],
  ['pronoun must not: a unisex first name with a female honorific', 'Ms Kim Lee will compete. Maurice Greene will also take part. Ms Lee ran in Birmingham in 2003. "I am looking forward to it," he said.', 'Maurice Greene', true, null],
  // reporting-subject: in a sentence with a cue, the speaker outranks the names in what is reported
  ['reporting-subject', 'The leader’s enthusiasm remains undimmed, Alan Milburn told the BBC on Saturday. Mr Blair has "the same passion" as in 1997, he said.', 'Alan Milburn', true, null],
  // coordinate-subject: a pronoun speaker opening ", but he …" keeps the first clause's subject as antecedent
  ['coordinate-subject', 'Ann Lee spoke at the rally. Last week, the FBI director, James Comey, recommended no charges against Ms Lee, but he called her actions "extremely careless."', 'James Comey', true, null],
  ['coordinate-subject must not: a subject that does not open the clause', 'John Smith spoke on Monday. The senator did give Tom Jones some credit, saying he should be congratulated, but he suggested the plan was "no good at all."', 'John Smith', true, null],
  ['reporting-subject: a title before the name of a clause-final cue', 'Others targeted include Oliver Letwin and Theresa May, Lib Dem elections chief Lord Rennard said. He said it was "nothing personal".', 'Rennard', true, null],
  ['reporting-subject must not: a sentence without a cue keeps its order', 'Others targeted include Oliver Letwin and Theresa May. "It is nothing personal," he said.', 'Oliver Letwin', true, null],
  // apposition-after-name
  ['apposition-after-name', '"We are doing research," Michael Lamberty, a Lufthansa spokesman told the BBC.', 'Michael Lamberty', true, null],
  ['apposition-after-name: no determiner', 'Rhodri Thomas, Plaid Cymru health spokesman said: "It is the same target."', 'Rhodri Thomas', true, null],
  ['apposition-after-name: a lower-case head is a description', 'Chris Panayis, managing director of ISP Freedom2surf said that it would help business. "I think it is productive," he said.', 'Chris Panayis', true, null],
  ['apposition-after-name must not: the name does not open the clause', 'Mr Brown met John Smith, a spokesman said: "Talks went well."', 'a spokesman', false, null],
  // person-description: an origin noun for one person, an appositive person head
  ['person-description: an origin noun', 'Peter Jackson visited Sydney. "It will take years," said the New Zealander.', 'Peter Jackson', true, null],
  ['person-description must not: an origin adjective', 'Peter Jackson visited Sydney. "It will take years," said the Australian.', 'Australian', false, null],
  ['person-description: "the Oscar winner"', 'Director Peter Jackson has said work will start soon. The Oscar winner said there was a "desire" to make it.', 'Peter Jackson', true, null],
  // role-description: "our correspondent" is definite
  ['role-description: "our"', 'BBC political correspondent James Hardy reported from Westminster. "Mr Brown will lay out his plans," our correspondent said.', 'James Hardy', true, null],
  ['role-description must not: "a correspondent"', 'BBC political correspondent James Hardy reported from Westminster. "Mr Brown will lay out his plans," a correspondent said.', 'a correspondent', false, null],
  ['organization-description: "the former monopoly"', 'Telecoms firm BT offered operators lower prices. "Central to the proposals are lower prices," the former monopoly said.', 'BT', false, 'organization'],
];

describe('speakers through the entity model', () => {
  it.each(SPEAKERS)('%s: %s', (_sieve, text, name, person, kind) => {
    const s = speakerOf(text);
    expect(s.name).toBe(name);
    expect(s.person).toBe(person);
    expect(s.kind).toBe(kind);
  });

  it('keeps start/end on the mention next to the cue', () => {
    const s = speakerOf('Acme Corp said profits rose. "We are pleased," the company said.');
    expect(s.mention).toBe('the company');
  });
});

/** [text, person, expected references as "text:rule"] */
const REFERENCES: Array<[string, string, string[]]> = [
  ['Ann Lee arrived late. She said her team had won.', 'Ann Lee', ['She:pronoun', 'her:pronoun']],
  ['Defense Minister Yasar Guler visited Damascus. The minister said talks went well.', 'Yasar Guler', ['The minister:role-description']],
  ['"They have shown a complete disregard," said Mr Fitzpatrick, who added that the firm had ignored the rules.', 'Fitzpatrick', ['who:relative-pronoun']],
  // must not: a "she" for a man, a description of another kind
  ['John Smith arrived late. She said the team had won.', 'John Smith', []],
  ['John Smith arrived late. The company said the team had won.', 'John Smith', []],
  // a head that doubles as an adjective, before the noun it modifies, is no description of a person
  ['Gordon Brown spoke on Monday. He said the next general election would be close.', 'Gordon Brown', ['He:pronoun']],
  ['Tony Blair spoke on Monday. He urged the international community to act.', 'Tony Blair', ['He:pronoun']],
  ['Ahmed Shaheed spoke on Monday. He said the official announcement would come soon.', 'Ahmed Shaheed', ['He:pronoun']],
  // a function word before any head ends the noun phrase: the head after it heads another one
  ['Alan Bennett wrote the play. The play also earned a best actor award.', 'Alan Bennett', []],
  ['Mikhail Khodorkovsky built the firm. Officials fear the political ambitions of its founder.', 'Mikhail Khodorkovsky', []],
  ['Emilio Botin runs the bank. He said the chairman would stay.', 'Emilio Botin', ['He:pronoun', 'the chairman:title-description']],
  // …but before a verb or an adverb it is one ("the general said", "the official currently")
  ['General Mike Jackson visited Basra. The general said the troops were ready.', 'Mike Jackson', ['The general:role-description']],
  ['General Mike Jackson visited Basra. The general currently leads the army.', 'Mike Jackson', ['The general:role-description']],
];

describe('people[].references', () => {
  it.each(REFERENCES)('%s', (text, name, expected) => {
    const person = extractFacts(text).people.find((p) => p.name === name);
    expect(person, `no person ${name}`).toBeDefined();
    expect(person!.references.map((r) => `${r.text}:${r.rule}`)).toEqual(expected);
    for (const r of person!.references) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

/** What resolveEntities reads, made by the stages before it. */
function entityInput(text: string): Parameters<typeof resolveEntities>[0] {
  const doc = buildArticle(text);
  const names = extractNameMentions(doc);
  return { doc, people: resolvePeople(names, doc), names, quotes: extractQuotes(doc) };
}

describe('coreference is linear in the document', () => {
  const paragraph = 'Mr Smith said the firm would grow. "We are pleased," he said. Acme Corp said profits rose, and the company said it would hire. The 46-year-old added: "It is a good day." ';
  const CASES: Array<[string, () => string]> = [
    ['2,000 paragraphs', () => (paragraph + '\n\n').repeat(2_000)],
    ['one sentence of 40,000 pronouns and names', () => 'Mr Smith and he and the minister and Acme Corp and it '.repeat(8_000) + 'said "hi".'],
    ['20,000 speaking names that are no person', () => Array.from({ length: 20_000 }, (_, k) => `The Org${k} said it grew.`).join(' ')],
  ];
  it.each(CASES)('%s', (_name, make) => {
    const text = make();
    const model = expectNearNewsTime((t) => { const input = entityInput(t); return () => resolveEntities(input); }, text);
    for (const m of model.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }, 60_000);
});
