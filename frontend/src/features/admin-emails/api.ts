// Calls of /api/admin/emails. The only place that knows these paths.
import { getAdminPage } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { bodyOf, pageSchema, type Page } from '@/lib/api-schema';
import type { EmailQuery } from '@/features/admin-emails/list-query';
import { adminEmailSchema, type AdminEmail } from '@/features/admin-emails/types';

const emailPageSchema = pageSchema(adminEmailSchema);

export function listEmails(query: EmailQuery): Promise<Page<AdminEmail>> {
  return getAdminPage(emailPageSchema, '/admin/emails', { status: query.status, page: query.page });
}

/** Queues the email again; resolves to it (now pending). Rejects with 404, or 409 once sent. */
export async function retryEmail(id: number): Promise<AdminEmail> {
  return bodyOf(adminEmailSchema, apiClient.post(`/admin/emails/${id}/retry`));
}
