// Calls of /api/admin/stats. The only place that knows this path; the answer is validated.
import { apiClient } from '@/lib/api-client';
import { bodyOf } from '@/lib/api-schema';
import { adminStatsSchema, type AdminStats } from '@/features/admin-dashboard/types';

export function getStats(days: number): Promise<AdminStats> {
  return bodyOf(adminStatsSchema, apiClient.get('/admin/stats', { params: { days } }));
}
