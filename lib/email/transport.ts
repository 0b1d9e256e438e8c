// The SMTP connection, configured by SMTP_URL (smtp://user:pass@host:587 for STARTTLS when the server
// offers it, smtps://user:pass@host:465 for implicit TLS). Without SMTP_URL no mail is sent: it stays
// queued in EmailOutbox until a transport is configured.
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";

export const DEFAULT_MAIL_FROM = "Yhteinen aika <no-reply@yhteinen-aika.example>";

/** The From: of every mail (MAIL_FROM, read at call time). */
export function mailFrom(): string {
  return process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
}

// A send must end well within the outbox's claim lease (see send-pending.ts), so no hung connection
// can outlive it; nodemailer's own default socket timeout is 10 minutes.
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 } as const;

/**
 * Parses an smtp:// or smtps:// URL into nodemailer options. Query parameters with true/false/number
 * values (e.g. `?requireTLS=true`) are passed on as options, as nodemailer itself does.
 */
export function smtpOptionsFromUrl(url: string): SMTPTransport.Options {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error("SMTP_URL is not a valid URL (expected smtp://user:pass@host:port or smtps://…)");
  }
  if (u.protocol !== "smtp:" && u.protocol !== "smtps:") {
    throw new Error(`SMTP_URL must use smtp:// or smtps://, not ${u.protocol}//`);
  }
  const secure = u.protocol === "smtps:";
  const options: SMTPTransport.Options & Record<string, unknown> = {
    host: u.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ...TIMEOUTS,
  };
  if (u.username) options.auth = { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) };
  for (const [key, raw] of u.searchParams) {
    options[key] = raw === "true" ? true : raw === "false" ? false : raw !== "" && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  }
  return options;
}

/** A nodemailer SMTP transport for `url` (default SMTP_URL), or null when none is configured. */
export function createSmtpTransport(url: string | undefined = process.env.SMTP_URL): Transporter<SMTPTransport.SentMessageInfo> | null {
  if (!url?.trim()) return null;
  return nodemailer.createTransport(smtpOptionsFromUrl(url.trim()));
}
