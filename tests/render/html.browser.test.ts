/**
 * The html page in a real browser: Debian's chromium, driven by playwright-core (no browser is
 * downloaded; `.ci/run` installs chromium with apt-get). Checks the DOM (each fact highlighted
 * exactly once, the article text shown exactly and never run), hover and keyboard focus (the tip
 * with the value), links from the panels, print styles, and saves a screenshot.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { extractFacts, render, type ArticleFacts } from '../../src/index.js';
// @ts-expect-error: a plain .mjs script without types
import { CHROMIUM, launchChromium } from '../../scripts/screenshot.mjs';
import { SEED } from '../helpers/cli.js';

const seedText = readFileSync(SEED, 'utf8');
/** Constructed: an article that carries markup and script, quoted by a minister. */
const HOSTILE = 'Interior Minister Ali Khan said on Monday: “<script>window.ran = 1</script><img src=x onerror="window.ran = 2"> is not news.”\nHe left.';

let browser: { context: { newPage(): Promise<Page> }; close(): Promise<void> };
let page: Page;
let dir: string;
let docs: Array<{ facts: ArticleFacts; text: string }>;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does)`);
  dir = mkdtempSync(join(tmpdir(), 'ef-html-'));
  docs = [
    { facts: extractFacts(seedText, { id: SEED, source: SEED }), text: seedText },
    { facts: extractFacts(HOSTILE, { id: 'hostile', source: '-' }), text: HOSTILE },
  ];
  writeFileSync(join(dir, 'page.html'), render('html', docs.map((d) => d.facts), { texts: docs.map((d) => d.text) }));
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(5_000);
  await page.goto(pathToFileURL(join(dir, 'page.html')).href);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Every fact's element id, as the renderer names them. */
function factIds(facts: ArticleFacts, doc: number): Array<{ id: string; text: string }> {
  const d = `d${doc + 1}`;
  return [
    ...facts.people.flatMap((p) => [...p.mentions.map((m, i) => ({ id: `${d}-${p.id}-m${i}`, text: m.text })), ...p.roles.map((r, i) => ({ id: `${d}-${p.id}-r${i}`, text: r.text }))]),
    ...facts.dates.map((x, i) => ({ id: `${d}-date-${i}`, text: x.text })),
    ...facts.numbers.map((x, i) => ({ id: `${d}-num-${i}`, text: x.text })),
    ...facts.quotes.map((x, i) => ({ id: `${d}-q-${i}`, text: x.text })),
  ];
}

/** The text of an element without the tips inside it. */
const textWithoutTips = (selector: string) =>
  page.$eval(selector, (el) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('.tip').forEach((t) => t.remove());
    return copy.textContent;
  });

describe('the html page in chromium', () => {
  test('each fact is highlighted exactly once, over its own text', async () => {
    for (const [i, { facts }] of docs.entries()) {
      const expected = factIds(facts, i);
      expect(expected.length).toBeGreaterThan(i === 0 ? 30 : 3);
      const marks = await page.$$eval(`#doc-${i + 1} mark.f[data-fact]`, (els) => els.map((e) => e.id));
      expect([...marks].sort()).toEqual(expected.map((f) => f.id).sort());
      const shown = await page.$$eval(`#doc-${i + 1} mark.f[data-fact]`, (els) =>
        Object.fromEntries(els.map((el) => {
          const copy = el.cloneNode(true) as Element;
          copy.querySelectorAll('.tip').forEach((t) => t.remove());
          return [el.id, { text: copy.textContent ?? '', clipped: el.classList.contains('clipped') }];
        })),
      );
      for (const fact of expected) {
        const mark = shown[fact.id]!;
        if (mark.clipped) expect(fact.text.startsWith(mark.text)).toBe(true);
        else expect(mark.text).toBe(fact.text);
      }
    }
  });

  test('the article text is shown exactly, its markup never run', async () => {
    expect(await textWithoutTips('#doc-1 .text')).toBe(seedText);
    expect(await textWithoutTips('#doc-2 .text')).toBe(HOSTILE);
    expect(await page.evaluate(() => (window as unknown as { ran?: number }).ran)).toBeUndefined();
    expect(await page.$$eval('script, img, iframe, link', (els) => els.length)).toBe(0);
  });

  test('hover shows the value of the fact under the pointer, and only its own', async () => {
    const guler = docs[0]!.facts.people.find((p) => p.name === 'Yasar Guler')!;
    const id = `d1-${guler.id}-m0`;
    await expect(page.isVisible(`[id="${id}-tip"]`)).resolves.toBe(false);
    await page.hover(`[id="${id}"]`);
    expect(await page.isVisible(`[id="${id}-tip"]`)).toBe(true);
    const tip = await page.textContent(`[id="${id}-tip"]`);
    expect(tip).toContain('Yasar Guler');
    expect(tip).toContain('Defense Minister, Turkey');
    expect(tip).toContain(`rule: ${guler.mentions[0]!.rule}`);
    expect(await page.$$eval('.tip', (tips) => tips.filter((t) => getComputedStyle(t).display !== 'none').length)).toBe(1);
    // a name inside a quote: the name's tip, not the quote's
    const khan = docs[1]!.facts.people.find((p) => p.name === 'Ali Khan')!;
    const quote = docs[1]!.facts.quotes.findIndex((q) => q.speaker?.personId === khan.id);
    expect(quote).toBeGreaterThanOrEqual(0);
    // the quote's own text, right of its first character (an inline box spans lines)
    const rect = await page.$eval(`[id="d2-q-${quote}"]`, (el) => {
      const r = el.getClientRects()[0]!;
      el.scrollIntoView({ block: 'center' });
      const after = el.getClientRects()[0]!;
      return { x: after.left + 3, y: after.top + after.height / 2, width: r.width };
    });
    await page.mouse.move(rect.x, rect.y);
    expect(await page.textContent(`[id="d2-q-${quote}-tip"]`)).toContain('speaker: Ali Khan');
    expect(await page.isVisible(`[id="d2-q-${quote}-tip"]`)).toBe(true);
  });

  test('keyboard: Tab reaches the highlights, and focus shows the tip', async () => {
    await page.mouse.move(0, 0);
    await page.focus('body');
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith('d1-'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toMatch(/^d1-/);
    expect(await page.isVisible(`[id="${focused}-tip"]`)).toBe(true);
    expect(await page.$eval(`[id="${focused}"]`, (el) => el.getAttribute('aria-describedby'))).toBe(`${focused}-tip`);
  });

  test('the panels link to the facts in the text, and the contents to each document', async () => {
    const firstDate = docs[0]!.facts.dates[0]!;
    await page.click(`#doc-1 .panel.date a[href="#d1-date-0"]`);
    expect(await page.evaluate(() => location.hash)).toBe('#d1-date-0');
    expect(await textWithoutTips(':target')).toBe(firstDate.text);
    expect(await page.$$eval('#contents li a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(['#doc-1', '#doc-2']);
  });

  test('print: no tips, no contents, highlights kept', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.hover('[id="d1-p1-m0"]');
    expect(await page.isVisible('[id="d1-p1-m0-tip"]')).toBe(false);
    expect(await page.isVisible('#contents')).toBe(false);
    expect(await page.$eval('[id="d1-p1-m0"]', (el) => getComputedStyle(el).printColorAdjust)).toBe('exact');
    await page.emulateMedia({ media: 'screen' });
  });

  test('a screenshot of the page', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.hover('[id="d1-p1-m0"]');
    const path = join(dir, 'seed.png');
    await page.screenshot({ path });
    expect(statSync(path).size).toBeGreaterThan(20_000);
  });
});
