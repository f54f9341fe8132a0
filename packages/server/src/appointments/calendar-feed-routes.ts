import { Hono } from 'hono';
import * as z from 'zod/mini';
import { HttpError } from '../http/api-error.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import type { CalendarFeeds } from './consultant-calendar.js';

/** `<43-character secret>.ics`: calendar apps like the extension. */
const FeedPath = z.object({ file: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}\.ics$/)) });
const unknownFeed = () => new HttpError(404, 'not_found', 'No calendar feed at this address.');

/** A consultant's private calendar feed: no session, the secret in the URL is the credential. */
export function calendarFeedRoutes(options: { feeds: CalendarFeeds; docs: ApiDocs }): Hono {
  const app = new Hono();
  const routes = new ApiRoutes(app, options.docs, '/api/v1/calendar-feeds');
  routes.add(
    {
      method: 'get',
      path: '/api/v1/calendar-feeds/{file}',
      operationId: 'getConsultantCalendarFeed',
      tag: 'Appointments',
      security: 'public',
      summary:
        "A consultant's confirmed bookings as an iCalendar feed to subscribe to (`<secret>.ics`, the URL from the admin API). Topic, the booker's name, language, time zone, question and the video room; not the booker's address. Never cached by proxies.",
      params: FeedPath,
      rejectInvalid: { params: unknownFeed },
      responses: {
        200: { description: 'text/calendar, METHOD:PUBLISH', contentType: 'text/calendar' },
        404: { description: 'Unknown, rotated or revoked secret (code `not_found`)' },
      },
    },
    async (c, { params: { file } }) => {
      const ics = await options.feeds.ics(file.slice(0, -'.ics'.length));
      if (ics === undefined) throw unknownFeed();
      return c.body(ics, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        // Personal data behind a secret URL: no shared cache may keep it, no page may pass the URL on.
        'Cache-Control': 'private, no-store',
        'Referrer-Policy': 'no-referrer',
        'X-Robots-Tag': 'noindex',
      });
    },
  );
  return app;
}
