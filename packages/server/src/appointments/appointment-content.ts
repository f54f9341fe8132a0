import { readFileSync } from 'node:fs';
import { AppointmentContent } from '@welcome-widgets/domain/appointments';

/** Reads and checks the file; the error names the file (and the variable) and each problem with its path. */
export function loadAppointmentContent(file: string): AppointmentContent {
  const where = `${file} (APPOINTMENTS_CONFIG)`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the appointments content ${where}: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = AppointmentContent.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`Invalid appointments content ${where}: ${problems.join('; ')}`);
  }
  return parsed.data;
}
