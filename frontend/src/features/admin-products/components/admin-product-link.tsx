// A product's name as a link to its page in the back office, wherever a back-office table names one.
import Link from 'next/link';

export function AdminProductLink({
  id,
  name,
  className = 'font-medium text-slate-900 hover:text-brand-700',
}: {
  id: number;
  name: string;
  className?: string;
}) {
  return (
    <Link href={`/admin/products/${id}`} className={className}>
      {name}
    </Link>
  );
}
