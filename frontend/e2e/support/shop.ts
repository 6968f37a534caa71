// Steps shared by the specs: accounts made through the real API, and products picked from the
// seeded catalog so the tests do not depend on particular demo data.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { e2eEnv, PASSWORD, uniqueEmail } from './env';
import { tokenFromMail } from './mail';

export interface ProductSummary {
  id: number;
  name: string;
  slug: string;
  price: number;
  stock_quantity: number;
  category: { id: number; name: string; slug: string } | null;
  has_variants: boolean;
}

/** Registers and verifies a customer through the API (and the email it sends). */
export async function createVerifiedCustomer(
  request: APIRequestContext,
  tag: string,
): Promise<{ email: string; name: string }> {
  const email = uniqueEmail(tag);
  const name = `E2E ${tag}`;
  const registered = await request.post('/api/auth/register', {
    data: { email, password: PASSWORD, full_name: name },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const token = await tokenFromMail(email, '/verify-email');
  const verified = await request.get(`/api/auth/verify-email?token=${encodeURIComponent(token)}`);
  expect(verified.status(), await verified.text()).toBe(200);
  return { email, name };
}

export async function apiLogin(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { email, password: PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

/** The access token of the demo shop's admin. */
export async function adminApiLogin(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/auth/login', {
    data: { email: e2eEnv.adminEmail(), password: e2eEnv.adminPassword() },
  });
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

/** Sold-out products of the demo catalog. */
export async function soldOutProducts(request: APIRequestContext): Promise<ProductSummary[]> {
  const response = await request.get('/api/products?size=100');
  expect(response.status()).toBe(200);
  const page = (await response.json()) as { items: ProductSummary[] };
  const found = page.items.filter((product) => product.stock_quantity === 0);
  expect(found.length, 'the demo catalog has sold-out products').toBeGreaterThan(0);
  return found;
}

/** In-stock products with at least `minStock` units and a category, cheapest first. */
export async function inStockProducts(
  request: APIRequestContext,
  minStock: number,
): Promise<ProductSummary[]> {
  const response = await request.get('/api/products?in_stock=true&size=100&sort=price_asc');
  expect(response.status()).toBe(200);
  const page = (await response.json()) as { items: ProductSummary[] };
  const found = page.items.filter(
    (product) =>
      product.stock_quantity >= minStock && product.category !== null && !product.has_variants,
  );
  expect(found.length, 'the demo catalog has products in stock').toBeGreaterThan(1);
  return found;
}

export async function signInThroughForm(page: Page, email: string): Promise<void> {
  // Wait for the sign-in page itself: a client-side navigation may still be under way.
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: false }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Waits until the header's cart badge shows `count` items. */
export async function expectCartCount(page: Page, count: number): Promise<void> {
  await expect(page.getByTestId('cart-link')).toHaveAccessibleName(
    count === 1 ? 'Cart, 1 item' : `Cart, ${count} items`,
  );
}

/** On the checkout page: fills a shipping address, places the order and waits for the thanks. */
export async function placeOrder(page: Page): Promise<void> {
  await page.getByLabel('Street address').fill('1 Harbour Street');
  await page.getByLabel('City').fill('Springfield');
  await page.getByLabel('Postal code').fill('12345');
  await page.getByLabel('Country').fill('United States');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for your order!' })).toBeVisible();
}
