import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { e2eEnv } from './support/env';
import {
  createVerifiedCustomer,
  expectCartCount,
  inStockProducts,
  signInThroughForm,
} from './support/shop';

const WIDTHS = [390, 1280] as const;

async function checkPage(page: Page, name: string): Promise<void> {
  const dir = path.join(e2eEnv.artifactsDir(), 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${name} scrolls sideways on a 360 px phone`).toBeLessThanOrEqual(0);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width < 800 ? 844 : 900 });
    // Scroll through once so lazily loaded images are in the full-page screenshot.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 500) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const blocking = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    const report = blocking.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(report, `${name} at ${width}px`).toEqual([]);
  }
}

test('home, list, product, cart and checkout have no serious accessibility violations', async ({
  page,
  request,
}) => {
  const [product] = await inStockProducts(request, 2);
  if (!product) throw new Error('no product');

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Featured products' })).toBeVisible();
  await checkPage(page, 'home');

  await page.goto('/products');
  await expect(page.getByTestId('product-card').first()).toBeVisible();
  await checkPage(page, 'product-list');

  await page.goto(`/products/${product.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible();
  await checkPage(page, 'product');

  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expectCartCount(page, 1);
  await page.goto('/cart');
  await expect(page.getByTestId('cart-line')).toHaveCount(1);
  await checkPage(page, 'cart');

  const customer = await createVerifiedCustomer(request, 'a11y');
  await page.goto('/login?next=%2Fcheckout');
  await signInThroughForm(page, customer.email);
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place order' })).toBeVisible();
  await checkPage(page, 'checkout');
});

test('keyboard users can reach search and the cart, and see where focus is', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  const search = page.getByRole('searchbox', { name: 'Search products' });
  await search.focus();
  await search.fill('box');
  await search.press('Enter');
  await expect(page).toHaveURL(/search=box/);
  const outline = await page.getByTestId('cart-link').evaluate((element) => {
    (element as HTMLElement).focus();
    return getComputedStyle(element).outlineStyle;
  });
  expect(outline).not.toBe('none');
});

test('unknown pages answer 404 with a way back', async ({ page }) => {
  const response = await page.goto('/this-page-does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const missingProduct = await page.goto('/products/no-such-product-e2e');
  expect(missingProduct?.status()).toBe(404);
});

test('catalog pages carry SEO metadata, JSON-LD, sitemap and robots', async ({ page, request }) => {
  const [product] = await inStockProducts(request, 1);
  if (!product) throw new Error('no product');
  await page.goto(`/products/${product.slug}`);
  await expect(page).toHaveTitle(new RegExp(product.name));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`/products/${product.slug}$`),
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', product.name);
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as Record<string, unknown>;
  expect(jsonLd['@type']).toBe('Product');
  expect(jsonLd.name).toBe(product.name);

  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain(`/products/${product.slug}`);
  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toContain('Sitemap:');
});
