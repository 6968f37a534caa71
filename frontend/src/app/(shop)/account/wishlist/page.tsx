import { AccountPage } from '@/features/account/components/account-page';
import { WishlistView } from '@/features/wishlist/components/wishlist-view';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Wishlist');

export default function WishlistPage() {
  return (
    <AccountPage title="Wishlist" intro="Products you saved for later.">
      <WishlistView />
    </AccountPage>
  );
}
