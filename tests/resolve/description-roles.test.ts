/**
 * role-from-description: a definite description linked to a holder of that role (entity sieve
 * role-description) is a role of its own when its title says more; a title nobody holds (sieve
 * title-description) is a role of the first-named person when the link is sure. Sentences
 * constructed after BBC News politics, sport and arts copy.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

function rolesOf(text: string, name: string): Array<[string, string, string]> {
  const person = extractFacts(text).people.find((p) => p.name === name);
  expect(person, `no person ${name}`).toBeDefined();
  return person!.roles.map((r): [string, string, string] => [r.title, r.text, r.rule]);
}

describe('role-from-description', () => {
  it('"the ex-home secretary" after "quit as home secretary" is a role of its own', () => {
    const text = 'Mr Blunkett quit as home secretary last week. In a statement, the ex-home secretary said he accepted the findings.';
    expect(rolesOf(text, 'Blunkett')).toEqual([
      ['home secretary', 'home secretary', 'name-as-title'],
      ['ex-home secretary', 'ex-home secretary', 'role-from-description'],
    ]);
  });

  it('"the former chief executive" after "chief executive of Acme"', () => {
    const text = 'John Smith, chief executive of Acme, left in May. The former chief executive said he was proud.';
    expect(rolesOf(text, 'John Smith')).toContainEqual(['former chief executive', 'former chief executive', 'role-from-description']);
  });

  it.each([
    // the same title again adds nothing
    ['Jack Straw, the foreign secretary, met the Iranians. The foreign secretary said talks would go on.', 'Jack Straw', [['foreign secretary', 'foreign secretary', 'name-comma-title']]],
    // a shorter title adds nothing
    ['Mr Blair, the prime minister, spoke. The minister said he was proud.', 'Blair', [['prime minister', 'prime minister', 'name-comma-title']]],
    // another post with the same head is no time-prefixed form of the held one
    ['Frank Dobson, the welfare minister, spoke in May. The prime minister said he was wrong.', 'Frank Dobson', [['welfare minister', 'welfare minister', 'name-comma-title']]],
    // a ranking word is no time prefix
    ['Jose Mourinho, the Chelsea manager, spoke. The last manager to win it was proud.', 'Jose Mourinho', [['manager', 'Chelsea manager', 'name-comma-title']]],
  ] as Array<[string, string, Array<[string, string, string]>]>)('must not fire: %s', (text, name, roles) => {
    expect(rolesOf(text, name)).toEqual(roles);
  });
});

describe('role-from-description: a title nobody holds, for the first-named person', () => {
  it.each([
    ['Gordon Brown has delivered a speech to the conference.\n\nThe chancellor said he was proud of the record.', 'Gordon Brown', 'chancellor'],
    ['Tony Blair spoke in Edinburgh. The prime minister said the report was good news.', 'Tony Blair', 'prime minister'],
    // a cue subject after the quote
    ['Michael Howard launched the campaign. "Britain is heading in the wrong direction," the Conservative leader said.', 'Michael Howard', 'leader'],
    // the subject of a reported clause, after its verb
    ['Tony Blair spoke at the launch. Critics claim the prime minister had reneged on a deal.', 'Tony Blair', 'prime minister'],
    // one title this way: a second title nobody holds is someone else's
    ['Tony Blair spoke in Edinburgh. The prime minister said the law was fair. Critics say the home secretary is worried.', 'Tony Blair', 'prime minister'],
  ])('%s', (text, name, title) => {
    expect(rolesOf(text, name)).toEqual([[title, expect.any(String), 'role-from-description']]);
  });

  it.each([
    // bound: the person and the description in one clause are two people
    ['Michael Howard has no doubt it is the prime minister who is to blame.\n\nThe prime minister must listen, the Tories say.', 'Michael Howard'],
    // someone else was named in between: the first-named person is not the only plausible holder
    ['Tony Blair defended the plan. Later, Sion Simon suggested an early election. The prime minister almost blushed.', 'Tony Blair'],
    // the holder is not the first-named person (the sieve's fallback, the most salient one, is often someone else)
    ['Critics rounded on Tony Blair. Later, Ian Gibson suggested an early election. The prime minister almost blushed.', 'Ian Gibson'],
    // inside a quotation: the speaker's words
    ['Martin Jol spoke after the draw. "The manager is wrong," he said.', 'Martin Jol'],
    // a name of unknown gender may be a firm the name finder took for a person
    ['Shares in Tandari rose, Tandari said. The chairman added that profits rose.', 'Tandari'],
    // the title word modifies a noun
    ['Clint Eastwood was in the room. The director award went to him.', 'Clint Eastwood'],
    // an object, and a predicate
    ['Brian O\'Driscoll ran a dummy scissors before drawing the full-back and passing.', "Brian O'Driscoll"],
    ['Rafael Nadal beat Andy Roddick. Aged 18, Nadal became the youngest player to win the cup.', 'Rafael Nadal'],
    // the person already has a title of their own
    ['Jack Straw, the foreign secretary, met them in May. The prime minister said talks would go on.', 'Jack Straw'],
  ])('must not fire: %s', (text, name) => {
    expect(rolesOf(text, name).filter(([, , rule]) => rule === 'role-from-description')).toEqual([]);
  });
});
