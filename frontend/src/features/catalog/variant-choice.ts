// The option picker's rules: which variant a choice of option values names, and what choosing a
// value would lead to given the values chosen for the other options.
import type { Variant } from '@/features/catalog/types';

/** One chosen value per product option, in option order; null while that option is not chosen. */
export type VariantChoice = (string | null)[];

/**
 * What choosing a value would give: a variant in stock, only sold-out variants, or no variant at
 * all (that combination is not sold).
 */
export type ValueState = 'available' | 'sold_out' | 'missing';

/** The variant every option of `choice` names, or null while an option is not chosen or none matches. */
export function chosenVariant(variants: readonly Variant[], choice: VariantChoice): Variant | null {
  if (choice.some((value) => value === null)) return null;
  return (
    variants.find((variant) => variant.options.every((value, index) => value === choice[index])) ??
    null
  );
}

/** What choosing `value` for the option at `optionIndex` gives, the other chosen values kept. */
export function valueState(
  variants: readonly Variant[],
  choice: VariantChoice,
  optionIndex: number,
  value: string,
): ValueState {
  const matching = variants.filter((variant) =>
    variant.options.every((own, index) =>
      index === optionIndex ? own === value : choice[index] === null || own === choice[index],
    ),
  );
  if (matching.length === 0) return 'missing';
  return matching.some((variant) => variant.stock_quantity > 0) ? 'available' : 'sold_out';
}

/** The choice a product page opens with: the first variant in stock, else the first variant. */
export function initialChoice(optionCount: number, variants: readonly Variant[]): VariantChoice {
  const first = variants.find((variant) => variant.stock_quantity > 0) ?? variants[0];
  return first ? [...first.options] : Array.from({ length: optionCount }, () => null);
}

/** `choice` with `value` chosen for the option at `optionIndex`. */
export function withValue(
  choice: VariantChoice,
  optionIndex: number,
  value: string,
): VariantChoice {
  return choice.map((current, index) => (index === optionIndex ? value : current));
}
