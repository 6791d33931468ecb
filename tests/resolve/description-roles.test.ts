/**
 * role-from-description: a definite description linked to a holder of that role (entity sieve
 * role-description) is a role of its own when its title says more. Sentences constructed after
 * BBC News politics copy.
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
    // a title nobody holds is not given to anyone as a role (the entity model may still link it)
    ['Tony Blair spoke in Edinburgh. The prime minister said so.', 'Tony Blair', []],
  ] as Array<[string, string, Array<[string, string, string]>]>)('must not fire: %s', (text, name, roles) => {
    expect(rolesOf(text, name)).toEqual(roles);
  });
});
