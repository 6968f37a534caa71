import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const origin = siteUrl();
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/api/',
        '/admin',
        '/cart',
        '/checkout',
        '/account',
        '/orders',
        '/login',
        '/register',
        '/verify-email',
        '/forgot-password',
        '/reset-password',
      ],
    },
    sitemap: `${origin}/sitemap.xml`,
  };
}
