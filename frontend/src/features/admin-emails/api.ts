// Calls of /api/admin/emails. The only place that knows these paths.
import { apiClient } from '@/lib/api-client';
import type { Page } from '@/lib/api-schema';
import type { EmailQuery } from '@/features/admin-emails/list-query';
import type { AdminEmail } from '@/features/admin-emails/types';

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
