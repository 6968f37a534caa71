import { refresh } from '@/lib/auth-proxy';
import { proxyToApi } from '@/lib/proxy';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const POST = refresh;
// Other methods reach the API, which answers them (405) in its own error shape.
export const GET = proxyToApi;
export const HEAD = proxyToApi;
export const PUT = proxyToApi;
export const PATCH = proxyToApi;
export const DELETE = proxyToApi;
export const OPTIONS = proxyToApi;
