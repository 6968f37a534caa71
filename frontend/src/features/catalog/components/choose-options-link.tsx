import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

/**
 * Where a quick Add to cart would be for a product with variants: the customer picks a variant on
 * the product page.
 */
export function ChooseOptionsLink({
  slug,
  productName,
  className = '',
}: {
  slug: string;
  productName: string;
  className?: string;
}) {
  return (
    <Link
      href={`/products/${slug}`}
      className={`${buttonClasses('secondary', 'sm')} ${className}`}
      aria-label={`Choose options for ${productName}`}
    >
      Choose options
    </Link>
  );
}
