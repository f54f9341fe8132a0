import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHIPPED_APPOINTMENTS_CONFIG } from '../../src/config.js';

type Content = {
  topics: Array<{ id: string; consultants: string[]; languages: string[]; durationMinutes: number }>;
  [key: string]: unknown;
};

/**
 * The shipped topics (titles in all languages) with consultants whose hours the tests know:
 * "berater-a" Tue 09:00–12:00 and Thu 13:00–16:00 Berlin, away on Thursday 9 April 2026, serving
 * recognition (45 min) and employers (60 min); "berater-b" Mon 09:00–12:00 for the other topics.
 */
export function testAppointmentContent(): Content {
  const content = JSON.parse(readFileSync(SHIPPED_APPOINTMENTS_CONFIG, 'utf8')) as Content;
  content.bufferMinutes = 15;
  content.horizon = { minHoursAhead: 24, maxWeeksAhead: 8 };
  content.consultants = [
    {
      id: 'berater-a',
      name: 'Team Anerkennung',
      timeZone: 'Europe/Berlin',
      rules: [
        { weekday: 'tue', from: '09:00', to: '12:00' },
        { weekday: 'thu', from: '13:00', to: '16:00' },
      ],
      absences: [{ from: '2026-04-09', to: '2026-04-09' }],
    },
    {
      id: 'berater-b',
      name: 'Team Einwanderung',
      timeZone: 'Europe/Berlin',
      rules: [{ weekday: 'mon', from: '09:00', to: '12:00' }],
    },
  ];
  for (const topic of content.topics) {
    topic.consultants = ['recognition', 'employers'].includes(topic.id) ? ['berater-a'] : ['berater-b'];
  }
  const recognition = content.topics.find((t) => t.id === 'recognition')!;
  recognition.durationMinutes = 45;
  recognition.languages = ['de', 'en', 'uk', 'ru', 'ar', 'fr'];
  content.topics.find((t) => t.id === 'employers')!.durationMinutes = 60;
  return content;
}

/** Writes content to a fresh file and returns its path, for APPOINTMENTS_CONFIG. */
export function writeContent(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'welcome-appointments-')), 'appointments.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}
