import { expect, test, type APIRequestContext } from '@playwright/test';
import { e2eEnv } from './support/env';
import { saveScreenshot } from './support/screenshots';
import {
  adminApiLogin,
  createVerifiedCustomer,
  expectCartCount,
  placeOrder,
  signInThroughForm,
} from './support/shop';

const DESKTOP = { width: 1280, height: 900 };

/** A plain product made for this test through the API, so no other spec's product changes. */
async function createProduct(
  request: APIRequestContext,
): Promise<{ id: number; name: string; slug: string }> {
  const tag = Date.now().toString(36).toUpperCase();
  const token = await adminApiLogin(request);
  const response = await request.post('/api/products', {
    headers: { Authorization: `Bearer ${token}` },
    data: { name: `E2E Tee ${tag}`, sku: `E2E-TEE-${tag}`, price: 20, stock_quantity: 0 },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: number; name: string; slug: string };
}

test('an admin gives a product sizes and colours, and a customer buys one of its variants', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const product = await createProduct(request);
  await page.setViewportSize(DESKTOP);

  await test.step('the admin adds two options, generates the variants and sets their stock', async () => {
    await page.goto(`/login?next=${encodeURIComponent(`/admin/products/${product.id}`)}`);
    await page.getByLabel('Email').fill(e2eEnv.adminEmail());
    await page.getByLabel('Password').fill(e2eEnv.adminPassword());
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible();

    const variants = page.getByRole('region', { name: 'Variants' });
    await variants.getByRole('button', { name: 'Add option' }).click();
    await variants.getByLabel('Option 1 name').fill('Size');
    await variants.getByLabel('Option 1 values').fill('S, M');
    await variants.getByRole('button', { name: 'Add option' }).click();
    await variants.getByLabel('Option 2 name').fill('Colour');
    await variants.getByLabel('Option 2 values').fill('Red, Blue');
    await variants.getByRole('button', { name: 'Generate variants' }).click();
    await expect(variants.getByTestId('variant-row')).toHaveCount(4);

    const stock: Record<string, string> = {
      'S / Red': '5',
      'S / Blue': '0',
      'M / Red': '3',
      'M / Blue': '2',
    };
    for (const [title, quantity] of Object.entries(stock)) {
      await variants.getByLabel(`Stock of ${title}`).fill(quantity);
    }
    await variants.getByRole('button', { name: 'Save variants' }).click();
    await expect(page.getByText('4 variants saved.')).toBeVisible();

    const productStock = page.getByLabel('Stock', { exact: true });
    await expect(productStock).toHaveValue('10');
    await expect(productStock).toHaveAttribute('readonly', '');
    await saveScreenshot(page, 'variants-admin');
  });

  const customer = await createVerifiedCustomer(request, 'variants');
  const shopperContext = await browser.newContext({ viewport: DESKTOP });
  const shopper = await shopperContext.newPage();

  await test.step('the customer sees the sold-out combination and buys another', async () => {
    await shopper.goto(`/login?next=${encodeURIComponent(`/products/${product.slug}`)}`);
    await signInThroughForm(shopper, customer.email);
    await expect(shopper.getByRole('heading', { level: 1, name: product.name })).toBeVisible();

    const size = shopper.getByRole('group', { name: /Size/ });
    const colour = shopper.getByRole('group', { name: /Colour/ });
    await expect(size.getByRole('radio', { name: 'S' })).toBeChecked();
    await expect(colour.getByRole('radio', { name: 'Red' })).toBeChecked();
    await expect(colour.getByRole('radio', { name: 'Blue (sold out)' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await saveScreenshot(shopper, 'variants-product');

    await size.getByText('M', { exact: true }).click();
    await colour.getByText('Blue', { exact: true }).click();
    await expect(colour.getByRole('radio', { name: 'Blue' })).toBeChecked();
    const summary = shopper.getByTestId('variant-summary');
    await expect(summary).toContainText('Only 2 left');
    await expect(summary).toContainText(/SKU E2E-TEE-\w+-M-BLUE/);

    await shopper.getByRole('button', { name: 'Add to cart' }).click();
    await expectCartCount(shopper, 1);
  });

  await test.step('the cart and the order name the variant', async () => {
    await shopper.goto('/cart');
    const line = shopper.getByTestId('cart-line').filter({ hasText: product.name });
    await expect(line.getByTestId('cart-line-variant')).toHaveText('M / Blue');
    await saveScreenshot(shopper, 'variants-cart');

    await shopper.getByRole('link', { name: 'Proceed to checkout' }).click();
    await expect(shopper.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    await expect(shopper.getByTestId('checkout-line-variant')).toContainText('M / Blue');
    await placeOrder(shopper);
    await expect(shopper.getByTestId('order-item-variant')).toContainText('M / Blue');
    await saveScreenshot(shopper, 'variants-order');
    await shopperContext.close();
  });
});
