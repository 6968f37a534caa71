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

const DESKTOP = { width: 1280, height: 900 };

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Integer cents as the shop shows them: 1999 → "$19.99". */
function dollars(cents: number): string {
  return usd.format(cents / 100);
}

/** Saves a full-page screenshot of `page` beside the other specs' (var/e2e/artifacts). */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(e2eEnv.artifactsDir(), 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `discounts-${name}-1280.png`), fullPage: true });
}

function codeRow(page: Page, code: string) {
  return page.getByTestId('discount-code-row').filter({ hasText: code });
}

async function findCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Search discount codes').fill(code);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/search=/);
  await expect(codeRow(page, code)).toHaveCount(1);
}

test('an admin makes a discount code, a customer checks out with it, and the admin sees it used', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const code = `E2E${Date.now().toString(36).toUpperCase()}`;
  const [product] = await inStockProducts(request, 1);
  if (!product) throw new Error('no product to buy');
  const subtotal = Math.round(product.price * 100);
  // 10 % of the subtotal, rounded half up to the cent, as the API takes it off.
  const discount = Math.floor((subtotal * 10 + 50) / 100);
  const total = subtotal - discount;
  await page.setViewportSize(DESKTOP);

  await test.step('the admin creates a 10 % code for five orders', async () => {
    await page.goto('/login?next=%2Fadmin');
    await page.getByLabel('Email').fill(e2eEnv.adminEmail());
    await page.getByLabel('Password').fill(e2eEnv.adminPassword());
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Back office' })
      .getByRole('link', { name: 'Discount codes' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Discount codes' })).toBeVisible();

    await page.getByRole('button', { name: 'New discount code' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New discount code' });
    await dialog.getByLabel('Code', { exact: true }).fill(code.toLowerCase());
    await dialog.getByLabel('Percent off').fill('10');
    await dialog.getByLabel('Usage limit').fill('5');
    await dialog.getByRole('button', { name: 'Create discount code' }).click();
    await expect(dialog).toHaveCount(0);

    await findCode(page, code);
    const row = codeRow(page, code);
    await expect(row).toContainText('10 %');
    await expect(row).toContainText('Active');
    await expect(row.getByTestId('discount-usage')).toHaveText('0 / 5');
  });

  const customer = await createVerifiedCustomer(request, 'discounts');
  const shopperContext = await browser.newContext({ viewport: DESKTOP });
  const shopper = await shopperContext.newPage();

  await test.step('a guest adds a product and is asked to sign in for a code', async () => {
    await shopper.goto(`/products/${product.slug}`);
    await shopper.getByRole('button', { name: 'Add to cart' }).click();
    await expectCartCount(shopper, 1);
    await shopper.goto('/cart');
    await expect(shopper.getByTestId('cart-total')).toHaveText(dollars(subtotal));
    await shopper.getByRole('link', { name: 'Sign in to use a discount code' }).click();
    await signInThroughForm(shopper, customer.email);
    await expect(shopper).toHaveURL(/\/cart$/);
    await expectCartCount(shopper, 1);
  });

  await test.step('an unknown code is refused with its reason under the field', async () => {
    const field = shopper.getByLabel('Discount code');
    await field.fill(`NOPE-${code}`);
    await shopper.getByRole('button', { name: 'Apply' }).click();
    await expect(shopper.getByText(/not valid/)).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(shopper.getByTestId('cart-discount')).toHaveCount(0);
  });

  await test.step('the real code, typed in lower case, takes 10 % off', async () => {
    await shopper.getByLabel('Discount code').fill(code.toLowerCase());
    await shopper.getByRole('button', { name: 'Apply' }).click();
    await expect(shopper.getByTestId('applied-discount')).toContainText(code);
    await expect(shopper.getByText(`Discount (${code})`)).toBeVisible();
    await expect(shopper.getByTestId('cart-subtotal')).toHaveText(dollars(subtotal));
    await expect(shopper.getByTestId('cart-discount')).toHaveText(`−${dollars(discount)}`);
    await expect(shopper.getByTestId('cart-total')).toHaveText(dollars(total));
    await screenshot(shopper, 'cart');
  });

  let orderUrl = '';
  await test.step('checkout shows the discount and the order keeps it', async () => {
    await shopper.getByRole('link', { name: 'Proceed to checkout' }).click();
    await expect(shopper.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    await expect(shopper.getByTestId('checkout-discount')).toHaveText(`−${dollars(discount)}`);
    await expect(shopper.getByTestId('checkout-total')).toHaveText(dollars(total));
    await shopper.getByLabel('Street address').fill('1 Harbour Street');
    await shopper.getByLabel('City').fill('Springfield');
    await shopper.getByLabel('Postal code').fill('12345');
    await shopper.getByLabel('Country').fill('United States');
    await shopper.getByRole('button', { name: 'Place order' }).click();
    await expect(shopper.getByRole('heading', { name: 'Thank you for your order!' })).toBeVisible();
    await expect(shopper.getByTestId('order-discount')).toHaveText(`−${dollars(discount)}`);
    await expect(shopper.getByTestId('order-total')).toHaveText(dollars(total));
    await expectCartCount(shopper, 0);
    orderUrl = shopper.url().replace(/\/confirmation$/, '');
  });

  await test.step('the order page and the history show the discount', async () => {
    await shopper.goto(orderUrl);
    await expect(shopper.getByText(`Discount (${code})`)).toBeVisible();
    await expect(shopper.getByTestId('order-discount')).toHaveText(`−${dollars(discount)}`);
    await expect(shopper.getByTestId('order-total')).toHaveText(dollars(total));
    await shopper.goto('/orders');
    await expect(shopper.getByTestId('order-row-discount').first()).toHaveText(
      `−${dollars(discount)} with ${code}`,
    );
    await shopperContext.close();
  });

  await test.step('the admin sees the code used once, and how much it gave', async () => {
    await page.reload();
    const row = codeRow(page, code);
    await expect(row.getByTestId('discount-usage')).toHaveText('1 / 5');
    await expect(row).toContainText(`${dollars(discount)} off in all`);
    await screenshot(page, 'admin-list');
  });
});
