// Calls of /api/admin/emails. The only place that knows these paths.
import { adminListReader } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { bodyOf } from '@/lib/api-schema';
import { emailListQuery } from '@/features/admin-emails/list-query';
import { adminEmailSchema, type AdminEmail } from '@/features/admin-emails/types';

/** A page of the emails of one status. */
export const listEmails = adminListReader(emailListQuery, adminEmailSchema, '/admin/emails');

/** Queues the email again; resolves to it (now pending). Rejects with 404, or 409 once sent. */
export async function retryEmail(id: number): Promise<AdminEmail> {
  return bodyOf(adminEmailSchema, apiClient.post(`/admin/emails/${id}/retry`));
}
