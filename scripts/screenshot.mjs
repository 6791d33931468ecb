// Screenshot of an HTML page written by `extract-facts --format html`, in Debian's chromium
// (playwright-core drives it; no browser is ever downloaded).
//   node scripts/screenshot.mjs page.html out.png [--width 1100] [--height 760] [--hover CSS-SELECTOR]
// The README's picture: node bin/extract-facts.js fixtures/articles/syria-turkey-defense.txt -f html > /tmp/seed.html &&
//   node scripts/screenshot.mjs /tmp/seed.html docs/html-view.png --width 1000 --height 620 --hover '#d1-p2-m0'
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A headless chromium with a fresh profile; `close()` also removes the profile. */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'ef-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1100, height: 760 } });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { width: { type: 'string', default: '1100' }, height: { type: 'string', default: '760' }, hover: { type: 'string' } } });
  const [page, out] = positionals;
  if (!page || !out) {
    console.error('usage: node scripts/screenshot.mjs page.html out.png [--width N] [--height N] [--hover SELECTOR]');
    process.exit(2);
  }
  const browser = await launchChromium();
  try {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: Number(values.width), height: Number(values.height) });
    await tab.goto(pathToFileURL(resolve(page)).href);
    if (values.hover) await tab.hover(values.hover);
    await tab.screenshot({ path: out });
  } finally {
    await browser.close();
  }
}
