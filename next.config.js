/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships its own WASM and data files; bundling it breaks every query at run time.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg'],
  poweredByHeader: false,
  // Lets several checkouts' servers (or a test build beside a dev server) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
