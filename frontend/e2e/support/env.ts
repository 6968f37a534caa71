// Settings handed over by scripts/e2e.sh. The suite never starts servers itself.
import path from 'node:path';

function required(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (value === undefined || value === '') {
    throw new Error(`${name} is not set: run the browser tests through scripts/e2e.sh`);
  }
  return value;
}

export const e2eEnv = {
  mailDir: () => required('E2E_MAIL_DIR'),
  artifactsDir: () => process.env.E2E_ARTIFACTS_DIR ?? path.resolve('test-results'),
  adminEmail: () => required('E2E_ADMIN_EMAIL'),
  adminPassword: () => required('E2E_ADMIN_PASSWORD'),
};

/** A fresh address per call, so runs never collide with earlier ones. */
export function uniqueEmail(tag: string): string {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return `e2e-${tag}-${stamp}@example.com`;
}

export const PASSWORD = 'Correct-Horse-42';
