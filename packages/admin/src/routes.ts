import type { StaffRole } from '@welcome-widgets/domain';

/** The console's views; each has its hash route `#/<name>`. */
export const ROUTE_NAMES = [
  'login',
  'accept',
  'accounts',
  'audit',
  'account',
  'faq',
  'newsletter',
  'bookings',
  'calendar',
  'appointments',
  'figures',
] as const;
export type RouteName = (typeof ROUTE_NAMES)[number];

/** The views of a signed-in account, in the navigation's order, with the roles that may use them. */
export const SIGNED_IN_VIEWS: ReadonlyArray<{ name: RouteName; roles: readonly StaffRole[] }> = [
  { name: 'accounts', roles: ['admin'] },
  { name: 'audit', roles: ['admin'] },
  { name: 'faq', roles: ['admin', 'editor'] },
  { name: 'newsletter', roles: ['admin', 'editor'] },
  { name: 'bookings', roles: ['admin', 'editor', 'consultant'] },
  { name: 'calendar', roles: ['admin', 'editor', 'consultant'] },
  { name: 'appointments', roles: ['admin', 'editor'] },
  { name: 'figures', roles: ['admin', 'editor'] },
  { name: 'account', roles: ['admin', 'editor', 'consultant'] },
];

export interface Route {
  name: RouteName;
  /** The invitation's token of `#/accept?token=…`. */
  token?: string;
}

/** `#/accounts`, `#/accept?token=…`; anything else is no route (the console then shows the start view). */
export function parseRoute(hash: string): Route | undefined {
  const match = /^#\/([a-z]+)(?:\?(.*))?$/.exec(hash);
  const name = match?.[1] as RouteName | undefined;
  if (!name || !ROUTE_NAMES.includes(name)) return undefined;
  if (name !== 'accept') return { name };
  const token = new URLSearchParams(match?.[2] ?? '').get('token') ?? '';
  return { name, token };
}

export function routeHash(route: Route): string {
  return route.name === 'accept' && route.token
    ? `#/accept?${new URLSearchParams({ token: route.token })}`
    : `#/${route.name}`;
}

/** Whether a view is for signed-in accounts at all. */
export function needsSession(name: RouteName): boolean {
  return SIGNED_IN_VIEWS.some((view) => view.name === name);
}

export function mayUse(role: StaffRole, name: RouteName): boolean {
  return SIGNED_IN_VIEWS.some((view) => view.name === name && view.roles.includes(role));
}

/** Where an account lands after signing in: the first view its role may use. */
export function homeRoute(role: StaffRole): RouteName {
  return SIGNED_IN_VIEWS.find((view) => view.roles.includes(role))?.name ?? 'account';
}

export function navigationFor(role: StaffRole): RouteName[] {
  return SIGNED_IN_VIEWS.filter((view) => view.roles.includes(role)).map((view) => view.name);
}
