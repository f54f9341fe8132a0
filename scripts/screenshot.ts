// Looks at a page as a person would: node --import tsx scripts/screenshot.ts <url> <out.png> [width]
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const [url, out, width = '1024'] = process.argv.slice(2);
if (!url || !out) throw new Error('usage: screenshot.ts <url> <out.png> [width]');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
