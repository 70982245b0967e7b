/**
 * The Chromium that the build (diagrams), the e2e journeys and the benchmarks launch: Debian's
 * (`apt-get install chromium`), or the binary CHROMIUM_PATH names.
 */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';
