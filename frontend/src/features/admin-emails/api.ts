// Calls of /api/admin/emails, and the email table's URL (?status=&page=). The only place that
// knows these paths.
import { apiClient } from '@/lib/api-client';
import type { Page } from '@/lib/api-schema';
import {
  EMAIL_STATUSES,
  type AdminEmail,
  type EmailQuery,
  type EmailStatus,
} from '@/features/admin-emails/types';

export const ADMIN_EMAILS_PAGE_SIZE = 20;

export async function listEmails(query: EmailQuery): Promise<Page<AdminEmail>> {
  const { data } = await apiClient.get<Page<AdminEmail>>('/admin/emails', {
    params: { status: query.status, page: query.page, size: ADMIN_EMAILS_PAGE_SIZE },
  });
  return data;
}

/** Queues the email again; resolves to it (now pending). Rejects with 404, or 409 once sent. */
export async function retryEmail(id: number): Promise<AdminEmail> {
  const { data } = await apiClient.post<AdminEmail>(`/admin/emails/${id}/retry`);
  return data;
}

function isEmailStatus(value: string | null): value is EmailStatus {
  return EMAIL_STATUSES.some((status) => status === value);
}

/** The table opens on the failed emails: those are the ones that need the admin. */
export function parseEmailQuery(params: URLSearchParams): EmailQuery {
  const status = params.get('status');
  const pageText = params.get('page') ?? '';
  const page = /^\d{1,9}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  return { status: isEmailStatus(status) ? status : 'failed', page };
}

export function emailQueryString(query: EmailQuery): string {
  const params = new URLSearchParams();
  if (query.status !== 'failed') params.set('status', query.status);
  if (query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
