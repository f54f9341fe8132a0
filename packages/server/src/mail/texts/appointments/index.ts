import type { SupportedLocale } from '@welcome-widgets/domain';
import type { AppointmentMailTexts } from './appointment-mail-texts.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import { vi } from './vi.js';

export const appointmentMailTexts: Record<SupportedLocale, AppointmentMailTexts> = { de, en, uk, ru, ar, es, vi };
export type { AppointmentMailTexts } from './appointment-mail-texts.js';
