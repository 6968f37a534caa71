// The security headers of every response of the web app, set by src/middleware.ts. Scripts run
// only with this response's nonce (Next puts it on its own inline and chunk scripts, the pages on
// their JSON-LD); 'strict-dynamic' lets those scripts load the chunks they import. Styles may be
// inline: React and the chart library write style attributes, and a style cannot run code.

export interface SecurityHeaderOptions {
  /** A fresh random value per response, base64. */
  nonce: string;
  /** `next dev`: its fast refresh needs eval and a websocket. */
  dev: boolean;
  /** Served over https (see isHttps), so HSTS and upgrade-insecure-requests apply. */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, dev, https }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.https
      ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }
      : {}),
  };
}

/**
 * Whether the shop is served over https: its public URL (SITE_URL) is https, or the request came
 * in over https (straight, or per X-Forwarded-Proto from the TLS proxy in front). A plain-http
 * client claiming https gains nothing: browsers ignore HSTS received over http (RFC 6797 §8.1).
 */
export function isHttps(
  siteUrl: string | null,
  requestUrl: URL,
  forwardedProto: string | null,
): boolean {
  if (siteUrl !== null) return siteUrl.startsWith('https://');
  const proto = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https' || requestUrl.protocol === 'https:';
}

/** A nonce of 128 random bits, base64 (Web Crypto: the middleware runs on the edge runtime). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
