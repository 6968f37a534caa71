// An outgoing email as the back office sees it (GET /api/admin/emails), and its schema.
import { z } from '@/lib/zod';

export const EMAIL_STATUSES = ['failed', 'pending', 'sent'] as const;

export const emailStatusSchema = z.enum(EMAIL_STATUSES);
export type EmailStatus = z.output<typeof emailStatusSchema>;

export const adminEmailSchema = z.object({
  id: z.number(),
  kind: z.string(),
  to_address: z.string(),
  subject: z.string(),
  status: emailStatusSchema,
  attempts: z.number(),
  last_error: z.string().nullable(),
  created_at: z.string(),
  next_attempt_at: z.string().nullable(),
  sent_at: z.string().nullable(),
});
export type AdminEmail = z.output<typeof adminEmailSchema>;
