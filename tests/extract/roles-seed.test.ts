/**
 * The seed article's roles table (fixtures/articles/syria-turkey-defense.txt, expectations in
 * ../shared/examples/syria-turkey-defense.expected.md), through the whole pipeline and, to prove
 * the roles part on its own, through extractRoles + resolveRoles with hand-built people.
 */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/doc/article.js';
import { extractRoles } from '../../src/extract/roles.js';
import { extractFacts } from '../../src/index.js';
import { resolveRoles } from '../../src/resolve/roles.js';
import type { PersonFact } from '../../src/types.js';
import { SEED_ROLES as ROLES_TABLE, SEED_TEXT as TEXT } from '../helpers/seed.js';

function checkTable(people: readonly PersonFact[]): void {
  for (const [name, title, affiliation] of ROLES_TABLE) {
    const person = people.find((p) => p.name === name);
    expect(person, `${name} is a person`).toBeDefined();
    if (title === null) {
      expect(person!.roles).toEqual([]);
      continue;
    }
    expect(person!.roles.length, `${name} has one role`).toBe(1);
    const role = person!.roles[0]!;
    expect({ name, title: role.title, affiliation: role.affiliation }).toEqual({ name, title, affiliation });
    expect(TEXT.slice(role.start, role.end)).toBe(role.text);
  }
}

/** Hand-built people: every occurrence of each full name and of the surname "Guler". */
function handBuiltPeople(): PersonFact[] {
  const names = ROLES_TABLE.map(([name]) => name);
  return names.map((name, i) => {
    const forms = name === 'Yasar Guler' ? [name, 'Guler'] : [name];
    const mentions = forms.flatMap((form) => occurrences(form).map((start) => ({ start, end: start + form.length, text: form, rule: 'hand-built' })));
    const distinct = mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
    return { id: `p${i + 1}`, name, roles: [], mentions: distinct.sort((a, b) => a.start - b.start) };
  });
}

function occurrences(form: string): number[] {
  const found: number[] = [];
  for (let i = TEXT.indexOf(form); i >= 0; i = TEXT.indexOf(form, i + 1)) found.push(i);
  return found;
}

describe('seed article: roles table', () => {
  it('extractRoles + resolveRoles on hand-built people', () => {
    const doc = buildArticle(TEXT);
    checkTable(resolveRoles(handBuiltPeople(), extractRoles(doc), doc));
  });

  it('extractFacts (people detection + roles)', () => {
    checkTable(extractFacts(TEXT, { only: ['roles'] }).people);
  });

  it('the role phrases as written, with their rules', () => {
    const roles = extractRoles(buildArticle(TEXT)).map((r) => [r.text, r.rule]);
    expect(roles).toEqual([
      ['Syrian Defense Minister', 'title-before-name'],
      ['Turkish Defense Minister', 'title-before-name'],
      ['Turkish Defense Minister', 'title-before-name'],
      ['Syrian counterpart', 'counterpart-title'],
      ['Syrian Foreign Minister', 'title-before-name'],
      ['General Intelligence Director', 'affiliation-from-coordination'],
      ['Syrian Energy Minister', 'title-before-name'],
      ['Turkish Energy Minister', 'title-before-name'],
      ['Turkish Defense Minister', 'title-before-name'],
    ]);
  });
});
