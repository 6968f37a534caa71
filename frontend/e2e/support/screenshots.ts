// Full-page screenshots the specs leave beside one another in var/e2e/artifacts/screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { e2eEnv } from './env';

/** Saves a full-page screenshot of `page` as `<name>-<viewport width>.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(e2eEnv.artifactsDir(), 'screenshots');
  mkdirSync(dir, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
}
