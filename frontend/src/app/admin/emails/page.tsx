import type { Metadata } from 'next';
import { EmailList } from '@/features/admin-emails/components/email-list';

export const metadata: Metadata = { title: 'Emails' };

export default function AdminEmailsPage() {
  return <EmailList />;
}
