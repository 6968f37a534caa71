'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { EnvelopeIcon } from '@heroicons/react/24/outline';
import { inputClasses } from '@/components/forms/text-field';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadError } from '@/components/ui/load-error';
import { Pagination } from '@/components/ui/pagination';
import { TableSkeleton } from '@/components/ui/skeleton';
import {
  emailQueryString,
  listEmails,
  parseEmailQuery,
  retryEmail,
} from '@/features/admin-emails/api';
import {
  EMAIL_STATUSES,
  type AdminEmail,
  type EmailQuery,
  type EmailStatus,
} from '@/features/admin-emails/types';
import { formatDateTime } from '@/features/orders/format';
import { errorMessage } from '@/lib/api-error';
import { useRemote } from '@/lib/use-remote';

const STATUS_LABELS: Record<EmailStatus, string> = {
  failed: 'Failed',
  pending: 'Pending',
  sent: 'Sent',
};

const EMPTY_TEXT: Record<EmailStatus, string> = {
  failed: 'Every email went out or is still being tried.',
  pending: 'Nothing is waiting to be sent.',
  sent: 'Sent emails appear here.',
};

function when(email: AdminEmail): string {
  if (email.sent_at) return `Sent ${formatDateTime(email.sent_at)}`;
  if (email.next_attempt_at) return `Next try ${formatDateTime(email.next_attempt_at)}`;
  return `Queued ${formatDateTime(email.created_at)}`;
}

export function EmailList() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = parseEmailQuery(params);
  const queryString = emailQueryString(query);
  const emails = useRemote(`emails${queryString}`, () => listEmails(query));
  const [busy, setBusy] = useState<number | null>(null);

  const go = (next: EmailQuery) => router.push(`${pathname}${emailQueryString(next)}`);

  const retry = async (email: AdminEmail) => {
    setBusy(email.id);
    try {
      const queued = await retryEmail(email.id);
      // It leaves the failed list: it is pending again.
      emails.setData((page) =>
        page
          ? {
              ...page,
              items: page.items.filter((item) => item.id !== queued.id),
              total: Math.max(0, page.total - 1),
            }
          : page,
      );
      toast.success(`The email to ${queued.to_address} will be sent again.`);
    } catch (error: unknown) {
      toast.error(`${email.to_address}: ${errorMessage(error)}`);
      await emails.reload();
    } finally {
      setBusy(null);
    }
  };

  const page = emails.data;
  const label = STATUS_LABELS[query.status].toLowerCase();
  return (
    <>
      <AdminPageHeader
        title="Emails"
        description={
          page
            ? `${page.total} ${label} ${page.total === 1 ? 'email' : 'emails'}. Failed emails were refused by the mail server after every attempt; retry them once the cause is fixed.`
            : 'Emails the shop sends: verification, password resets, order updates.'
        }
      />
      <div className="mb-4 sm:w-48">
        <label htmlFor="email-status" className="block text-sm font-medium text-slate-800">
          Status
        </label>
        <select
          id="email-status"
          value={query.status}
          onChange={(event) => {
            const status = EMAIL_STATUSES.find((candidate) => candidate === event.target.value);
            if (status) go({ status, page: 1 });
          }}
          className={`mt-1 ${inputClasses(false)}`}
        >
          {EMAIL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>

      {emails.error ? (
        <LoadError error={emails.error} onRetry={() => void emails.reload()} />
      ) : page === null ? (
        <TableSkeleton label="Loading emails" />
      ) : page.items.length === 0 ? (
        <EmptyState icon={EnvelopeIcon} title={`No ${label} emails`}>
          {EMPTY_TEXT[query.status]}
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption={`${STATUS_LABELS[query.status]} emails`}
            columns={[
              { label: 'To' },
              { label: 'Email' },
              { label: 'Attempts', align: 'right' },
              { label: 'When' },
              { label: 'Action', hidden: true },
            ]}
            busy={emails.loading}
            minWidthClass="min-w-[52rem]"
          >
            {page.items.map((email) => (
              <tr key={email.id} data-testid="email-row">
                <td className="px-4 py-3 font-medium text-slate-900">{email.to_address}</td>
                <td className="px-4 py-3">
                  <span className="block text-slate-900">{email.subject}</span>
                  <span className="block text-xs text-slate-600">{email.kind}</span>
                  {email.last_error ? (
                    <span className="block text-xs text-red-800">{email.last_error}</span>
                  ) : null}
                </td>
                <td className="px-4 py-3 text-right text-slate-700">{email.attempts}</td>
                <td className="px-4 py-3 text-slate-700">{when(email)}</td>
                <td className="px-4 py-3 text-right">
                  {email.status === 'failed' ? (
                    <Button
                      variant="secondary"
                      size="sm"
                      loading={busy === email.id}
                      onClick={() => void retry(email)}
                      aria-label={`Retry the email to ${email.to_address}: ${email.subject}`}
                    >
                      Retry
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
          <Pagination
            page={page.page}
            pages={page.pages}
            hrefFor={(number) => `${pathname}${emailQueryString({ ...query, page: number })}`}
          />
        </>
      )}
    </>
  );
}
