import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone that any Node host can run (see README).
  output: 'standalone',
  poweredByHeader: false,
};

export default nextConfig;
