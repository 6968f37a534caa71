// The variant editor's values (text, as typed), the combinations "Generate variants" builds, the
// client-side rules, and the PUT body they turn into. Errors are keyed as the API names its
// fields: `options.N.name`, `variants.N.sku` (N the row's index), so the server's land on the same cells.
import { money, moneyError, moneyText, stockError } from '@/features/admin-products/form';
import type { VariantsInput } from '@/features/admin-products/types';
import type { Variants } from '@/features/catalog/types';
import type { ApiError } from '@/lib/api-error';

export const MAX_OPTIONS = 3;
export const MAX_VARIANTS = 100;

/** An option as edited: its name and its values as a comma-separated list. */
export interface OptionDraft {
  name: string;
  values: string;
}

/** A variant row as edited; `id` is the saved variant's, null for a row not saved yet. */
export interface VariantRow {
  id: number | null;
  options: string[];
  sku: string;
  /** Empty sells the variant at the product's price. */
  price: string;
  compare_at_price: string;
  stock_quantity: string;
}

/** Field key → message, keyed as the API's 422 `loc` after `body`. */
export type VariantErrors = Record<string, string>;

/** The distinct, non-empty values of a comma-separated list, in the order typed. */
export function optionValues(text: string): string[] {
  return [...new Set(text.split(',').map((value) => value.trim()))].filter((value) => value !== '');
}

/** The options as the API takes them: named ones with at least one value. */
function namedOptions(drafts: readonly OptionDraft[]) {
  return drafts
    .map((draft) => ({ name: draft.name.trim(), values: optionValues(draft.values) }))
    .filter((option) => option.name !== '' && option.values.length > 0);
}

/** Every combination of the options' values, the first option varying slowest. */
export function combinations(optionValueLists: readonly string[][]): string[][] {
  if (optionValueLists.length === 0) return [];
  return optionValueLists.reduce<string[][]>(
    (partial, values) => partial.flatMap((prefix) => values.map((value) => [...prefix, value])),
    [[]],
  );
}

function sameOptions(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

/** A SKU for a new row: the product's with the row's values, e.g. "TEE-M-RED". */
function suggestedSku(productSku: string, values: readonly string[]): string {
  const parts = values.map((value) => value.toUpperCase().replace(/[^A-Z0-9]+/g, ''));
  return [productSku, ...parts.filter((part) => part !== '')].join('-').slice(0, 64);
}

/**
 * The rows "Generate variants" leaves: one per combination of the options' values. A combination
 * that already has a row keeps that row (its id, SKU, prices and stock); new ones get a suggested
 * SKU, the product's price and no stock; rows of combinations no longer there are dropped.
 */
export function generateRows(
  drafts: readonly OptionDraft[],
  rows: readonly VariantRow[],
  productSku: string,
): VariantRow[] {
  const options = namedOptions(drafts);
  return combinations(options.map((option) => option.values)).map(
    (values) =>
      rows.find((row) => sameOptions(row.options, values)) ?? {
        id: null,
        options: values,
        sku: suggestedSku(productSku, values),
        price: '',
        compare_at_price: '',
        stock_quantity: '0',
      },
  );
}

/** How many rows "Generate variants" would make. */
export function combinationCount(drafts: readonly OptionDraft[]): number {
  const options = namedOptions(drafts);
  return options.length === 0
    ? 0
    : options.reduce((count, option) => count * option.values.length, 1);
}

/**
 * The editor's values for what the API sent. A variant whose price is the product's shows an
 * empty price (so it follows the product's), one with a price of its own shows it.
 */
export function variantFormValues(
  variants: Variants,
  productPriceCents: number,
): { options: OptionDraft[]; rows: VariantRow[] } {
  return {
    options: variants.options.map((option) => ({
      name: option.name,
      values: option.values.join(', '),
    })),
    rows: variants.variants.map((variant) => ({
      id: variant.id,
      options: variant.options,
      sku: variant.sku,
      price: variant.price_cents === productPriceCents ? '' : moneyText(variant.price_cents),
      compare_at_price: moneyText(variant.compare_at_price_cents),
      stock_quantity: String(variant.stock_quantity),
    })),
  };
}

/** The rows' and options' problems the API would also refuse, keyed as it keys them. */
export function variantErrors(
  drafts: readonly OptionDraft[],
  rows: readonly VariantRow[],
): VariantErrors {
  const errors: VariantErrors = {};
  const names = new Set<string>();
  drafts.forEach((draft, index) => {
    const name = draft.name.trim();
    if (name === '') errors[`options.${index}.name`] = 'Enter a name.';
    else if (name.length > 50) errors[`options.${index}.name`] = 'At most 50 characters.';
    else if (names.has(name.toLowerCase()))
      errors[`options.${index}.name`] = 'Each option needs its own name.';
    names.add(name.toLowerCase());
    const values = optionValues(draft.values);
    if (values.length === 0) errors[`options.${index}.values`] = 'Enter at least one value.';
    else if (values.length > 50) errors[`options.${index}.values`] = 'At most 50 values.';
    else if (values.some((value) => value.length > 50))
      errors[`options.${index}.values`] = 'Each value at most 50 characters.';
  });
  const skus = new Set<string>();
  rows.forEach((row, index) => {
    const sku = row.sku.trim();
    if (sku === '') errors[`variants.${index}.sku`] = 'Enter a SKU.';
    else if (sku.length > 64) errors[`variants.${index}.sku`] = 'At most 64 characters.';
    else if (skus.has(sku)) errors[`variants.${index}.sku`] = 'Another row has this SKU.';
    skus.add(sku);
    for (const field of ['price', 'compare_at_price'] as const) {
      const problem = moneyError(row[field], false);
      if (problem !== true) errors[`variants.${index}.${field}`] = problem;
    }
    const stockProblem = stockError(row.stock_quantity);
    if (stockProblem !== true) errors[`variants.${index}.stock_quantity`] = stockProblem;
  });
  return errors;
}

/** What the editor shows after a check: the cells' errors, and the message above it (null: go on). */
export interface VariantCheck {
  errors: VariantErrors;
  message: string | null;
}

/** Whether "Generate variants" may run: the options must be valid and make at most MAX_VARIANTS. */
export function generateProblems(drafts: readonly OptionDraft[]): VariantCheck {
  const errors = variantErrors(drafts, []);
  if (Object.keys(errors).length > 0) return { errors, message: 'Correct the options first.' };
  if (combinationCount(drafts) > MAX_VARIANTS) {
    return { errors, message: `That makes more than ${MAX_VARIANTS} variants: use fewer values.` };
  }
  return { errors, message: null };
}

/** Whether Save may send the rows: valid, generated, and generated from the options as they are. */
export function saveProblems(
  drafts: readonly OptionDraft[],
  rows: readonly VariantRow[],
): VariantCheck {
  const errors = variantErrors(drafts, rows);
  if (Object.keys(errors).length > 0) {
    return { errors, message: 'Please correct the highlighted fields.' };
  }
  if (drafts.length > 0 && rows.length === 0) {
    return {
      errors,
      message: 'Generate the variants first, or remove the options to sell the product plain.',
    };
  }
  if (!rowsMatchOptions(drafts, rows)) {
    return {
      errors,
      message: 'The options have changed: generate the variants again before saving.',
    };
  }
  return { errors, message: null };
}

/** The PUT body; assumes variantErrors found nothing. */
export function toVariantsInput(
  drafts: readonly OptionDraft[],
  rows: readonly VariantRow[],
): VariantsInput {
  return {
    options: drafts.map((draft) => ({
      name: draft.name.trim(),
      values: optionValues(draft.values),
    })),
    variants: rows.map((row) => ({
      ...(row.id === null ? {} : { id: row.id }),
      options: row.options,
      sku: row.sku.trim(),
      price: money(row.price),
      compare_at_price: money(row.compare_at_price),
      stock_quantity: Number.parseInt(row.stock_quantity.trim(), 10),
    })),
  };
}

/** The indexes of the rows whose SKU a 409's message names (all rows when it names none). */
export function conflictingRows(message: string, rows: readonly VariantRow[]): number[] {
  const named = rows.flatMap((row, index) =>
    row.sku.trim() !== '' && message.includes(row.sku.trim()) ? [index] : [],
  );
  return named.length > 0 ? named : rows.map((_, index) => index);
}

/** Whether every row is one of the options' combinations (false once options changed since "Generate"). */
export function rowsMatchOptions(
  drafts: readonly OptionDraft[],
  rows: readonly VariantRow[],
): boolean {
  const sold = new Set(
    combinations(namedOptions(drafts).map((option) => option.values)).map((values) =>
      values.join('\u0000'),
    ),
  );
  return rows.every((row) => sold.has(row.options.join('\u0000')));
}

/** The cells the editor shows an error on, by key; other keys go to the message above it. */
const CELL_FIELDS =
  /^(options\.\d+\.(name|values)|variants\.\d+\.(sku|price|compare_at_price|stock_quantity))$/;

/**
 * Where a refused save's problems land: a 422's on their cells (`options.0.values.2` on its
 * option's values), a 409 on the SKUs it names; `message` is what is left for above the editor.
 */
export function placeServerErrors(
  error: ApiError,
  rows: readonly VariantRow[],
): { errors: VariantErrors; message: string | null } {
  if (error.status === 409) {
    const errors: VariantErrors = {};
    for (const index of conflictingRows(error.message, rows))
      errors[`variants.${index}.sku`] = error.message;
    return { errors, message: null };
  }
  const errors: VariantErrors = {};
  let unplaced = Object.keys(error.fieldErrors).length === 0;
  for (const [field, text] of Object.entries(error.fieldErrors)) {
    const cell = field.split('.').slice(0, 3).join('.');
    if (CELL_FIELDS.test(cell)) {
      errors[cell] ??= text;
    } else {
      unplaced = true;
    }
  }
  return { errors, message: unplaced ? error.message : null };
}
