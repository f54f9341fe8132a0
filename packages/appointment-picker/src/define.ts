import { defineElement } from '@welcome-widgets/core';
import { WelcomeAppointmentPicker } from './appointment-picker.js';

defineElement('welcome-appointment-picker', WelcomeAppointmentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-appointment-picker': WelcomeAppointmentPicker;
  }
}
