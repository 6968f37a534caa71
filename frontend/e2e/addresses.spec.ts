import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  createVerifiedCustomer,
  expectCartCount,
  inStockProducts,
  signInThroughForm,
} from './support/shop';

interface AddressFields {
  label: string;
  name: string;
  street: string;
  city: string;
  postalCode: string;
  country: string;
}

const home: AddressFields = {
  label: 'Home',
  name: 'Ada Lovelace',
  street: '12 St James Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'United Kingdom',
};

const work: AddressFields = {
  label: 'Work',
  name: 'Ada King',
  street: '1 Analytical Engine Row',
  city: 'Ockham',
  postalCode: 'GU23 6NP',
  country: 'United Kingdom',
};

async function addAddress(page: Page, address: AddressFields): Promise<void> {
  await page.getByRole('button', { name: 'Add address' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add an address' });
  await dialog.getByLabel('Label', { exact: true }).fill(address.label);
  await dialog.getByLabel('Full name', { exact: true }).fill(address.name);
  await dialog.getByLabel('Street address', { exact: true }).fill(address.street);
  await dialog.getByLabel('City', { exact: true }).fill(address.city);
  await dialog.getByLabel('Postal code', { exact: true }).fill(address.postalCode);
  await dialog.getByLabel('Country', { exact: true }).fill(address.country);
  await dialog.getByRole('button', { name: 'Add address' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card(page, address.label)).toContainText(address.street);
}

function card(page: Page, label: string): Locator {
  return page.getByRole('article', { name: label, exact: true });
}

test('a customer keeps an address book and checkout ships to its default', async ({
  page,
  request,
}) => {
  const customer = await createVerifiedCustomer(request, 'addresses');
  const [product] = await inStockProducts(request, 1);
  if (!product) throw new Error('no product to buy');

  await test.step('the address book asks a signed-out visitor to sign in first', async () => {
    await page.goto('/account/addresses');
    await expect(page).toHaveURL(/\/login\?next=%2Faccount%2Faddresses/);
    await signInThroughForm(page, customer.email);
    await expect(page.getByRole('heading', { level: 1, name: 'Addresses' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No saved addresses yet' })).toBeVisible();
  });

  await test.step('add two addresses: the first is the default', async () => {
    await addAddress(page, home);
    await expect(card(page, 'Home').getByTestId('address-default')).toHaveText('Default');
    await addAddress(page, work);
    await expect(page.getByTestId('address-card')).toHaveCount(2);
    await expect(card(page, 'Work').getByTestId('address-default')).toHaveCount(0);
  });

  await test.step('make the second the default', async () => {
    await card(page, 'Work').getByRole('button', { name: 'Make default Work' }).click();
    await expect(card(page, 'Work').getByTestId('address-default')).toHaveText('Default');
    await expect(card(page, 'Home').getByTestId('address-default')).toHaveCount(0);
    await expect(page.getByTestId('address-card').first()).toHaveAccessibleName('Work');
  });

  await test.step('edit one, with a field error on the way', async () => {
    await card(page, 'Work').getByRole('button', { name: 'Edit Work' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit address' });
    await expect(dialog.getByLabel('Street address', { exact: true })).toHaveValue(work.street);
    await dialog.getByLabel('City', { exact: true }).fill('');
    await dialog.getByRole('button', { name: 'Save address' }).click();
    await expect(dialog.getByLabel('City', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await dialog.getByLabel('City', { exact: true }).fill('Woking');
    await dialog.getByRole('button', { name: 'Save address' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(card(page, 'Work')).toContainText('GU23 6NP Woking');
  });

  await test.step('delete the other, after confirming', async () => {
    await card(page, 'Home').getByRole('button', { name: 'Delete Home' }).click();
    await page.getByRole('button', { name: 'Delete address' }).click();
    await expect(page.getByTestId('address-card')).toHaveCount(1);
    await expect(card(page, 'Home')).toHaveCount(0);
  });

  let orderUrl = '';
  await test.step('checkout preselects the default and fills it in', async () => {
    await page.goto(`/products/${product.slug}`);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expectCartCount(page, 1);
    await page.goto('/checkout');
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    const select = page.getByLabel('Saved address');
    await expect(select.locator('option:checked')).toHaveText(
      `Work: ${work.street}, Woking (default)`,
    );
    await expect(page.getByLabel('Full name')).toHaveValue(work.name);
    await expect(page.getByLabel('Street address')).toHaveValue(work.street);
    await expect(page.getByLabel('City')).toHaveValue('Woking');
    await expect(page.getByLabel('Postal code')).toHaveValue(work.postalCode);
    await expect(page.getByLabel('Country')).toHaveValue(work.country);
    await expect(page.getByLabel('Save this address to my address book')).toHaveCount(0);
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByRole('heading', { name: 'Thank you for your order!' })).toBeVisible();
    orderUrl = page.url().replace(/\/confirmation$/, '');
  });

  await test.step('the order ships to that address, and keeps it when the address changes', async () => {
    const shippingTo = page.getByRole('region', { name: 'Shipping to' });
    await page.goto(orderUrl);
    await expect(shippingTo).toContainText(work.name);
    await expect(shippingTo).toContainText(work.street);
    await expect(shippingTo).toContainText('GU23 6NP Woking');

    await page.getByRole('button', { name: `Account menu for ${customer.name}` }).click();
    await page.getByRole('link', { name: 'Addresses', exact: true }).click();
    await card(page, 'Work').getByRole('button', { name: 'Edit Work' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit address' });
    await dialog.getByLabel('Street address', { exact: true }).fill('2 Difference Lane');
    await dialog.getByRole('button', { name: 'Save address' }).click();
    await expect(card(page, 'Work')).toContainText('2 Difference Lane');

    await page.goto(orderUrl);
    await expect(shippingTo).toContainText(work.street);
  });
});
