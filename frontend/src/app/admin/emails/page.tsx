import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AdminPageSkeleton } from '@/components/layout/admin-shell';
import { EmailList } from '@/features/admin-emails/components/email-list';

export const metadata: Metadata = { title: 'Emails' };

export default function AdminEmailsPage() {
  return (
    <Suspense fallback={<AdminPageSkeleton />}>
      <EmailList />
    </Suspense>
  );
}
