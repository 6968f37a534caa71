// Calls of /api/admin/emails. The only place that knows these paths.
import { apiClient } from '@/lib/api-client';
import { bodyOf, pageSchema, type Page } from '@/lib/api-schema';
import type { EmailQuery } from '@/features/admin-emails/list-query';
import { adminEmailSchema, type AdminEmail } from '@/features/admin-emails/types';

export const ADMIN_EMAILS_PAGE_SIZE = 20;

const emailPageSchema = pageSchema(adminEmailSchema);

export async function listEmails(query: EmailQuery): Promise<Page<AdminEmail>> {
  return bodyOf(
    emailPageSchema,
    apiClient.get('/admin/emails', {
      params: { status: query.status, page: query.page, size: ADMIN_EMAILS_PAGE_SIZE },
    }),
  );
}

/** Queues the email again; resolves to it (now pending). Rejects with 404, or 409 once sent. */
export async function retryEmail(id: number): Promise<AdminEmail> {
  return bodyOf(adminEmailSchema, apiClient.post(`/admin/emails/${id}/retry`));
}
