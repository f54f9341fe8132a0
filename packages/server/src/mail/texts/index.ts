import type { SupportedLocale } from '@welcome-widgets/domain';
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import type { NewsletterMailTexts } from './newsletter-mail-texts.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import { vi } from './vi.js';

export const newsletterMailTexts: Record<SupportedLocale, NewsletterMailTexts> = { de, en, uk, ru, ar, es, vi };
export type { NewsletterMailTexts } from './newsletter-mail-texts.js';
