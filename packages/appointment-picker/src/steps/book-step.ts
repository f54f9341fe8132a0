import { msg } from '@lit/localize';
import type { AppointmentSlot, AppointmentTopic, SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { SlotsController } from '../controllers/slots-controller.js';
import type { ZoneCombobox } from '../ui/zone-combobox.js';
import { calendarStep } from './calendar-step.js';
import { slotsStep } from './slots-step.js';
import { topicStep } from './topic-step.js';

export interface BookStepOptions {
  /** Titles in the widget's language; undefined while they (re)load. */
  topics: readonly AppointmentTopic[] | undefined;
  /** The chosen topic as last seen (its duration and languages stay valid while titles reload). */
  topic: AppointmentTopic | undefined;
  fixed: boolean;
  slots: SlotsController;
  zone: string;
  locale: SupportedLocale;
  rtl: boolean;
  zonePicker: ZoneCombobox;
  slotGone: boolean;
  headingLevel: number;
  onChooseTopic: (id: string) => void;
  onFocusDay: (day: string) => void;
  onChooseDay: (day: string) => void;
  onChooseSlot: (slot: AppointmentSlot) => void;
}

/** Choosing: the topic, then a day in the month grid, then a time. */
export function bookStep(o: BookStepOptions): TemplateResult {
  const { slots, topic } = o;
  return html`
    ${
      o.topics
        ? topicStep({
            topics: o.topics,
            chosen: topic?.id ?? '',
            fixed: o.fixed,
            locale: o.locale,
            onChoose: o.onChooseTopic,
          })
        : html`<p class="notice" role="status">
            ${msg('Die Themen werden geladen …', { id: 'appointments.loading' })}
          </p>`
    }
    ${
      topic
        ? calendarStep({
            slots,
            locale: o.locale,
            rtl: o.rtl,
            zonePicker: o.zonePicker.render(),
            slotGone: o.slotGone,
            daySlots: slots.selectedDay
              ? slotsStep({
                  day: slots.selectedDay,
                  slots: slots.slotsOn(slots.selectedDay),
                  zone: o.zone,
                  locale: o.locale,
                  durationMinutes: topic.durationMinutes,
                  headingLevel: o.headingLevel,
                  onChoose: o.onChooseSlot,
                })
              : nothing,
            onFocusDay: o.onFocusDay,
            onChooseDay: o.onChooseDay,
          })
        : nothing
    }
  `;
}
