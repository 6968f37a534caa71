import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { e2eEnv } from './support/env';
import { createVerifiedCustomer } from './support/shop';

test('the admin finds the emails the shop sent in the back office; a sent one offers no retry', async ({
  page,
  request,
}) => {
  const customer = await createVerifiedCustomer(request, 'emails');
  await page.goto('/login?next=%2Fadmin%2Femails');
  await page.getByLabel('Email').fill(e2eEnv.adminEmail());
  await page.getByLabel('Password').fill(e2eEnv.adminPassword());
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Emails' })).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveValue('failed');

  await page.getByLabel('Status').selectOption('sent');
  await expect(page).toHaveURL(/\/admin\/emails\?status=sent$/);
  const row = page.getByTestId('email-row').filter({ hasText: customer.email }).first();
  await expect(row).toBeVisible();
  await expect(row.getByRole('button', { name: /Retry/ })).toHaveCount(0);

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('[data-rht-toaster]')
    .analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(blocking.map((violation) => violation.id)).toEqual([]);
});
