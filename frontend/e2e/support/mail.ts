// Reads the .eml files the API writes when no SMTP host is configured.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { e2eEnv } from './env';

/** Decodes quoted-printable text: soft line breaks go, =XX becomes the byte it names (UTF-8). */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index += 1) {
    const char = joined[index];
    const hex = joined.slice(index + 1, index + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(char ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes each MIME part by its Content-Transfer-Encoding and returns all of the text. */
export function decodeMessage(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+/);
  return parts
    .map((part) => {
      const split = part.search(/\r?\n\r?\n/);
      if (split < 0) return part;
      const headers = part.slice(0, split);
      const body = part.slice(split).trim();
      if (/content-transfer-encoding:\s*quoted-printable/i.test(headers))
        return decodeQuotedPrintable(body);
      if (/content-transfer-encoding:\s*base64/i.test(headers)) {
        return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      }
      return body;
    })
    .join('\n');
}

function headerBlock(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/);
  return (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
}

function addressedTo(raw: string, email: string): boolean {
  const to = /^to:(.*)$/im.exec(headerBlock(raw));
  return to?.[1]?.toLowerCase().includes(email.toLowerCase()) ?? false;
}

/** Waits for the newest message to `email` whose text contains `linkPath`, and returns its text. */
export async function waitForMail(
  email: string,
  linkPath: string,
  timeoutMs = 30_000,
): Promise<string> {
  const dir = e2eEnv.mailDir();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const files = await Promise.all(
      names
        .filter((name) => name.endsWith('.eml'))
        .map(async (name) => {
          const full = path.join(dir, name);
          return { full, mtime: (await fs.stat(full)).mtimeMs };
        }),
    );
    files.sort((a, b) => b.mtime - a.mtime);
    for (const file of files) {
      const raw = await fs.readFile(file.full, 'utf8');
      if (!addressedTo(raw, email)) continue;
      const text = decodeMessage(raw);
      if (text.includes(linkPath)) return text;
    }
    if (Date.now() > deadline) {
      throw new Error(`No email to ${email} with a ${linkPath} link arrived in ${dir}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The `token` query parameter of the first `linkPath` link in the newest email to `email`. */
export async function tokenFromMail(
  email: string,
  linkPath: '/verify-email' | '/reset-password',
): Promise<string> {
  const text = await waitForMail(email, `${linkPath}?token=`);
  const match = new RegExp(`${linkPath}\\?token=([^\\s"'<>&]+)`).exec(text);
  if (!match?.[1]) throw new Error(`No ${linkPath} token in the email to ${email}`);
  return decodeURIComponent(match[1]);
}
