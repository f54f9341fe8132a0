import { DashboardMetricCheck, type DashboardMetric, type SupportedLocale } from '@welcome-widgets/domain';
import { type ApiClient } from '@welcome-widgets/core';

// Tiles of one dashboard often show the same metric: one request per backend, metric and language.
const loads = new Map<string, Promise<DashboardMetric>>();

export function loadMetric(
  client: ApiClient,
  api: string,
  id: string,
  language: SupportedLocale,
): Promise<DashboardMetric> {
  const key = `${api}|${id}|${language}`;
  let load = loads.get(key);
  if (!load) {
    load = client.get(`v1/dashboard/metrics/${encodeURIComponent(id)}`, DashboardMetricCheck, {
      searchParams: { lang: language },
    });
    loads.set(key, load);
    load.catch(() => loads.delete(key));
  }
  return load;
}
