// An outgoing email as the back office sees it (GET /api/admin/emails).
export type EmailStatus = 'failed' | 'pending' | 'sent';

export const EMAIL_STATUSES: EmailStatus[] = ['failed', 'pending', 'sent'];

export interface AdminEmail {
  id: number;
  kind: string;
  to_address: string;
  subject: string;
  status: EmailStatus;
  attempts: number;
  last_error: string | null;
  created_at: string;
  next_attempt_at: string | null;
  sent_at: string | null;
}
