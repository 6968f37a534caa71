/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  eslint: { dirs: ['src', 'e2e'] },
  // The API base URL is read at run time (see src/lib/env.ts); nothing about it is baked in here.
  // Security headers (CSP with a nonce per response, HSTS …) come from src/middleware.ts.
};

export default nextConfig;
