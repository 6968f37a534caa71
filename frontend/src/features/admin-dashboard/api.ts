// Calls of /api/admin/stats. The only place that knows this path.
import { apiClient } from '@/lib/api-client';
import type { AdminStats } from '@/features/admin-dashboard/types';

export async function getStats(days: number): Promise<AdminStats> {
  const { data } = await apiClient.get<AdminStats>('/admin/stats', { params: { days } });
  return data;
}
