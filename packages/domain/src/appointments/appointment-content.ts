import * as z from 'zod';
import { APPOINTMENT_TOPIC_IDS } from '../contracts/appointment-values.js';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../contracts/locales.js';
import { singleLineText } from '../contracts/plain-text.js';
import { isValidTimeZone, minutesOf } from '../time/zoned-time.js';

/**
 * What the county edits without code (packages/server/content/appointments.json or
 * APPOINTMENTS_CONFIG): topics, consultants with their weekly hours and absences, buffer and
 * booking horizon, closing days. The file is the seed of an empty database; staff then edit the
 * content through the admin API, which checks each change with this schema. Texts are one line of
 * plain text (`singleLineText`). A wrong file stops the start naming the problem.
 */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const QUARTER_HOUR = /^([01]\d|2[0-3]):(00|15|30|45)$/;
const isoDate = z.iso.date();

/** A text in every UI language: the county may not forget one. */
const Translated = z.strictObject(
  Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => [locale, z.string().trim().min(1).max(500).check(singleLineText())]),
  ) as Record<SupportedLocale, z.ZodString>,
);

const Rule = z
  .strictObject({
    weekday: z.enum(WEEKDAYS),
    from: z.string().regex(QUARTER_HOUR, 'HH:MM on a quarter hour'),
    to: z.string().regex(QUARTER_HOUR, 'HH:MM on a quarter hour'),
  })
  .refine((rule) => minutesOf(rule.from) < minutesOf(rule.to), { message: '"from" must be before "to"' });

const Absence = z
  .strictObject({ from: isoDate, to: isoDate, note: z.string().trim().max(200).check(singleLineText()).optional() })
  .refine((absence) => absence.from <= absence.to, { message: '"from" must not be after "to"' });

/** A day the county's offices are closed beyond the public holidays (a works outing, between the years). */
const ClosingDay = z.strictObject({
  date: isoDate,
  note: z.string().trim().max(200).check(singleLineText()).optional(),
});

const Consultant = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and hyphens'),
  name: z.string().trim().min(1).max(200).check(singleLineText()),
  timeZone: z.string().refine(isValidTimeZone, { message: 'not an IANA time zone' }),
  rules: z.array(Rule).min(1),
  absences: z.array(Absence).default([]),
});

const Topic = z.strictObject({
  id: z.enum(APPOINTMENT_TOPIC_IDS),
  title: Translated,
  description: Translated,
  durationMinutes: z.union([z.literal(30), z.literal(45), z.literal(60)]),
  /** Languages of the talk, ISO 639 codes; may go beyond the seven of the UI. */
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/))
    .min(1)
    .refine((list) => new Set(list).size === list.length, { message: 'a language is listed twice' }),
  consultants: z.array(z.string()).min(1),
});

export const AppointmentContent = z
  .strictObject({
    bufferMinutes: z
      .number()
      .int()
      .min(0)
      .max(120)
      .refine((n) => n % 15 === 0, { message: 'a multiple of 15' }),
    horizon: z.strictObject({
      minHoursAhead: z
        .number()
        .min(0)
        .max(24 * 14),
      maxWeeksAhead: z.number().int().min(1).max(52),
    }),
    consultants: z.array(Consultant).min(1),
    topics: z.array(Topic).min(1),
    closingDays: z.array(ClosingDay).default([]),
  })
  .superRefine((content, context) => {
    const consultantIds = new Set<string>();
    content.consultants.forEach((consultant, index) => {
      if (consultantIds.has(consultant.id))
        context.addIssue({ code: 'custom', path: ['consultants', index, 'id'], message: 'duplicate id' });
      consultantIds.add(consultant.id);
    });
    const topicIds = new Set<string>();
    content.topics.forEach((topic, index) => {
      if (topicIds.has(topic.id))
        context.addIssue({ code: 'custom', path: ['topics', index, 'id'], message: 'duplicate id' });
      topicIds.add(topic.id);
      topic.consultants.forEach((id, position) => {
        if (!consultantIds.has(id))
          context.addIssue({
            code: 'custom',
            path: ['topics', index, 'consultants', position],
            message: `no consultant "${id}"`,
          });
      });
    });
  });
export type AppointmentContent = z.infer<typeof AppointmentContent>;
export type ContentTopic = AppointmentContent['topics'][number];
export type ContentConsultant = AppointmentContent['consultants'][number];
export type ContentClosingDay = AppointmentContent['closingDays'][number];
export {
  Absence as ContentAbsence,
  ClosingDay as ContentClosingDayRule,
  Consultant as ContentConsultantRule,
  Rule as ContentWeeklyRule,
  Topic as ContentTopicRule,
};

export const weekdayNumber = (weekday: (typeof WEEKDAYS)[number]) => WEEKDAYS.indexOf(weekday) + 1;
