import { expect, test } from '@playwright/test';
import { tokenFromMail } from './support/mail';
import {
  apiLogin,
  createVerifiedCustomer,
  inStockProducts,
  signInThroughForm,
} from './support/shop';

test('a reload renews the session with the rotating refresh cookie, a revoked one sends the shopper to sign in', async ({
  page,
  context,
  request,
}) => {
  const customer = await createVerifiedCustomer(request, 'session');
  await page.goto('/login');
  await signInThroughForm(page, customer.email);
  await expect(
    page.getByRole('button', { name: `Account menu for ${customer.name}` }),
  ).toBeVisible();

  const refreshCookie = async () =>
    (await context.cookies()).find((cookie) => cookie.name === 'shop_refresh');
  const before = await refreshCookie();
  expect(before).toBeDefined();
  await page.goto('/orders');
  await expect(page.getByRole('heading', { name: 'No orders yet' })).toBeVisible();
  const after = await refreshCookie();
  expect(after?.value).toBeTruthy();
  expect(after?.value).not.toBe(before?.value);

  if (!after) throw new Error('no refresh cookie after the reload');
  await context.addCookies([{ ...after, value: 'revoked.refresh.token' }]);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?next=%2Faccount/);
  await signInThroughForm(page, customer.email);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByLabel('Full name')).toHaveValue(customer.name);
});

test('placing an order twice with one Idempotency-Key makes one order', async ({ request }) => {
  const customer = await createVerifiedCustomer(request, 'idem');
  const token = await apiLogin(request, customer.email);
  const headers = { Authorization: `Bearer ${token}` };
  const [product] = await inStockProducts(request, 1);
  if (!product) throw new Error('no product');
  const added = await request.post('/api/cart', {
    data: { product_id: product.id, quantity: 1 },
    headers,
  });
  expect(added.status(), await added.text()).toBe(201);

  const body = {
    customer_name: customer.name,
    customer_email: customer.email,
    shipping_address: '2 Quay Road',
    shipping_city: 'Portsmouth',
    shipping_postal_code: 'PO1 1AA',
    shipping_country: 'United Kingdom',
  };
  const key = `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const first = await request.post('/api/orders', {
    data: body,
    headers: { ...headers, 'Idempotency-Key': key },
  });
  const second = await request.post('/api/orders', {
    data: body,
    headers: { ...headers, 'Idempotency-Key': key },
  });
  expect(first.status(), await first.text()).toBe(201);
  expect(second.status(), await second.text()).toBe(201);
  const [a, b] = [(await first.json()) as { id: number }, (await second.json()) as { id: number }];
  expect(b.id).toBe(a.id);
  const list = await request.get('/api/orders', { headers });
  expect(((await list.json()) as { total: number }).total).toBe(1);
});

test('a shopper who forgot the password resets it from the email and signs in with the new one', async ({
  page,
  request,
}) => {
  const customer = await createVerifiedCustomer(request, 'reset');
  const newPassword = 'Brand-New-Password-7';
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Forgot your password?' }),
  ).toBeVisible();
  await page.getByLabel('Email').fill(customer.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText(`If an account exists for ${customer.email}`)).toBeVisible();

  const token = await tokenFromMail(customer.email, '/reset-password');
  await page.goto(`/reset-password?token=${encodeURIComponent(token)}`);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('Your password has been changed.')).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password').fill(newPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(
    page.getByRole('button', { name: `Account menu for ${customer.name}` }),
  ).toBeVisible();
});
