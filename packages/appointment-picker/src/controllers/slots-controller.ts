import { LoadController, type LoadHost } from '@welcome-widgets/core';
import { type AppointmentSlot } from '@welcome-widgets/domain';
import { zonedDate } from '@welcome-widgets/domain/time';
import type { ReactiveController } from 'lit';
import { loadSlots } from '../appointments-api.js';
import { addDays, firstOfMonth, lastOfMonth, monthOf } from '../calendar/calendar-month.js';

/** How far ahead the calendar lets a person look; the server's horizon decides what is bookable. */
export const HORIZON_DAYS = 62;

export interface SlotsOptions {
  /** The chosen topic's id; '' while none is chosen. */
  topic: () => string;
  /** The zone days and times are shown in. */
  zone: () => string;
}

type SlotArgs = readonly [topic: string, month: string, zone: string];

/**
 * The month grid's state and its free slots. Slots follow the topic, the month shown and the zone
 * (a day in one zone is another span of hours in another), through core's LoadController: a
 * superseded request is aborted and its late answer ignored. Until the person moves on their own,
 * the calendar opens on the first month with free times and puts its tab stop on the first free
 * day; both decisions are taken only on an answer to the current question, so restarts (a new
 * language, zone or `api`) never leave it on the wrong month.
 */
export class SlotsController implements ReactiveController {
  /** The day holding the grid's roving tab stop; its month is the month shown. */
  focusedDay = '';
  selectedDay = '';
  readonly load: LoadController<AppointmentSlot[], SlotArgs>;

  /** Open on the first month with free times (until the person picks a month). */
  private advance = true;
  /** Put the tab stop on the month's first free day when its slots arrive (until the person moves it). */
  private tabStopToFree = true;
  private topicShown = '';
  private grouped?: { slots: AppointmentSlot[]; zone: string; byDay: Map<string, AppointmentSlot[]> };

  constructor(
    private readonly host: LoadHost,
    private readonly options: SlotsOptions,
  ) {
    // Registered before the load, so a new topic resets the month before the load reads it.
    host.addController(this);
    this.load = new LoadController(host, {
      args: () => {
        const topic = options.topic();
        return topic && this.focusedDay ? ([topic, monthOf(this.focusedDay), options.zone()] as const) : undefined;
      },
      task: ([topic, month], { client, signal }) => {
        // One day more on each side: the zone may move a slot across midnight.
        const from = addDays(`${month}-01`, -1);
        const to = addDays(lastOfMonth(`${month}-01`), 1);
        return loadSlots(client, topic, from, to, signal).then((answer) => answer.slots);
      },
      followsLocale: false,
      onComplete: (slots, [, month, zone]) => this.arrived(slots, month, zone),
    });
  }

  hostUpdate(): void {
    const topic = this.options.topic();
    if (topic === this.topicShown) return;
    this.topicShown = topic;
    // Inside the update already: no new update to ask for.
    this.reset();
  }

  get today(): string {
    return zonedDate(new Date(), this.options.zone());
  }

  get lastDay(): string {
    return addDays(this.today, HORIZON_DAYS);
  }

  /** From tomorrow (today's times are mostly gone), opening on the first month with free times. */
  restart(): void {
    this.reset();
    this.host.requestUpdate();
  }

  private reset(): void {
    this.focusedDay = addDays(this.today, 1);
    this.selectedDay = '';
    this.advance = true;
    this.tabStopToFree = true;
  }

  /** The person moved the focus with the keys: it stays where they put it. */
  moveFocus(day: string): void {
    this.advance = false;
    this.tabStopToFree = false;
    this.focusedDay = day;
    this.host.requestUpdate();
  }

  /** The person went to another month with its buttons: the tab stop goes to its first free day. */
  showMonth(day: string): void {
    this.advance = false;
    this.tabStopToFree = true;
    this.focusedDay = this.firstFreeDay(monthOf(day)) ?? day;
    this.host.requestUpdate();
  }

  choose(day: string): void {
    this.advance = false;
    this.tabStopToFree = false;
    this.focusedDay = day;
    this.selectedDay = day;
    this.host.requestUpdate();
  }

  /** Loads the month again (after a slot was taken), keeping the chosen day. */
  refresh(): void {
    this.load.run();
  }

  get pending(): boolean {
    return this.load.pending;
  }

  slotsOn(day: string): AppointmentSlot[] {
    return this.byDay().get(day) ?? [];
  }

  /**
   * The loaded slots grouped by their day in the viewer's zone. Computed once per answer and
   * zone, not for each of the 42 calendar cells on every render.
   */
  private byDay(slots = this.load.value ?? [], zone = this.options.zone()): Map<string, AppointmentSlot[]> {
    if (this.grouped?.slots !== slots || this.grouped.zone !== zone) {
      const byDay = new Map<string, AppointmentSlot[]>();
      for (const slot of slots) {
        const day = zonedDate(new Date(slot.start), zone);
        byDay.set(day, [...(byDay.get(day) ?? []), slot]);
      }
      this.grouped = { slots, zone, byDay };
    }
    return this.grouped.byDay;
  }

  private firstFreeDay(month: string, byDay = this.byDay()): string | undefined {
    const today = this.today;
    return [...byDay.keys()].filter((day) => monthOf(day) === month && day >= today).sort()[0];
  }

  private arrived(slots: AppointmentSlot[], month: string, zone: string): void {
    const free = this.firstFreeDay(month, this.byDay(slots, zone));
    if (free) {
      if (this.tabStopToFree) this.focusedDay = free;
      this.advance = false;
      return;
    }
    const next = firstOfMonth(addDays(lastOfMonth(`${month}-01`), 1));
    // Changing the month starts the next month's load.
    if (this.advance && next <= this.lastDay) this.focusedDay = next;
  }
}
