import { expect, test } from '@playwright/test';
import {
  apiLogin,
  createVerifiedCustomer,
  expectCartCount,
  inStockProducts,
  signInThroughForm,
} from './support/shop';

test('guest adds to cart, signs in, cart is kept and capped lines are reported', async ({
  page,
  request,
}) => {
  const customer = await createVerifiedCustomer(request, 'guest');
  const products = await inStockProducts(request, 2);
  const [kept, capped] = products;
  if (!kept || !capped) throw new Error('need two products');

  // The account already holds all the stock of one product, so merging one more must be capped.
  const token = await apiLogin(request, customer.email);
  const seeded = await request.post('/api/cart', {
    data: { product_id: capped.id, quantity: capped.stock_quantity },
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(seeded.status(), await seeded.text()).toBe(201);

  await page.goto(`/products/${kept.slug}`);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expectCartCount(page, 1);
  await page.goto(`/products/${capped.slug}`);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expectCartCount(page, 2);

  await page.reload();
  await expectCartCount(page, 2);
  await page.goto('/cart');
  await expect(page.getByTestId('cart-line')).toHaveCount(2);
  await page.getByRole('link', { name: 'Sign in to check out' }).click();

  await signInThroughForm(page, customer.email);
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByText(`${capped.name} was limited to`)).toBeVisible();
  await expectCartCount(page, 1 + capped.stock_quantity);

  await page.goto('/cart');
  await expect(page.getByTestId('cart-line')).toHaveCount(2);
  const guestCart = await page.evaluate(() => window.localStorage.getItem('shop.guest_cart'));
  expect(guestCart).toBeNull();
});
