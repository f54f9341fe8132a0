import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '/work/main/scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
await page.goto(process.argv[2], { waitUntil: 'networkidle' });
await page.evaluate((y) => window.scrollTo(0, Number(y)), process.argv[4] ?? '0');
await page.waitForTimeout(300);
await page.screenshot({ path: process.argv[3] });
await browser.close();
