// Latency of GET /api/v1/appointments/slots for an 8-week range, against the real server on a
// SQLite file with bookings in it (every other free slot of every topic booked over the API first).
// Run: npm run bench:slots. Writes bench/results/appointment-slots.json.
import { writeFileSync } from 'node:fs';
import { AppointmentSlotsResponse, AppointmentTopicsResponse } from '@welcome-widgets/domain';
import { postJson, startTestServer } from '../packages/server/test/support/test-server.js';

const RUNS = 200;
const WARMUP = 20;
const server = await startTestServer({ RATE_LIMIT_BOOKINGS: '100000' });

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const range = `from=${day(0)}&to=${day(8 * 7)}`;

async function slots(topic: string) {
  const response = await server.api(`/v1/appointments/slots?topic=${topic}&${range}`);
  if (response.status !== 200) throw new Error(`slots ${topic}: ${response.status}`);
  return AppointmentSlotsResponse.parse(await response.json()).slots;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)!), runs: values.length };
};

try {
  const { topics } = AppointmentTopicsResponse.parse(await (await server.api('/v1/appointments/topics')).json());
  let booked = 0;
  for (const topic of topics) {
    const free = await slots(topic.id);
    for (const [index, slot] of free.entries()) {
      if (index % 2 === 1) continue;
      const response = await server.api(
        '/v1/appointments',
        postJson({
          topic: topic.id,
          start: slot.start,
          name: `Bench ${index}`,
          email: `bench${booked}@example.org`,
          language: topic.languages[0],
          consent: true,
        }),
      );
      // Held (202) takes the slot as a booking does. A consultant serving two topics: the other
      // topic's booking may have taken the time (409).
      if (response.status === 202) booked += 1;
      else if (response.status !== 409) throw new Error(`booking: ${response.status}`);
    }
  }

  const result: Record<string, unknown> = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    unit: 'ms',
    range: '8 weeks (56 days), dates in the query',
    bookingsInDatabase: booked,
    what: 'GET /api/v1/appointments/slots over loopback HTTP, response parsed and validated; warm server',
  };
  for (const topic of ['recognition', 'opportunity-card']) {
    for (let i = 0; i < WARMUP; i++) await slots(topic);
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      count = (await slots(topic)).length;
      times.push(performance.now() - started);
    }
    result[topic] = { ...stats(times), slotsReturned: count };
  }
  writeFileSync('bench/results/appointment-slots.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await server.close();
}
