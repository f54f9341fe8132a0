import { defineElement } from '@welcome-widgets/core';
import { AdminAppointmentsView } from './views/calendars-appointments-view.js';
import { AdminBookingCard } from './views/calendars-booking-card.js';
import { AdminBookingsView } from './views/calendars-bookings-view.js';
import { AdminCalendarView } from './views/calendars-calendar-view.js';
import { AdminConsultantCard } from './views/calendars-consultant-card.js';
import { AdminFeedPanel } from './views/calendars-feed-panel.js';
import { AdminTopicCard } from './views/calendars-topic-card.js';

// The calendar views' elements (ADR 0018, "The console's calendars"), registered beside the console's own.

defineElement('welcome-admin-bookings', AdminBookingsView);
defineElement('welcome-admin-booking-card', AdminBookingCard);
defineElement('welcome-admin-calendar', AdminCalendarView);
defineElement('welcome-admin-feed-panel', AdminFeedPanel);
defineElement('welcome-admin-appointments', AdminAppointmentsView);
defineElement('welcome-admin-consultant-card', AdminConsultantCard);
defineElement('welcome-admin-topic-card', AdminTopicCard);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-admin-bookings': AdminBookingsView;
    'welcome-admin-booking-card': AdminBookingCard;
    'welcome-admin-calendar': AdminCalendarView;
    'welcome-admin-feed-panel': AdminFeedPanel;
    'welcome-admin-appointments': AdminAppointmentsView;
    'welcome-admin-consultant-card': AdminConsultantCard;
    'welcome-admin-topic-card': AdminTopicCard;
  }
}
