import { msg, str } from '@lit/localize';
import type { AppointmentTopic, SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { minutesText } from '../appointment-texts.js';

export interface TopicStepOptions {
  topics: readonly AppointmentTopic[];
  chosen: string;
  /** A topic fixed by the page (`topic` attribute): named, not offered as a choice. */
  fixed: boolean;
  onChoose: (id: string) => void;
  locale: SupportedLocale;
}

/** "What is it about?": the topics as radio buttons with duration and description. */
export function topicStep(o: TopicStepOptions): TemplateResult {
  const chosen = o.topics.find((topic) => topic.id === o.chosen);
  if (o.fixed && chosen) {
    return html`<p class="fixed-topic">
      ${msg('Thema:', { id: 'appointments.topic.fixed' })} <strong>${chosen.title}</strong>
    </p>`;
  }
  return html`<fieldset class="topics">
    <legend>${msg('Worum geht es?', { id: 'appointments.topic.legend' })}</legend>
    ${o.topics.map(
      (topic) =>
        html`<div class="choice topic">
          <input
            id="topic-${topic.id}"
            type="radio"
            name="topic"
            value=${topic.id}
            .checked=${live(o.chosen === topic.id)}
            aria-describedby="topic-${topic.id}-hint"
            @change=${() => o.onChoose(topic.id)}
          />
          <label for="topic-${topic.id}">
            ${topic.title}
            <span id="topic-${topic.id}-hint" class="hint option-hint">
              ${msg(str`${minutesText(topic.durationMinutes, o.locale)}, per Video`, { id: 'appointments.topic.duration-video' })}${
                topic.description ? html` · ${topic.description}` : nothing
              }
            </span>
          </label>
        </div>`,
    )}
  </fieldset>`;
}
