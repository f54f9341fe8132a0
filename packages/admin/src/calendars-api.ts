import type { RequestOptions } from '@welcome-widgets/core';
import {
  AppointmentAdminContent,
  CalendarFeed,
  CalendarFeedState,
  StaffBooking,
  StaffBookingList,
  type ConsultantCreate,
  type ConsultantUpdate,
  type SettingsUpdate,
  type TopicUpdate,
} from '@welcome-widgets/domain';
import * as z from 'zod/mini';
import type { AdminApi } from './admin-api.js';

// The calendars' admin API (packages/domain/src/contracts/appointment-admin.ts) through the console's session.

const BASE = 'v1/admin/appointments';
const NoContent = z.object({});

export function appointmentContent(api: AdminApi, options: RequestOptions = {}): Promise<AppointmentAdminContent> {
  return api.request((client) => client.get(`${BASE}/content`, AppointmentAdminContent, options));
}

/** `days` 1 is today, 7 the week from today; a consultant always gets their own, others one or all. */
export function staffBookings(
  api: AdminApi,
  query: { days: number; consultant?: string | undefined },
  options: RequestOptions = {},
): Promise<StaffBookingList> {
  return api.request((client) =>
    client.get(`${BASE}/bookings`, StaffBookingList, {
      ...options,
      searchParams: { days: String(query.days), consultant: query.consultant },
    }),
  );
}

export function cancelBooking(api: AdminApi, id: string, reason: string): Promise<StaffBooking> {
  return api.request((client) =>
    client.post(`${BASE}/bookings/${encodeURIComponent(id)}/cancel`, { reason }, StaffBooking),
  );
}

export function updateConsultant(
  api: AdminApi,
  id: string,
  update: ConsultantUpdate,
): Promise<AppointmentAdminContent> {
  return api.request((client) =>
    client.put(`${BASE}/consultants/${encodeURIComponent(id)}`, update, AppointmentAdminContent),
  );
}

export function createConsultant(api: AdminApi, consultant: ConsultantCreate): Promise<AppointmentAdminContent> {
  return api.request((client) => client.post(`${BASE}/consultants`, consultant, AppointmentAdminContent));
}

export function updateTopic(api: AdminApi, id: string, update: TopicUpdate): Promise<AppointmentAdminContent> {
  return api.request((client) =>
    client.put(`${BASE}/topics/${encodeURIComponent(id)}`, update, AppointmentAdminContent),
  );
}

export function updateSettings(api: AdminApi, update: SettingsUpdate): Promise<AppointmentAdminContent> {
  return api.request((client) => client.put(`${BASE}/settings`, update, AppointmentAdminContent));
}

/** Whether the consultant's feed works and since when (its URL cannot be shown again). */
export function feedState(
  api: AdminApi,
  consultantId: string,
  options: RequestOptions = {},
): Promise<CalendarFeedState> {
  return api.request((client) =>
    client.get(`${BASE}/consultants/${encodeURIComponent(consultantId)}/feed`, CalendarFeedState, options),
  );
}

/** A new secret feed URL (shown once); the one before stops working. */
export function rotateFeed(api: AdminApi, consultantId: string): Promise<CalendarFeed> {
  return api.request((client) =>
    client.post(`${BASE}/consultants/${encodeURIComponent(consultantId)}/feed`, undefined, CalendarFeed),
  );
}

export async function revokeFeed(api: AdminApi, consultantId: string): Promise<void> {
  await api.request((client) =>
    client.delete(`${BASE}/consultants/${encodeURIComponent(consultantId)}/feed`, NoContent),
  );
}
