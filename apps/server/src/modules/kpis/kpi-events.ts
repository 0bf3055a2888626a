import type { EntityManager } from 'typeorm';
import type { Principal } from '../access/index.js';
import { actorOf, type EventLog, type EventType } from '../events/index.js';

/** The events KPI changes record (each in the change's transaction, so the audit log has it). */
export type KpiEventType = Extract<EventType, `kpi.${string}` | `kpi_actuals.${string}`>;

/**
 * Records a KPI change in the event log with the transaction's manager: the change and its
 * event commit or roll back together, and the audit processor turns it into an entry on the
 * brand's activity. `data.name` is what the activity list shows as the subject.
 */
export async function recordKpiEvent(
  events: EventLog,
  manager: EntityManager,
  change: {
    type: KpiEventType;
    principal: Principal;
    brand: { id: string; workspaceId: string };
    subject: { type: 'kpi' | 'kpi_actuals'; id: string };
    data: Record<string, unknown> & { name: string };
  },
): Promise<void> {
  await events.record(manager, {
    type: change.type,
    workspaceId: change.brand.workspaceId,
    brandId: change.brand.id,
    actorId: actorOf(change.principal),
    subject: change.subject,
    data: change.data,
  });
}

/** A short name for a set of actuals: "instagram, vk · 2025-05–2025-06" (the activity list's subject). */
export function actualsName(cells: readonly { network: string; periodKey: string }[]): string {
  const networks = [...new Set(cells.map((c) => c.network))].sort();
  const months = [...new Set(cells.map((c) => c.periodKey))].sort();
  const shownNetworks =
    networks.length > 3
      ? `${networks.slice(0, 3).join(', ')} +${networks.length - 3}`
      : networks.join(', ');
  const span =
    months.length === 0 ? '' : months.length === 1 ? months[0]! : `${months[0]}–${months.at(-1)}`;
  return span ? `${shownNetworks} · ${span}` : shownNetworks;
}
