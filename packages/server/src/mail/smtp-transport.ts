import nodemailer from 'nodemailer';
import type { ClaimedMail } from './mail-queue.js';

/** How long each step may take; a silent or stalled SMTP server fails the attempt instead of holding it. */
export interface SmtpTimeouts {
  connectMs: number;
  greetingMs: number;
  /** Inactivity on an open connection. */
  socketMs: number;
  /** The whole attempt, however the server dribbles its answers. */
  attemptMs: number;
}

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = {
  connectMs: 10_000,
  greetingMs: 10_000,
  socketMs: 30_000,
  attemptMs: 60_000,
};

export interface MailTransport {
  send(mail: ClaimedMail, signal: AbortSignal): Promise<void>;
  /** Connects and greets without sending: is the server there? */
  verify(): Promise<void>;
  close(): void;
}

export function smtpTransport(smtpUrl: string, timeouts: Partial<SmtpTimeouts> = {}): MailTransport {
  const limits = { ...DEFAULT_SMTP_TIMEOUTS, ...timeouts };
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: limits.connectMs,
    greetingTimeout: limits.greetingMs,
    socketTimeout: limits.socketMs,
  });
  return {
    async send(mail, signal) {
      const attempt = AbortSignal.any([signal, AbortSignal.timeout(limits.attemptMs)]);
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        attachments: mail.attachments,
        signal: attempt,
      });
    },
    async verify() {
      await transporter.verify();
    },
    close: () => transporter.close(),
  };
}

/**
 * Whether an attempt can never succeed: the server refused for good (5xx) or the message or
 * address is malformed. Everything else (4xx, no connection, a timeout) is worth another try.
 */
export function isPermanentFailure(error: unknown): boolean {
  const { responseCode, code } = error as { responseCode?: number; code?: string };
  if (typeof responseCode === 'number') return responseCode >= 500 && responseCode < 600;
  return code === 'EENVELOPE' || code === 'EMESSAGE';
}

/**
 * What to record and log about a failure: the reply code and error kind only. SMTP replies
 * often quote the recipient ("550 <anna@…>: no such user"); those words never reach a log.
 */
export function failureReason(error: unknown): string {
  const { responseCode, code, name } = error as { responseCode?: number; code?: string; name?: string };
  const parts = [typeof responseCode === 'number' ? `smtp ${responseCode}` : undefined, code ?? name];
  return parts.filter(Boolean).join(' ') || 'unknown error';
}
