// The shop's public origin for canonical URLs, OpenGraph, sitemap and robots: SITE_URL when set,
// otherwise the host the request came in on.
import { headers } from 'next/headers';
import { configuredSiteUrl } from '@/lib/env';

export function siteUrl(): string {
  const configured = configuredSiteUrl();
  if (configured !== null) {
    return configured;
  }
  const incoming = headers();
  const host = incoming.get('x-forwarded-host') ?? incoming.get('host') ?? 'localhost:3000';
  const proto = incoming.get('x-forwarded-proto') ?? 'http';
  return `${proto.split(',')[0]?.trim() ?? 'http'}://${host.split(',')[0]?.trim() ?? host}`;
}

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}
