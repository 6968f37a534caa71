'use client';

import { EnvelopeIcon } from '@heroicons/react/24/outline';
import { AdminListPage } from '@/components/layout/admin-list-page';
import { Button } from '@/components/ui/button';
import type { DataTableColumn } from '@/components/ui/data-table';
import { FilterSelect } from '@/components/ui/list-toolbar';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { listEmails, retryEmail } from '@/features/admin-emails/api';
import { emailListQuery } from '@/features/admin-emails/list-query';
import { EMAIL_STATUSES, type AdminEmail, type EmailStatus } from '@/features/admin-emails/types';
import { formatDateTime } from '@/lib/date-time';
import { countOf } from '@/lib/plural';
import { useUrlList } from '@/lib/use-url-list';

const STATUS_LABELS: Record<EmailStatus, string> = {
  failed: 'Failed',
  pending: 'Pending',
  sent: 'Sent',
};

const STATUS_OPTIONS = EMAIL_STATUSES.map((status) => ({
  value: status,
  label: STATUS_LABELS[status],
}));

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
  const emails = useUrlList('emails', emailListQuery, listEmails);
  const { query } = emails;
  const retrying = useBusyAction<number>();

  const retry = async (email: AdminEmail) => {
    const queued = await retrying.run(email.id, () => retryEmail(email.id), {
      done: (pending) => `The email to ${pending.to_address} will be sent again.`,
      subject: email.to_address,
    });
    if (queued === null) {
      await emails.reload();
      return;
    }
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
  };

  const columns: DataTableColumn<AdminEmail>[] = [
    { label: 'To', className: 'font-medium text-slate-900', cell: (email) => email.to_address },
    {
      label: 'Email',
      cell: (email) => (
        <>
          <span className="block text-slate-900">{email.subject}</span>
          <span className="block text-xs text-slate-600">{email.kind}</span>
          {email.last_error ? (
            <span className="block text-xs text-red-800">{email.last_error}</span>
          ) : null}
        </>
      ),
    },
    {
      label: 'Attempts',
      align: 'right',
      className: 'text-slate-700',
      cell: (email) => email.attempts,
    },
    { label: 'When', className: 'text-slate-700', cell: when },
    {
      label: 'Action',
      align: 'right',
      hidden: true,
      cell: (email) =>
        email.status === 'failed' ? (
          <Button
            variant="secondary"
            size="sm"
            loading={retrying.busy === email.id}
            onClick={() => void retry(email)}
            aria-label={`Retry the email to ${email.to_address}: ${email.subject}`}
          >
            Retry
          </Button>
        ) : null,
    },
  ];

  const label = STATUS_LABELS[query.status].toLowerCase();
  return (
    <AdminListPage
      title="Emails"
      summary={(total) =>
        `${countOf(total, `${label} email`, `${label} emails`)}. Failed emails were refused by the mail server after every attempt; retry them once the cause is fixed.`
      }
      description="Emails the shop sends: verification, password resets, order updates."
      filters={
        <FilterSelect
          id="email-status"
          label="Status"
          value={query.status}
          options={STATUS_OPTIONS}
          onChange={(status) => {
            if (status) emails.update({ status });
          }}
        />
      }
      list={emails}
      empty={{
        icon: EnvelopeIcon,
        none: { title: `No ${label} emails`, text: EMPTY_TEXT[query.status] },
      }}
      caption={`${STATUS_LABELS[query.status]} emails`}
      columns={columns}
      rowTestId="email-row"
      minWidthClass="min-w-[52rem]"
    />
  );
}
