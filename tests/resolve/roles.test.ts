import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/doc/article.js';
import type { RoleMention } from '../../src/extract/roles.js';
import { resolveRoles } from '../../src/resolve/roles.js';
import type { PersonFact } from '../../src/types.js';

const TEXT = 'Turkish Defense Minister Yasar Guler met Syrian Defense Minister Murhaf Abu Qasra. Guler, the minister, left.';
const doc = buildArticle(TEXT);

function person(id: string, ...forms: string[]): PersonFact {
  const mentions = forms.map((form) => {
    const start = TEXT.indexOf(form);
    return { start, end: start + form.length, text: form, rule: 'hand-built' };
  });
  return { id, name: forms[0]!, roles: [], mentions };
}

function role(text: string, title: string, affiliation: string | null, personText: string, from = 0): RoleMention {
  const start = TEXT.indexOf(text, from);
  const personStart = TEXT.indexOf(personText, start);
  return { start, end: start + text.length, text, title, affiliation, rule: 'title-before-name', personStart, personEnd: personStart + personText.length };
}

describe('resolveRoles', () => {
  it('attaches each role to the person whose mention overlaps the role’s name', () => {
    const people = [person('p1', 'Yasar Guler'), person('p2', 'Murhaf Abu Qasra')];
    const roles = [
      role('Turkish Defense Minister', 'Defense Minister', 'Turkey', 'Yasar Guler'),
      role('Syrian Defense Minister', 'Defense Minister', 'Syria', 'Murhaf Abu Qasra'),
    ];
    const out = resolveRoles(people, roles, doc);
    expect(out.map((p) => p.roles.map((r) => [r.text, r.title, r.affiliation, r.rule]))).toEqual([
      [['Turkish Defense Minister', 'Defense Minister', 'Turkey', 'title-before-name']],
      [['Syrian Defense Minister', 'Defense Minister', 'Syria', 'title-before-name']],
    ]);
  });

  it('a role fact carries only the public fields (no person offsets)', () => {
    const out = resolveRoles([person('p1', 'Yasar Guler')], [role('Turkish Defense Minister', 'Defense Minister', 'Turkey', 'Yasar Guler')], doc);
    expect(Object.keys(out[0]!.roles[0]!).sort()).toEqual(['affiliation', 'end', 'rule', 'start', 'text', 'title']);
  });

  it('the largest overlap wins when a name run spans two mentions', () => {
    const people = [person('p1', 'Yasar'), person('p2', 'Yasar Guler')];
    const out = resolveRoles(people, [role('Turkish Defense Minister', 'Defense Minister', 'Turkey', 'Yasar Guler')], doc);
    expect(out.map((p) => p.roles.length)).toEqual([0, 1]);
  });

  it('drops a role whose name matches no person', () => {
    const people = [person('p1', 'Murhaf Abu Qasra')];
    const out = resolveRoles(people, [role('Turkish Defense Minister', 'Defense Minister', 'Turkey', 'Yasar Guler')], doc);
    expect(out[0]!.roles).toEqual([]);
  });

  it('collapses repeats: same title and affiliation once; a bare title gives way to an affiliated one', () => {
    const guler: PersonFact = {
      ...person('p1', 'Yasar Guler'),
      mentions: [
        { start: TEXT.indexOf('Yasar Guler'), end: TEXT.indexOf('Yasar Guler') + 11, text: 'Yasar Guler', rule: 'hand-built' },
        { start: TEXT.indexOf('Guler,'), end: TEXT.indexOf('Guler,') + 5, text: 'Guler', rule: 'hand-built' },
      ],
    };
    const at = TEXT.indexOf('minister,');
    const roles: RoleMention[] = [
      role('Turkish Defense Minister', 'Defense Minister', 'Turkey', 'Yasar Guler'),
      role('Turkish Defense Minister', 'Defense Minister', 'Turkey', 'Yasar Guler'),
      { start: at, end: at + 8, text: 'minister', title: 'minister', affiliation: null, rule: 'name-comma-title', personStart: TEXT.indexOf('Guler,'), personEnd: TEXT.indexOf('Guler,') + 5 },
      { start: at, end: at + 8, text: 'minister', title: 'Defense Minister', affiliation: null, rule: 'name-comma-title', personStart: TEXT.indexOf('Guler,'), personEnd: TEXT.indexOf('Guler,') + 5 },
    ];
    const out = resolveRoles([guler], roles, doc);
    expect(out[0]!.roles.map((r) => [r.title, r.affiliation])).toEqual([
      ['Defense Minister', 'Turkey'],
      ['minister', null],
    ]);
  });

  it('keeps roles a person already had and returns people untouched when there are no roles', () => {
    const p = person('p1', 'Yasar Guler');
    expect(resolveRoles([p], [], doc)[0]).toBe(p);
    const withRole = { ...p, roles: [{ start: 0, end: 7, text: 'Turkish', title: 'envoy', affiliation: null, rule: 'hand-built' }] };
    const out = resolveRoles([withRole], [role('Turkish Defense Minister', 'Defense Minister', 'Turkey', 'Yasar Guler')], doc);
    expect(out[0]!.roles.map((r) => r.title)).toEqual(['envoy', 'Defense Minister']);
  });
});
