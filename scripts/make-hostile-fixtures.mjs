// Generate the large hostile inputs (too big to commit) into a folder.
// Usage: node scripts/make-hostile-fixtures.mjs <dir>   (tests call makeHostileFixtures(dir))
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SENTENCE = 'Defense Minister Yasar Guler said on Wednesday that more than 20,000 troops would stay, "for now". ';

/** What each generated input should give when run alone. */
export const GENERATED_CASES = [
  // no reference date anywhere: one warning about the relative dates of each document
  { input: 'big-no-newline.txt', exit: 0, error: null, stderr: ': warning: \\d+ relative dates? left unresolved \\(' },
  { input: 'over-limit.txt', exit: 1, error: 'TOO_LARGE', stderr: ': 10 MB is over the size limit of 10 MB \\(raise the limit with --max-size, e\\.g\\. --max-size 50MB' },
  { input: 'many-quotes.txt', exit: 0, error: null, stderr: null },
  { input: 'long-word.txt', exit: 0, error: null, stderr: null },
  { input: 'many-records.jsonl', exit: 0, error: null, stderr: ':1: warning: \\d+ relative dates? left unresolved \\(' },
  { input: 'empty-dir', exit: 1, error: 'EMPTY_DIRECTORY', stderr: ': has no \\.txt or \\.md files \\(' },
];

export function makeHostileFixtures(dir, { bigSize = 5 * 1024 * 1024 } = {}) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'big-no-newline.txt'), repeatTo(SENTENCE, bigSize));
  // One byte over the default 10 MB limit (refused from its size, before it is read).
  writeFileSync(join(dir, 'over-limit.txt'), Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
  writeFileSync(join(dir, 'many-quotes.txt'), '"'.repeat(10000) + ' said Ali Khan. ' + '“a” «b» \'c\' '.repeat(2500) + '"');
  writeFileSync(join(dir, 'long-word.txt'), 'x'.repeat(1024 * 1024));
  const records = [];
  for (let i = 0; i < 500; i++) records.push(JSON.stringify({ id: `rec-${i}`, text: `Record ${i}: ${SENTENCE}` }));
  writeFileSync(join(dir, 'many-records.jsonl'), records.join('\n') + '\n');
  mkdirSync(join(dir, 'empty-dir'), { recursive: true });
  return dir;
}

function repeatTo(text, size) {
  return text.repeat(Math.ceil(size / text.length)).slice(0, size);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/make-hostile-fixtures.mjs <dir>');
    process.exitCode = 2;
  } else {
    makeHostileFixtures(resolve(dir));
    console.error(`make-hostile-fixtures: wrote ${GENERATED_CASES.length} inputs to ${resolve(dir)}`);
  }
}
