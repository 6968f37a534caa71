// Sign-in moves the guest cart into the customer's server cart (POST /api/cart/merge): what the
// store remembers of the guest lines, and the toast that words what the server changed.
import { lineName } from '@/features/cart/line-name';
import type { CartAdjustment, GuestCartLine } from '@/features/cart/types';

export interface MergeOutcome {
  adjustments: CartAdjustment[];
  /** What the guest cart called each line ("T-shirt (M / Red)"), by mergedLineKey, to word the adjustments. */
  names: Record<string, string>;
}

/** The key of a merged line's name in MergeOutcome.names. */
function mergedLineKey(productId: number, variantId: number | null): string {
  return variantId === null ? String(productId) : `${productId}:${variantId}`;
}

/** The merge's outcome: the server's adjustments, with the names the guest's lines had. */
export function mergeOutcome(lines: GuestCartLine[], adjustments: CartAdjustment[]): MergeOutcome {
  const names: Record<string, string> = {};
  for (const line of lines) {
    names[mergedLineKey(line.product_id, line.variant_id)] = lineName(line.product, line.variant);
  }
  return { adjustments, names };
}

/** Words the merge adjustments for a toast, or returns null when nothing was changed. */
export function describeMerge({ adjustments, names }: MergeOutcome): string | null {
  if (adjustments.length === 0) return null;
  const parts = adjustments.map((adjustment) => {
    const name =
      names[mergedLineKey(adjustment.product_id, adjustment.variant_id)] ??
      `Product #${adjustment.product_id}`;
    if (adjustment.kind === 'capped') {
      return adjustment.quantity !== null
        ? `${name} was limited to ${adjustment.quantity} (the stock available)`
        : `${name} was limited to the stock available`;
    }
    return `${name} is no longer available and was left out`;
  });
  return `Your cart was merged. ${parts.join('; ')}.`;
}
