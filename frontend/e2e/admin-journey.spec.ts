import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { e2eEnv } from './support/env';
import { createVerifiedCustomer, expectCartCount, signInThroughForm } from './support/shop';

// A 24×24 PNG (a blue and white check), small enough to inline.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAALklEQVR42mOQDTuCht59+4+GiFHDMGoQHQ0iTxummlGD6GnQaMoezWujBtHFIAA7rp19DZPGpAAAAABJRU5ErkJggg==',
  'base64',
);

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Saves a full-page screenshot and checks the page for serious WCAG 2.1 AA violations. */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(e2eEnv.artifactsDir(), 'screenshots');
  mkdirSync(dir, { recursive: true });
  const width = page.viewportSize()?.width ?? DESKTOP.width;
  await page.waitForLoadState('networkidle');
  await page.screenshot({
    path: path.join(dir, `admin-${name}-${width}.png`),
    fullPage: true,
    // Toasts come and go; the page itself is what the screenshot is for.
    style: '[data-rht-toaster] { display: none !important; }',
  });
  // Toasts are left out: axe measures them mid-fade, at part opacity.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('[data-rht-toaster]')
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(blocking, `accessibility of ${name} at ${width}px`).toEqual([]);
}

async function count(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  const value = Number(text.replace(/[^\d]/g, ''));
  expect(Number.isInteger(value), `a count in “${text}”`).toBe(true);
  return value;
}

function sidebarLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name });
}

test('an admin adds a category and a product, a customer orders it, the admin ships it', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const categoryName = `E2E Lanterns ${stamp}`;
  const productName = `E2E Harbor Lantern ${stamp}`;
  const sku = `E2E-LANTERN-${stamp}`.toUpperCase();
  await page.setViewportSize(DESKTOP);

  const customer = await createVerifiedCustomer(request, 'admin-journey');
  const customerContext = await browser.newContext({ viewport: DESKTOP });
  const shopper = await customerContext.newPage();

  await test.step('a visitor who is not signed in is sent to the login page', async () => {
    await page.goto('/admin/products');
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fproducts$/);
  });

  await test.step('a customer cannot open the back office', async () => {
    await shopper.goto('/login?next=%2Fadmin');
    await signInThroughForm(shopper, customer.email);
    await expect(shopper).toHaveURL(/\/admin$/);
    await expect(
      shopper.getByRole('heading', { level: 1, name: "You don't have access to the back office" }),
    ).toBeVisible();
    await expect(shopper.getByRole('navigation', { name: 'Back office' })).toHaveCount(0);
    await screenshot(shopper, 'forbidden');
  });

  let ordersBefore = 0;
  let shippedBefore = 0;
  await test.step('the admin signs in and sees the dashboard', async () => {
    await page.getByLabel('Email').fill(e2eEnv.adminEmail());
    await page.getByLabel('Password').fill(e2eEnv.adminPassword());
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/products$/);
    await sidebarLink(page, 'Dashboard').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(sidebarLink(page, 'Dashboard')).toHaveAttribute('aria-current', 'page');
    ordersBefore = await count(page.getByTestId('stat-orders'));
    shippedBefore = await count(page.getByTestId('status-count-shipped'));
    await page.getByRole('button', { name: '7 days' }).click();
    await expect(page).toHaveURL(/days=7/);
    await expect(
      page.getByRole('heading', { name: 'Revenue and orders, last 7 days' }),
    ).toBeVisible();
    await page.getByRole('button', { name: '30 days' }).click();
    await expect(
      page.getByRole('heading', { name: 'Revenue and orders, last 30 days' }),
    ).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await screenshot(page, 'dashboard');
  });

  await test.step('on a phone the sidebar is a menu', async () => {
    await page.setViewportSize(PHONE);
    await expect(page.getByRole('navigation', { name: 'Back office' })).toBeHidden();
    await screenshot(page, 'dashboard');
    await page.getByRole('button', { name: 'Open menu' }).click();
    const drawer = page.getByRole('dialog', { name: 'Back office menu' });
    await expect(drawer.getByRole('link', { name: 'Orders' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Open menu' })).toBeFocused();
    await page.setViewportSize(DESKTOP);
  });

  await test.step('create a category', async () => {
    await sidebarLink(page, 'Categories').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Categories' })).toBeVisible();
    await page.getByRole('button', { name: 'New category' }).click();
    const dialog = page.getByRole('dialog', { name: 'New category' });
    await dialog.getByLabel('Name').fill(categoryName);
    await dialog.getByLabel('Description').fill('Lights for the harbour, made for the e2e suite.');
    await dialog.getByRole('button', { name: 'Create category' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('category-row').filter({ hasText: categoryName })).toBeVisible();
    await screenshot(page, 'categories');
  });

  await test.step('create a product with an uploaded image', async () => {
    await sidebarLink(page, 'Products').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
    await page.getByRole('link', { name: 'New product' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New product' })).toBeVisible();

    await page.getByRole('button', { name: 'Create product' }).click();
    await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter a price.')).toBeVisible();

    await page.getByLabel('Name').fill(productName);
    await page.getByLabel('Description').fill('A storm-proof lantern with a warm light.');
    await page.getByLabel('Price (USD)').fill('49.90');
    await page.getByLabel('Compare-at price').fill('59');
    await page.getByLabel('Cost per item').fill('21.35');
    await page.getByLabel('SKU').fill(sku);
    await page.getByLabel('Stock').fill('7');
    await page.getByLabel('Category').selectOption({ label: categoryName });
    await page.getByLabel('Upload image').setInputFiles({
      name: 'lantern.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await expect(page.getByTestId('image-preview')).toHaveAttribute('src', /^\/uploads\//);
    await expect(page.getByText('Replace image')).toBeVisible();
    await screenshot(page, 'product-new');
    await page.getByRole('button', { name: 'Create product' }).click();

    await expect(page).toHaveURL(/\/admin\/products$/);
    await page.getByLabel('Search products').fill(productName);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/search=/);
    const row = page.getByTestId('product-row').filter({ hasText: productName });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('switch', { name: `Active: ${productName}` })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await row.getByRole('switch', { name: `Featured: ${productName}` }).click();
    await expect(row.getByRole('switch', { name: `Featured: ${productName}` })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await row.getByLabel(`Stock of ${productName}`).fill('8');
    await row.getByLabel(`Stock of ${productName}`).press('Enter');
    await expect(page.getByText(`Stock of “${productName}” set to 8.`)).toBeVisible();
    await screenshot(page, 'products');

    await row.getByRole('link', { name: `Edit ${productName}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: productName })).toBeVisible();
    await expect(page.getByLabel('Cost per item')).toHaveValue('21.35');
    await expect(page.getByLabel('Stock')).toHaveValue('8');
    await screenshot(page, 'product-edit');
  });

  let orderNumber = '';
  await test.step('the product is in the shop and the customer orders it', async () => {
    await shopper.goto(`/products?search=${encodeURIComponent(productName)}`);
    await shopper.getByRole('link', { name: productName, exact: true }).first().click();
    await expect(shopper.getByRole('heading', { level: 1, name: productName })).toBeVisible();
    await expect(shopper.locator('main img[src^="/uploads/"]').first()).toBeVisible();
    await shopper.getByRole('button', { name: 'Add to cart' }).click();
    await expectCartCount(shopper, 1);
    await shopper.goto('/checkout');
    await expect(shopper.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    await shopper.getByLabel('Street address').fill('2 Lighthouse Lane');
    await shopper.getByLabel('City').fill('Portsmouth');
    await shopper.getByLabel('Postal code').fill('03801');
    await shopper.getByLabel('Country').fill('United States');
    await shopper.getByRole('button', { name: 'Place order' }).click();
    await expect(shopper.getByRole('heading', { name: 'Thank you for your order!' })).toBeVisible();
    orderNumber = (await shopper.getByTestId('confirmation-number').textContent()) ?? '';
    expect(orderNumber).not.toBe('');
  });

  await test.step('the admin finds the order and ships it', async () => {
    await sidebarLink(page, 'Orders').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
    await page.getByLabel('Status').selectOption('pending');
    await expect(page).toHaveURL(/status=pending/);
    await page.getByLabel('Search orders').fill(orderNumber);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByTestId('order-row')).toHaveCount(1);
    await screenshot(page, 'orders');
    await page.getByRole('link', { name: orderNumber }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: `Order ${orderNumber}` }),
    ).toBeVisible();
    await expect(page.getByRole('cell', { name: productName })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark as shipped' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Cancel order' })).toBeVisible();
    await page.getByRole('button', { name: 'Mark as processing' }).click();
    await expect(page.getByTestId('order-status').first()).toHaveText('Processing');
    await page.getByRole('button', { name: 'Mark as shipped' }).click();
    await expect(page.getByTestId('order-status').first()).toHaveText('Shipped');
    await expect(page.getByRole('button', { name: 'Mark as delivered' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
    await screenshot(page, 'order');
  });

  await test.step('the shipped orders export as CSV', async () => {
    await page.goto('/admin/orders?status=shipped');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export orders as CSV' });
    await expect(dialog).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = await download.path();
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain(orderNumber);
    expect(csv).toContain(sku);
  });

  await test.step('the dashboard counts the order as shipped', async () => {
    await sidebarLink(page, 'Dashboard').click();
    await expect(page.getByTestId('stat-orders')).toHaveText(String(ordersBefore + 1));
    await expect(page.getByTestId('status-count-shipped')).toHaveText(String(shippedBefore + 1));
    await expect(page.getByRole('cell', { name: new RegExp(orderNumber) })).toBeVisible();
  });

  await test.step('users: the admin may not change their own account', async () => {
    await sidebarLink(page, 'Users').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await page.getByLabel('Search users').fill(e2eEnv.adminEmail());
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const own = page.getByTestId('user-row').filter({ hasText: e2eEnv.adminEmail() });
    await expect(own.getByRole('combobox')).toBeDisabled();
    await expect(own.getByRole('switch')).toBeDisabled();
    await page.getByLabel('Search users').fill(customer.email);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const row = page.getByTestId('user-row').filter({ hasText: customer.email });
    await expect(row.getByRole('combobox')).toBeEnabled();
    await page.getByLabel('Search users').fill('');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByTestId('user-row').first()).toBeVisible();
    await screenshot(page, 'users');
  });

  await test.step('a product with orders is deactivated, and its category cannot be deleted', async () => {
    await page.goto(`/admin/products?search=${encodeURIComponent(productName)}`);
    await page.getByRole('button', { name: `Delete ${productName}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete product' }).click();
    await expect(page.getByTestId('delete-notice')).toContainText('deactivated instead of deleted');
    await expect(page.getByRole('switch', { name: `Active: ${productName}` })).toHaveAttribute(
      'aria-checked',
      'false',
    );

    await sidebarLink(page, 'Categories').click();
    await page.getByRole('button', { name: `Delete ${categoryName}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Delete category' }).click();
    await expect(dialog.getByRole('alert')).toContainText('still used by products');
  });

  await customerContext.close();
});
