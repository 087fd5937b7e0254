import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // One 404 for URLs outside /zh-hans and /zh-hant: each script is its own root layout.
    globalNotFound: true,
  },
};

export default nextConfig;
