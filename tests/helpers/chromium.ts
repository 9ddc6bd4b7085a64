import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's chromium, installed by .ci/run (which also sets RESERVFAX_REQUIRE_CHROMIUM, so CI never skips a browser
// test); nothing downloads a browser. A developer machine without it skips with the reason.
export const CHROMIUM = process.env.RESERVFAX_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumSkipReason =
  existsSync(CHROMIUM) || process.env.RESERVFAX_REQUIRE_CHROMIUM === '1' ? undefined : `no browser at ${CHROMIUM} (apt install chromium, or set RESERVFAX_CHROMIUM)`;

// Headless Chromium as a test machine runs it: no sandbox (CI runs as root), no GPU, no background network.
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] });
}

// Press Tab until `selector` has the focus: the way a keyboard user reaches a control.
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} cannot be reached with Tab`);
}
