// Starts the real server (fresh SQLite file, real SMTP sink) for the browser tests and gives them
// commands: `backend` (its URL), `xss-backend` (a second server with hostile FAQ content) and
// `next-mail` (the next mail that reached the sink).
import { register } from 'tsx/esm/api';

export function realBackendPlugin() {
  let server;
  let xssServer;
  return {
    name: 'welcome-real-backend',
    async serverStart() {
      register();
      const { startTestServer } = await import('../packages/server/test/support/test-server.ts');
      server = await startTestServer({
        ALLOWED_ORIGINS: '*',
        RATE_LIMIT_SUBSCRIPTIONS: '1000',
        RATE_LIMIT_BOOKINGS: '1000',
      });
    },
    async serverStop() {
      await server?.close();
      await xssServer?.close();
    },
    async executeCommand({ command, payload }) {
      if (command === 'backend') return { url: server.url };
      if (command === 'xss-backend') {
        // A second server whose FAQ content is full of attacks (packages/server/test/fixtures).
        if (!xssServer) {
          const { mkdtempSync } = await import('node:fs');
          const { tmpdir } = await import('node:os');
          const { join } = await import('node:path');
          const { writeFaqFixture } = await import('../packages/server/test/fixtures/faq-content.ts');
          const dir = mkdtempSync(join(tmpdir(), 'faq-xss-'));
          writeFaqFixture(dir);
          const { startTestServer } = await import('../packages/server/test/support/test-server.ts');
          xssServer = await startTestServer({ ALLOWED_ORIGINS: '*', FAQ_CONTENT_DIR: dir });
        }
        return { url: xssServer.url };
      }
      if (command === 'next-mail') {
        const mail = await server.sink.next(payload.to);
        const attachments = (mail.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.content).toString('utf8'),
        }));
        return { subject: mail.subject, text: mail.text, attachments };
      }
      return undefined;
    },
  };
}
