// Calls of /api/admin/orders and the admin's PUT /api/orders/{id}. The only place that knows them;
// reading one order goes through the orders feature (GET /api/orders/{id} serves owners and admins).
import axios from 'axios';
import { adminListReader } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { apiErrorFromBody } from '@/lib/api-error';
import { bodyOf } from '@/lib/api-schema';
import { orderSchema, type Order, type OrderStatus } from '@/features/orders/types';
import {
  exportFilename,
  exportParams,
  orderListQuery,
  type ExportFilter,
} from '@/features/admin-orders/filters';

/** A page of orders, of one status or all; `search` is an order number or an email address. */
export const listOrders = adminListReader(orderListQuery, orderSchema, '/admin/orders');

/** Moves an order to `status`; the API answers 409 for a change the workflow does not allow. */
export function updateOrderStatus(id: number, status: OrderStatus): Promise<Order> {
  return bodyOf(orderSchema, apiClient.put(`/orders/${id}`, { status }));
}

export interface CsvFile {
  blob: Blob;
  filename: string;
}

/**
 * Downloads the CSV of the orders matching `filter` through the authenticated client (a plain
 * link would carry no token). An error body arrives as a Blob too; it is read back into the
 * usual ApiError.
 */
export async function exportOrdersCsv(filter: ExportFilter, today: string): Promise<CsvFile> {
  try {
    const response = await apiClient.get<Blob>('/admin/orders/export.csv', {
      params: exportParams(filter),
      responseType: 'blob',
      headers: { Accept: 'text/csv' },
      timeout: 120_000,
    });
    // Named after the filter (the API's own name carries only the date).
    return { blob: response.data, filename: exportFilename(filter, today) };
  } catch (error: unknown) {
    if (axios.isAxiosError(error) && error.response?.data instanceof Blob) {
      const text = await error.response.data.text();
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch (parseError: unknown) {
        console.warn('The export failed with a body that is not JSON', parseError);
      }
      throw apiErrorFromBody(error.response.status, body);
    }
    throw error;
  }
}
