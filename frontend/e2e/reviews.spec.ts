import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { e2eEnv } from './support/env';
import { saveScreenshot } from './support/screenshots';
import {
  apiLogin,
  createVerifiedCustomer,
  inStockProducts,
  signInThroughForm,
  type ProductSummary,
} from './support/shop';

interface ProductRating {
  count: number;
}

interface JsonLdProduct {
  aggregateRating?: { ratingValue: number; reviewCount: number };
  review?: { reviewBody: string }[];
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** An in-stock product nobody has reviewed yet, so its rating is the test's alone. */
async function unreviewedProduct(request: APIRequestContext): Promise<ProductSummary> {
  for (const product of (await inStockProducts(request, 2)).reverse()) {
    const response = await request.get(`/api/products/${product.id}/rating`);
    expect(response.status()).toBe(200);
    if (((await response.json()) as ProductRating).count === 0) return product;
  }
  throw new Error('every product in stock has reviews');
}

/** Orders the product as the customer, then moves the order as the admin until it is delivered. */
async function deliverProduct(
  request: APIRequestContext,
  email: string,
  product: ProductSummary,
): Promise<void> {
  const customer = bearer(await apiLogin(request, email));
  const added = await request.post('/api/cart', {
    headers: customer,
    data: { product_id: product.id, quantity: 1 },
  });
  expect(added.status(), await added.text()).toBe(201);
  const placed = await request.post('/api/orders', {
    headers: customer,
    data: {
      customer_name: 'E2E reviewer',
      customer_email: email,
      shipping_address: '1 Review Road',
      shipping_city: 'Springfield',
      shipping_postal_code: '12345',
      shipping_country: 'United States',
    },
  });
  expect(placed.status(), await placed.text()).toBe(201);
  const order = (await placed.json()) as { id: number };
  const adminResponse = await request.post('/api/auth/login', {
    data: { email: e2eEnv.adminEmail(), password: e2eEnv.adminPassword() },
  });
  expect(adminResponse.status()).toBe(200);
  const admin = bearer(((await adminResponse.json()) as { access_token: string }).access_token);
  for (const status of ['processing', 'shipped', 'delivered']) {
    const moved = await request.put(`/api/orders/${order.id}`, {
      headers: admin,
      data: { status },
    });
    expect(moved.status(), await moved.text()).toBe(200);
  }
}

async function jsonLd(page: Page): Promise<JsonLdProduct> {
  const text = await page.locator('script[type="application/ld+json"]').first().textContent();
  return JSON.parse(text ?? '{}') as JsonLdProduct;
}

async function signedInPage(browser: Browser, email: string, next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await signInThroughForm(page, email);
  await expect(page).toHaveURL(new RegExp(`${next}$`));
  return page;
}

test('a customer who received a product reviews it; the admin hides the review', async ({
  page,
  browser,
  request,
}) => {
  const product = await unreviewedProduct(request);
  const productPath = `/products/${product.slug}`;
  const reviewer = await createVerifiedCustomer(request, 'reviewer');
  await deliverProduct(request, reviewer.email, product);
  const title = `Solid buy ${Date.now().toString(36)}`;

  await test.step('the customer writes a review, shown as text and as a verified purchase', async () => {
    await page.goto(`/login?next=${encodeURIComponent(productPath)}`);
    await signInThroughForm(page, reviewer.email);
    await expect(page).toHaveURL(new RegExp(`${productPath}$`));
    const reviews = page.getByRole('region', { name: 'Customer reviews' });
    await expect(reviews.getByTestId('rating-count')).toHaveText('No reviews yet');
    const form = reviews.getByRole('form', { name: 'Write a review' });
    await form.getByRole('radio', { name: '4 stars' }).check();
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Your review').fill('Works well. <b>not bold</b>');
    await form.getByRole('button', { name: 'Submit review' }).click();

    const yours = reviews.getByRole('region', { name: 'Your review' });
    await expect(yours.getByText('Verified purchase')).toBeVisible();
    await expect(yours.getByRole('button', { name: 'Edit' })).toBeVisible();
    const listed = reviews.getByRole('article', { name: title }).last();
    await expect(listed.getByTestId('review-body')).toHaveText('Works well. <b>not bold</b>');
    await expect(listed.locator('b')).toHaveCount(0);
    await expect(reviews.getByTestId('rating-count')).toHaveText('Based on 1 review');
    await expect(
      reviews.getByTestId('rating-summary').getByRole('img', { name: 'Rated 4.0 out of 5' }),
    ).toBeVisible();
    await saveScreenshot(page, 'reviews-product');
  });

  await test.step('the page carries the rating and the review in its JSON-LD', async () => {
    await page.reload();
    const data = await jsonLd(page);
    expect(data.aggregateRating).toMatchObject({ ratingValue: 4, reviewCount: 1 });
    expect(data.review?.[0]?.reviewBody).toBe('Works well. <b>not bold</b>');
  });

  await test.step('a customer who never bought it is told why they cannot review', async () => {
    const stranger = await createVerifiedCustomer(request, 'not-a-buyer');
    const other = await signedInPage(browser, stranger.email, productPath);
    await expect(
      other.getByText('Only customers who received this product can review it.'),
    ).toBeVisible();
    await expect(other.getByRole('form', { name: 'Write a review' })).toHaveCount(0);
    await expect(other.getByRole('button', { name: /Helpful/ })).toBeVisible();
    await other.context().close();
  });

  await test.step('the admin hides the review in the back office', async () => {
    const admin = await (await browser.newContext()).newPage();
    await admin.goto('/login?next=%2Fadmin%2Freviews');
    await admin.getByLabel('Email').fill(e2eEnv.adminEmail());
    await admin.getByLabel('Password').fill(e2eEnv.adminPassword());
    await admin.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(admin.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
    await admin.getByLabel('Search reviews').fill(title);
    await admin.getByLabel('Search reviews').press('Enter');
    const row = admin.getByTestId('review-row').filter({ hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(reviewer.email);
    await expect(row.getByRole('link', { name: product.name })).toHaveAttribute(
      'href',
      productPath,
    );
    await row.getByRole('button', { name: `Hide review “${title}”` }).click();
    await expect(row).toContainText('Hidden');
    await expect(row.getByRole('button', { name: `Show review “${title}”` })).toBeVisible();
    await saveScreenshot(admin, 'reviews-admin-list');
    await admin.context().close();
  });

  await test.step('the product page no longer shows it, nor counts it', async () => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(productPath);
    const reviews = visitor.getByRole('region', { name: 'Customer reviews' });
    await expect(reviews.getByTestId('rating-count')).toHaveText('No reviews yet');
    await expect(reviews.getByRole('article', { name: title })).toHaveCount(0);
    await expect(reviews.getByRole('link', { name: 'Sign in to write a review' })).toBeVisible();
    expect((await jsonLd(visitor)).aggregateRating).toBeUndefined();
    await visitor.context().close();
  });
});
