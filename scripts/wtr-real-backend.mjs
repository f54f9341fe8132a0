// Starts the real server (fresh SQLite file, real SMTP sink) for the browser tests and gives them
// two commands: `backend` (its URL) and `next-mail` (the next mail that reached the sink).
import { register } from 'tsx/esm/api';

export function realBackendPlugin() {
  let server;
  return {
    name: 'welcome-real-backend',
    async serverStart() {
      register();
      const { startTestServer } = await import('../packages/server/test/support/test-server.ts');
      server = await startTestServer({ ALLOWED_ORIGINS: '*', RATE_LIMIT_SUBSCRIPTIONS: '1000' });
    },
    async serverStop() {
      await server?.close();
    },
    async executeCommand({ command, payload }) {
      if (command === 'backend') return { url: server.url };
      if (command === 'next-mail') {
        const mail = await server.sink.next(payload.to);
        return { subject: mail.subject, text: mail.text };
      }
      return undefined;
    },
  };
}
