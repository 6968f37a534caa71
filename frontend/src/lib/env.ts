// Run-time settings of the web server. Read on every call (never at build time), so one build
// can talk to an API on any address: tests start the API on other ports than `make run` does.

const DEFAULT_API_URL = 'http://127.0.0.1:8000';

/** Base URL of the REST API as seen from this server, without a trailing slash. */
export function apiUrl(): string {
  const value = process.env.API_URL;
  const base = value && value.trim() !== '' ? value.trim() : DEFAULT_API_URL;
  return base.replace(/\/+$/, '');
}

/** Public base URL of the shop when configured (`SITE_URL`), else null: callers fall back to the request's host. */
export function configuredSiteUrl(): string | null {
  const value = process.env.SITE_URL;
  return value && value.trim() !== '' ? value.trim().replace(/\/+$/, '') : null;
}

/** Shop name shown in titles, the header and JSON-LD. */
export const SHOP_NAME = 'Harbor Goods';
