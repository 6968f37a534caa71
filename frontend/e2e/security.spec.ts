// The web app as an attacker meets it: where the refresh token lives, the security headers and
// the Content-Security-Policy of every main page, the ?next= of the sign-in page, and names
// holding markup, shown as text everywhere.
import { expect, test, type APIRequestContext, type Page, type Response } from '@playwright/test';
import { e2eEnv } from './support/env';
import { apiLogin, createVerifiedCustomer, signInThroughForm } from './support/shop';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';

interface Watch {
  /** CSP violations reported by the page (event) or the browser (console). */
  violations: () => Promise<string[]>;
  dialogs: string[];
}

/** Records every dialog (an alert() that ran) and every CSP violation of `page` from now on. */
async function watch(page: Page): Promise<Watch> {
  const dialogs: string[] = [];
  const console: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) {
      console.push(message.text());
    }
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile})`);
    });
  });
  return {
    dialogs,
    violations: async () => {
      const reported = await page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      );
      return [...reported, ...console];
    },
  };
}

async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/auth/login', {
    data: { email: e2eEnv.adminEmail(), password: e2eEnv.adminPassword() },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function signInAsAdmin(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(e2eEnv.adminEmail());
  await page.getByLabel('Password').fill(e2eEnv.adminPassword());
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

function expectSecurityHeaders(response: Response | null, path: string): void {
  expect(response, path).not.toBeNull();
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  const scripts = csp.split(';').find((directive) => directive.trim().startsWith('script-src'));
  expect(scripts, `script-src of ${path}`).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scripts, `script-src of ${path}`).not.toContain('unsafe-inline');
  expect(scripts, `script-src of ${path}`).not.toContain('unsafe-eval');
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("object-src 'none'");
  expect(headers['x-content-type-options'], path).toBe('nosniff');
  expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], path).toBe('DENY');
  expect(headers['permissions-policy'], path).toContain('camera=()');
  // Served over plain http (SITE_URL is http): HSTS would be ignored there, so none is sent.
  expect(headers['strict-transport-security'], path).toBeUndefined();
}

test('the refresh token is an httpOnly cookie: scripts cannot read it, a reload keeps the session, sign-out ends it', async ({
  page,
  context,
  request,
}) => {
  const customer = await createVerifiedCustomer(request, 'cookie');
  await page.goto('/login');
  await signInThroughForm(page, customer.email);
  const menu = page.getByRole('button', { name: `Account menu for ${customer.name}` });
  await expect(menu).toBeVisible();

  const cookie = (await context.cookies()).find((candidate) => candidate.name === 'shop_refresh');
  // Chromium keeps a Secure cookie set over http://127.0.0.1 (a potentially trustworthy origin).
  expect(cookie).toMatchObject({
    path: '/api/auth',
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
  });
  const seenByScripts = await page.evaluate(() => ({
    cookie: document.cookie,
    local: Object.entries(window.localStorage),
    session: Object.entries(window.sessionStorage),
  }));
  expect(seenByScripts.cookie).not.toContain('shop_refresh');
  expect(seenByScripts.cookie).not.toContain(cookie?.value ?? 'no cookie');
  for (const [key, value] of [...seenByScripts.local, ...seenByScripts.session]) {
    expect(value, key).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
    expect(key).not.toMatch(/refresh/i);
  }

  await page.reload();
  await expect(menu).toBeVisible();
  await page.goto('/account');
  await expect(page.getByLabel('Full name')).toHaveValue(customer.name);

  // Signing out on a page for signed-in customers goes home, not through the sign-in page, even
  // when the shop is slow to revoke the session (held back a second here).
  const visited: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
  });
  await page.route('**/api/auth/logout', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
  await menu.click();
  const signedOut = page.waitForResponse('**/api/auth/logout');
  await page.getByRole('button', { name: 'Sign out' }).click();
  expect((await signedOut).status()).toBe(204);
  await page.waitForURL((url) => url.pathname === '/');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect(visited).not.toContain('/login');
  expect((await context.cookies()).map((candidate) => candidate.name)).not.toContain(
    'shop_refresh',
  );
  await page.reload();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?next=%2Faccount/);

  // The revoked token does not come back to life through the refresh route either.
  const refreshed = await page.request.post('/api/auth/refresh');
  expect(refreshed.status()).toBe(401);
});

test('every main page sends the security headers, and its scripts run without a CSP violation', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const watched = await watch(page);
  const products = await request.get('/api/products?size=1');
  const [product] = ((await products.json()) as { items: { slug: string }[] }).items;
  if (!product) throw new Error('the demo catalog has no product');

  const guestPages = [
    '/',
    '/products',
    `/products/${product.slug}`,
    '/cart',
    '/register',
    '/forgot-password',
    '/no-such-page',
  ];
  for (const path of guestPages) {
    const response = await page.goto(path);
    expectSecurityHeaders(response, path);
    await page.waitForLoadState('networkidle');
  }
  // Hydrated: the sign-in form is React's (a client-side validation message), not bare HTML.
  const response = await page.goto('/login?next=%2Fadmin');
  expectSecurityHeaders(response, '/login');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await signInAsAdmin(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  const signedInPages = [
    '/account',
    '/orders',
    '/checkout',
    '/admin',
    '/admin/orders',
    '/admin/products',
    '/admin/products/new',
    '/admin/categories',
    '/admin/users',
    '/admin/emails',
  ];
  for (const path of signedInPages) {
    const answer = await page.goto(path);
    expectSecurityHeaders(answer, path);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('main')).toBeVisible();
  }
  expect(await watched.violations()).toEqual([]);
  expect(watched.dialogs).toEqual([]);

  // And the policy bites: markup slipped into the page cannot run its handler.
  await page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), IMG);
  await expect.poll(async () => (await watched.violations()).join('\n')).toContain('script-src');
  expect(watched.dialogs).toEqual([]);
});

test('sign-in never sends the shopper to another site through ?next=', async ({
  page,
  request,
}) => {
  const hostile = [
    '/%09/evil.example',
    '//evil.example',
    '/%5Cevil.example',
    '/%5C/evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '/%0a/evil.example',
    '/.//evil.example',
  ];
  for (const next of hostile) {
    await page.goto(`/login?next=${next}`);
    const register = page.getByRole('main').getByRole('link', { name: 'Create an account' });
    await expect(register, next).toHaveAttribute('href', '/register');
  }

  const customer = await createVerifiedCustomer(request, 'next');
  const watched = await watch(page);
  const origin = new URL(page.url()).origin;
  await page.goto('/login?next=/%09/evil.example');
  await signInThroughForm(page, customer.email);
  await expect(
    page.getByRole('button', { name: `Account menu for ${customer.name}` }),
  ).toBeVisible();
  await expect(page).toHaveURL(`${origin}/`);
  expect(watched.dialogs).toEqual([]);
});

test('names holding markup are shown as text in the storefront and the back office', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const categoryName = `${SCRIPT} Category ${stamp}`;
  const productName = `${IMG} ${SCRIPT} Mug ${stamp}`;
  const slug = `e2e-xss-mug-${stamp}`;
  const token = await adminToken(request);
  const admin = { Authorization: `Bearer ${token}` };

  const category = await request.post('/api/categories', {
    data: { name: categoryName, slug: `e2e-xss-${stamp}`, description: SCRIPT },
    headers: admin,
  });
  expect(category.status(), await category.text()).toBe(201);
  const categoryId = ((await category.json()) as { id: number }).id;
  const created = await request.post('/api/products', {
    data: {
      name: productName,
      slug,
      description: `${IMG} ${SCRIPT}`,
      price: 12.5,
      stock_quantity: 20,
      sku: `E2E-XSS-${stamp}`.toUpperCase(),
      category_id: categoryId,
    },
    headers: admin,
  });
  expect(created.status(), await created.text()).toBe(201);
  const productId = ((await created.json()) as { id: number }).id;

  // A customer whose own name is markup, with an order for that product.
  const customer = await createVerifiedCustomer(request, 'xss');
  const customerName = `Eve ${IMG} ${SCRIPT}`;
  const customerToken = await apiLogin(request, customer.email);
  const asCustomer = { Authorization: `Bearer ${customerToken}` };
  const renamed = await request.put('/api/auth/me', {
    data: { full_name: customerName },
    headers: asCustomer,
  });
  expect(renamed.status(), await renamed.text()).toBe(200);
  expect(
    (
      await request.post('/api/cart', {
        data: { product_id: productId, quantity: 1 },
        headers: asCustomer,
      })
    ).status(),
  ).toBe(201);
  const order = await request.post('/api/orders', {
    data: {
      customer_name: customerName,
      customer_email: customer.email,
      shipping_address: `${SCRIPT} Quay Road`,
      shipping_city: IMG,
      shipping_postal_code: 'PO1 1AA',
      shipping_country: 'United Kingdom',
      notes: SCRIPT,
    },
    headers: asCustomer,
  });
  expect(order.status(), await order.text()).toBe(201);
  const orderId = ((await order.json()) as { id: number }).id;
  const inCart = await request.post('/api/cart', {
    data: { product_id: productId, quantity: 2 },
    headers: asCustomer,
  });
  expect(inCart.status(), await inCart.text()).toBe(201);

  const shopper = await watch(page);
  const injected = page.locator('img[src="x"]');

  await test.step('the storefront: list, category, product page, its JSON-LD and title', async () => {
    await page.goto(`/products?search=${encodeURIComponent(`Mug ${stamp}`)}`);
    await expect(page.getByText(productName).first()).toBeVisible();
    await page.goto(`/products?category=e2e-xss-${stamp}`);
    await expect(page.getByText(productName).first()).toBeVisible();
    await expect(page.getByText(categoryName).first()).toBeVisible();
    await page.goto(`/products/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(productName);
    expect(await page.title()).toContain(productName);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? '{}')).toMatchObject({ name: productName, category: categoryName });
    const html = await (await request.get(`/products/${slug}`)).text();
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<img src=x');
    await expect(injected).toHaveCount(0);
  });

  await test.step('the cart and the account of the customer with the markup name', async () => {
    await page.goto('/login?next=%2Fcart');
    await signInThroughForm(page, customer.email);
    await expect(page).toHaveURL(/\/cart$/);
    await expect(page.getByTestId('cart-line').filter({ hasText: productName })).toBeVisible();
    await expect(
      page.getByRole('button', { name: `Account menu for ${customerName}` }),
    ).toBeVisible();
    await page.goto(`/orders/${orderId}`);
    await expect(page.getByText(productName).first()).toBeVisible();
    await expect(injected).toHaveCount(0);
  });
  expect(await shopper.violations()).toEqual([]);
  expect(shopper.dialogs).toEqual([]);

  const adminContext = await browser.newContext();
  const office = await adminContext.newPage();
  const backOffice = await watch(office);
  const adminInjected = office.locator('img[src="x"]');
  await test.step('the back office: products, categories, users, orders', async () => {
    await office.goto('/login?next=%2Fadmin%2Fproducts');
    await signInAsAdmin(office);
    await expect(office.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
    await office.goto(`/admin/products?search=${encodeURIComponent(`Mug ${stamp}`)}`);
    await expect(office.getByTestId('product-row').filter({ hasText: productName })).toBeVisible();
    await office.goto('/admin/categories');
    await expect(
      office.getByTestId('category-row').filter({ hasText: categoryName }),
    ).toBeVisible();
    await office.goto(`/admin/users?search=${encodeURIComponent(customer.email)}`);
    await expect(office.getByTestId('user-row').filter({ hasText: customerName })).toBeVisible();
    await office.goto(`/admin/orders?search=${encodeURIComponent(customer.email)}`);
    await expect(office.getByTestId('order-row').filter({ hasText: customerName })).toBeVisible();
    await office.goto(`/admin/orders/${orderId}`);
    await expect(office.getByText(productName).first()).toBeVisible();
    await expect(office.getByText(customerName).first()).toBeVisible();
    await office.goto(`/admin/products/${productId}`);
    await expect(office.getByLabel('Name', { exact: true })).toHaveValue(productName);
    await expect(adminInjected).toHaveCount(0);
  });
  expect(await backOffice.violations()).toEqual([]);
  expect(backOffice.dialogs).toEqual([]);
  await adminContext.close();
});
