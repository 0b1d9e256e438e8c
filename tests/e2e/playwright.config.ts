import { defineConfig } from "@playwright/test";

// e2e runs in the OS Chromium against a production build (`next build` first, then `next start`
// via the project's own start script) on a throw-away embedded database.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DB_PORT = Number(process.env.E2E_DB_PORT ?? 5544);
// The loopback OpenID Connect provider (tests/support/oidc-test-provider.ts) the app signs in with.
export const E2E_OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3994);
const OIDC_CLIENT = { id: "yhteinen-aika-e2e", secret: "e2e-only-client-secret-not-for-production-use" };

const GLOBAL_SETTINGS = /two-factor-role-policy\.spec\.ts$/;

export default defineConfig({
  testDir: ".",
  // Generous: the machine is shared and 2-core; a step that hangs still fails within this.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    locale: "fi-FI",
    timezoneId: "Europe/Helsinki",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  // Specs run in parallel with their own data. A spec that changes a setting every user shares
  // (the per-role two-factor rule) runs alone, after them, so it cannot redirect another spec's user.
  projects: [
    { name: "parallel", testIgnore: GLOBAL_SETTINGS },
    { name: "global settings", testMatch: GLOBAL_SETTINGS, dependencies: ["parallel"] },
  ],
  webServer: [
    {
      command: "npx tsx lib/cli/start.ts",
      cwd: "../..",
      url: `http://localhost:${E2E_PORT}/login`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(E2E_PORT),
        PGLITE_PORT: String(E2E_DB_PORT),
        PGLITE_DATA_DIR: "memory://",
        AUTH_SECRET: "e2e-only-secret-not-for-production-use",
        OIDC_ISSUER: `http://127.0.0.1:${E2E_OIDC_PORT}`,
        OIDC_CLIENT_ID: OIDC_CLIENT.id,
        OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
        OIDC_NAME: "Testitunnistus",
      },
    },
    {
      command: "npx tsx tests/support/oidc-test-provider.ts",
      cwd: "../..",
      url: `http://127.0.0.1:${E2E_OIDC_PORT}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        OIDC_TEST_PORT: String(E2E_OIDC_PORT),
        OIDC_TEST_CLIENT_ID: OIDC_CLIENT.id,
        OIDC_TEST_CLIENT_SECRET: OIDC_CLIENT.secret,
        OIDC_TEST_REDIRECT_URI: `http://localhost:${E2E_PORT}/api/auth/callback/oidc`,
      },
    },
  ],
});
