import Link from 'next/link';
import { StatusPage } from '@/components/layout/status-page';
import { buttonClasses } from '@/components/ui/button';

export default function ShopNotFound() {
  return (
    <StatusPage
      eyebrow="404"
      title="Page not found"
      actions={
        <>
          <Link href="/products" className={buttonClasses()}>
            Browse products
          </Link>
          <Link href="/" className={buttonClasses('secondary')}>
            Go to the home page
          </Link>
        </>
      }
    >
      <p className="mt-3 text-slate-600">
        The page you are looking for does not exist or has moved.
      </p>
    </StatusPage>
  );
}
