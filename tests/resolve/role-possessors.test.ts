/**
 * affiliation-from-possessor: "its chairman", "the company's chairman" take the organization the
 * entity model links the possessive to. Sentences constructed after BBC News business copy.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

function rolesOf(text: string): Array<[string, string, string | null, string]> {
  return extractFacts(text).people.flatMap((p) => p.roles.map((r): [string, string, string | null, string] => [p.name, r.title, r.affiliation, r.rule]));
}

describe('affiliation-from-possessor', () => {
  it.each([
    [
      'The revelation that Shell had inflated its reserves led to the resignation of its chairman, Sir Phil Watts.',
      ['Phil Watts', 'chairman', 'Shell', 'affiliation-from-possessor'],
    ],
    [
      "Deutsche Bank's evidence came on the first day of a hearing in Houston. Its lawyer, Hugh Ray, told the court it was wrong.",
      ['Hugh Ray', 'lawyer', 'Deutsche Bank', 'affiliation-from-possessor'],
    ],
    ["Acme Corp said profits rose. The company's chairman, John Smith, was pleased.", ['John Smith', 'chairman', 'Acme Corp', 'affiliation-from-possessor']],
    ['Acme Corp said it had been punished for the ambitions of its founder Mikhail Khodorkovsky.', ['Mikhail Khodorkovsky', 'founder', 'Acme Corp', 'affiliation-from-possessor']],
  ] as Array<[string, [string, string, string, string]]>)('%s', (text, role) => {
    expect(rolesOf(text)).toContainEqual(role);
  });

  it('a coordinated role shares the possessive of the role before it', () => {
    const text = 'The report said Shell had inflated its reserves, and its chairman, Sir Phil Watts, and production chief Walter van der Vijver left.';
    expect(rolesOf(text)).toEqual([
      ['Phil Watts', 'chairman', 'Shell', 'affiliation-from-possessor'],
      ['Walter van der Vijver', 'production chief', 'Shell', 'affiliation-from-possessor'],
    ]);
  });

  it.each([
    // no organization to refer to
    ['Its lawyer, Hugh Ray, told the court.', ['Hugh Ray', 'lawyer', null, 'title-comma-name']],
    // a place is no owner of a post ("Houston")
    ['The hearing was held in Houston. Its lawyer, Hugh Ray, spoke.', ['Hugh Ray', 'lawyer', null, 'title-comma-name']],
    // "his", "her" own no organization's post
    ['Acme Corp said profits rose. Tony Blair met his adviser, John Smith.', ['John Smith', 'adviser', null, 'title-comma-name']],
    // the owner must be named in the possessive's sentence or the one before
    ['Acme Corp said profits rose. The weather was bad in May. Its lawyer, Hugh Ray, spoke.', ['Hugh Ray', 'lawyer', null, 'title-comma-name']],
    // a role with its own affiliation keeps it
    ['Acme Corp said profits rose. Its BBC correspondent John Smith agreed.', ['John Smith', 'correspondent', 'BBC', 'title-before-name']],
  ] as Array<[string, [string, string, string | null, string]]>)('must not fire: %s', (text, role) => {
    expect(rolesOf(text)).toContainEqual(role);
  });
});
