import Link from 'next/link';
import { Container } from '@/components/layout/container';
import { buttonClasses } from '@/components/ui/button';

export default function ShopNotFound() {
  return (
    <Container className="py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-slate-600">
        The page you are looking for does not exist or has moved.
      </p>
      <div className="mt-8 flex justify-center gap-3">
        <Link href="/products" className={buttonClasses()}>
          Browse products
        </Link>
        <Link href="/" className={buttonClasses('secondary')}>
          Go to the home page
        </Link>
      </div>
    </Container>
  );
}
