/**
 * pronoun-…-title: a predicate role whose subject is "he"/"she" goes to the person the entity model
 * links the pronoun to. Sentences constructed after BBC News business and politics copy.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

function rolesOf(text: string): Array<[string, string, string | null, string]> {
  return extractFacts(text).people.flatMap((p) => p.roles.map((r): [string, string, string | null, string] => [p.name, r.title, r.affiliation, r.rule]));
}

describe('roles with a pronoun subject', () => {
  it.each([
    ['Lord Sainsbury was made a peer in 1997, a year before he was appointed as minister for science.', ['Sainsbury', 'minister for science', null, 'pronoun-was-appointed-title']],
    ['John Smith left Acme in May. He became chairman of Barclays in 2001.', ['John Smith', 'chairman', 'Barclays', 'pronoun-became-title']],
    ['Mary Jones spoke first. She is chief executive of Acme.', ['Mary Jones', 'chief executive', 'Acme', 'pronoun-is-title']],
    ['Arthur Hailey was born in Luton. He served as a pilot with the Royal Air Force.', ['Arthur Hailey', 'pilot', null, 'pronoun-as-title']],
  ] as Array<[string, [string, string, string | null, string]]>)('%s', (text, role) => {
    expect(rolesOf(text)).toContainEqual(role);
  });

  it.each([
    'Mary Jones spoke first. She is a lawyer\'s dream.', // a copula without a closed title
    'Mary Jones spoke first. She is the best candidate.', // a main-clause copula needs the organization
    '"He was appointed chairman," said John Smith.', // a pronoun inside quotation marks is linked to no one here
    'Charles married in May. If he became king, Charles would be governor.', // a condition
    'If John Smith became chairman, Acme would grow.',
    'He was appointed chairman in May.', // nobody named: the pronoun refers to no person
  ])('must not fire: %s', (text) => {
    expect(rolesOf(text)).toEqual([]);
  });
});
