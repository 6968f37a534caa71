import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PASSWORD, e2eEnv, uniqueEmail } from './support/env';
import { tokenFromMail } from './support/mail';
import { expectCartCount, inStockProducts, signInThroughForm } from './support/shop';

test('a shopper registers, verifies, signs in, finds a product, checks out and sees the order', async ({
  page,
  request,
}) => {
  const shots = path.join(e2eEnv.artifactsDir(), 'screenshots');
  mkdirSync(shots, { recursive: true });
  const email = uniqueEmail('journey');
  const name = 'Grace Hopper';
  const [product] = await inStockProducts(request, 3);
  if (!product?.category) throw new Error('no product to buy');

  await test.step('register', async () => {
    await page.goto('/register');
    await page.getByLabel('Full name').fill(name);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  });

  await test.step('open the verification email and verify', async () => {
    const token = await tokenFromMail(email, '/verify-email');
    await page.goto(`/verify-email?token=${encodeURIComponent(token)}`);
    await expect(
      page.getByRole('heading', { name: 'Your email address is confirmed' }),
    ).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  await test.step('sign in', async () => {
    await signInThroughForm(page, email);
    await expect(page.getByRole('button', { name: `Account menu for ${name}` })).toBeVisible();
  });

  await test.step('search', async () => {
    const search = page.getByRole('searchbox', { name: 'Search products' });
    await search.fill(product.name);
    await search.press('Enter');
    await expect(page).toHaveURL(/\/products\?search=/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(product.name);
    await expect(page.getByTestId('product-card').first()).toBeVisible();
  });

  await test.step('filter by stock and category, kept in the URL', async () => {
    await page.getByLabel('In stock only').check();
    await expect(page).toHaveURL(/in_stock=true/);
    await page.getByLabel('Category').selectOption(product.category?.slug ?? '');
    await expect(page).toHaveURL(new RegExp(`category=${product.category?.slug ?? ''}`));
    await expect(page).toHaveURL(/in_stock=true/);
    await expect(page).toHaveURL(/search=/);
    await page.getByLabel('Sort by').selectOption('price_asc');
    await expect(page).toHaveURL(/sort=price_asc/);
    await page.reload();
    await expect(page.getByLabel('In stock only')).toBeChecked();
    await expect(page.getByLabel('Sort by')).toHaveValue('price_asc');
    await expect(page.getByLabel('Category')).toHaveValue(product.category?.slug ?? '');
  });

  await test.step('open the product and add two to the cart', async () => {
    await page.getByRole('link', { name: product.name, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/products/${product.slug}$`));
    await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible();
    await page.getByRole('button', { name: 'Increase quantity' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Quantity' })).toHaveValue('2');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expectCartCount(page, 2);
  });

  await test.step('review the cart', async () => {
    await page.getByTestId('cart-link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your cart' })).toBeVisible();
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    await page.getByRole('link', { name: 'Proceed to checkout' }).click();
  });

  let orderNumber = '';
  await test.step('check out: field errors first, then one order however often it is clicked', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByText('This field is required.').first()).toBeVisible();
    await expect(page.getByLabel('Street address')).toHaveAttribute('aria-invalid', 'true');

    await expect(page.getByLabel('Full name')).toHaveValue(name);
    await page.getByLabel('Street address').fill('1 Harbour Street');
    await page.getByLabel('City').fill('Springfield');
    await page.getByLabel('Postal code').fill('12345');
    await page.getByLabel('Country').fill('United States');
    await page.getByRole('button', { name: 'Place order' }).dblclick();
    await expect(page.getByRole('heading', { name: 'Thank you for your order!' })).toBeVisible();
    orderNumber = (await page.getByTestId('confirmation-number').textContent()) ?? '';
    expect(orderNumber).not.toBe('');
    await expectCartCount(page, 0);
    await page.screenshot({
      path: path.join(shots, 'order-confirmation-1280.png'),
      fullPage: true,
    });
  });

  await test.step('see the order in the history, once, and cancel it while pending', async () => {
    await page.goto('/orders');
    await expect(page.getByTestId('order-row')).toHaveCount(1);
    await page.getByRole('link', { name: `Order ${orderNumber}` }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Order ${orderNumber}` }),
    ).toBeVisible();
    await expect(page.getByRole('cell', { name: product.name })).toBeVisible();
    await expect(page.getByTestId('order-status')).toHaveText('Pending');
    await page.screenshot({ path: path.join(shots, 'order-detail-1280.png'), fullPage: true });
    await page.getByRole('button', { name: 'Cancel order' }).click();
    await page.getByRole('button', { name: 'Yes, cancel order' }).click();
    await expect(page.getByTestId('order-status')).toHaveText('Cancelled');
    await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  });
});
