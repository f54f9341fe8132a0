// The baseline of the server benchmarks: the framework and Node's HTTP server with nothing of
// ours, answering `hi` at `/` and, at `/same/<n>`, answer n recorded in `<answersDir>` (same
// bytes, same headers) from memory. Run as: node --import tsx bench/support/hello-world-server.ts <port> [answersDir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { HOST } from './load.js';

export interface RecordedAnswer {
  headers: Record<string, string>;
}

const [port, answersDir] = process.argv.slice(2);
const answers = answersDir
  ? (JSON.parse(readFileSync(join(answersDir, 'answers.json'), 'utf8')) as RecordedAnswer[])
  : [];
const bodies = answers.map((_, n) => readFileSync(join(answersDir!, `${n}.bin`)));
const app = new Hono().get('/', (c) => c.text('hi'));
app.get('/same/:n', (c) => {
  const n = Number(c.req.param('n'));
  return c.body(bodies[n]!, 200, answers[n]!.headers);
});
serve({ fetch: app.fetch, port: Number(port), hostname: HOST });
