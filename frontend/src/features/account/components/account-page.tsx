// The frame of a signed-in customer's own pages (account, addresses, wishlist): the title, a line
// on what the page is for followed by links to the pages beside it, and the content, shown once the
// customer is signed in.
import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';
import { Container, PageTitle } from '@/components/layout/container';
import { RequireAuth } from '@/features/account/components/require-auth';

export interface AccountPageLink {
  href: string;
  label: string;
}

const BACK_TO_ACCOUNT: AccountPageLink[] = [{ href: '/account', label: 'Back to your account' }];

export interface AccountPageProps {
  title: string;
  /** What the page is for, e.g. "Products you saved for later." */
  intro: string;
  /** After the intro, separated by dots; the account page itself unless given. */
  links?: AccountPageLink[];
  children: ReactNode;
}

export function AccountPage({ title, intro, links = BACK_TO_ACCOUNT, children }: AccountPageProps) {
  return (
    <Container>
      <PageTitle
        description={
          <>
            {intro}
            {links.map((link, index) => (
              <Fragment key={link.href}>
                {index === 0 ? ' ' : ' · '}
                <Link href={link.href} className="font-medium text-brand-700 hover:text-brand-800">
                  {link.label}
                </Link>
              </Fragment>
            ))}
          </>
        }
      >
        {title}
      </PageTitle>
      <RequireAuth>{children}</RequireAuth>
    </Container>
  );
}
