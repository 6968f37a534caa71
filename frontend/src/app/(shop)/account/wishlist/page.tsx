import Link from 'next/link';
import { Container, PageTitle } from '@/components/layout/container';
import { RequireAuth } from '@/features/account/components/require-auth';
import { WishlistView } from '@/features/wishlist/components/wishlist-view';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Wishlist');

export default function WishlistPage() {
  return (
    <Container>
      <PageTitle
        description={
          <>
            Products you saved for later.{' '}
            <Link href="/account" className="font-medium text-brand-700 hover:text-brand-800">
              Back to your account
            </Link>
          </>
        }
      >
        Wishlist
      </PageTitle>
      <RequireAuth>
        <WishlistView />
      </RequireAuth>
    </Container>
  );
}
