import { expect, test, type APIRequestContext } from '@playwright/test';
import { waitForMail } from './support/mail';
import {
  adminApiLogin,
  createVerifiedCustomer,
  inStockProducts,
  signInThroughForm,
  soldOutProducts,
} from './support/shop';

async function setStock(request: APIRequestContext, productId: number, stock: number) {
  const token = await adminApiLogin(request);
  const response = await request.put(`/api/products/${productId}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { stock_quantity: stock },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test('a customer keeps a wishlist and is emailed when a sold-out product is back', async ({
  page,
  request,
}) => {
  const customer = await createVerifiedCustomer(request, 'wishlist');
  const [first, second] = await inStockProducts(request, 1);
  const [soldOut] = await soldOutProducts(request);
  if (!first || !second || !soldOut) throw new Error('the demo catalog is missing products');

  const list = '/products?in_stock=true&sort=price_asc';
  await page.goto(`/login?next=${encodeURIComponent(list)}`);
  await signInThroughForm(page, customer.email);
  await expect(page).toHaveURL(/\/products\?/);

  for (const product of [first, second]) {
    await page.getByRole('button', { name: `Save ${product.name} to your wishlist` }).click();
    await expect(
      page.getByRole('button', { name: `Remove ${product.name} from your wishlist` }),
    ).toHaveAttribute('aria-pressed', 'true');
  }

  await page.goto('/account/wishlist');
  const items = page.getByTestId('wishlist-item');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: first.name })).toHaveCount(1);
  await expect(items.filter({ hasText: second.name })).toHaveCount(1);

  await page.getByRole('button', { name: `Remove ${first.name} from your wishlist` }).click();
  await expect(items).toHaveCount(1);
  await expect(items).toContainText(second.name);

  await page.goto(`/products/${soldOut.slug}`);
  await expect(page.getByRole('button', { name: 'Sold out' })).toBeDisabled();
  await page.getByRole('button', { name: "Email me when it's back" }).click();
  await expect(page.getByText("We'll email you when it's back")).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel alert' })).toBeVisible();

  try {
    await setStock(request, soldOut.id, 5);
    const mail = await waitForMail(customer.email, soldOut.name);
    expect(mail).toMatch(/back in stock/i);
  } finally {
    await setStock(request, soldOut.id, 0);
  }
});
