import { can } from '@chorus/permissions';
import { readPlan, type PlanView } from '@chorus/media-plan-model';
import type { NetworkId } from '@chorus/post-model';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DocumentEditor } from '../../collaboration/index.js';
import { AccessService, type Principal } from '../access/index.js';
import { networkOfChannel, plannedIn } from './content-mix-plan.js';
import type { ContentMixPlanMatch } from './content-mix.model.js';
import { startOfLocalDay } from './publish-time.js';

/** Most media plans one answer reads (the brand's most recently edited ones). */
export const MAX_MIX_PLANS = 20;

export interface PlanPeriod {
  start: string;
  end: string;
}

export interface PlannedPeriod extends PlanPeriod {
  planned: number;
  done: number;
}

export interface PlanRowResult {
  mediaPlanId: string;
  mediaPlanTitle: string;
  rowId: string;
  channel: string;
  activity: string;
  network: NetworkId | null;
  matchedBy: ContentMixPlanMatch;
  weeks: PlannedPeriod[];
  months: PlannedPeriod[];
}

interface PostOnDay {
  localDay: string;
  networks: string[];
  mediaPlanId: string | null;
  mediaPlanRowId: string | null;
}

/**
 * Planned against done for the content mix: every owned-media row of the brand's media
 * plans, its planned units per week and month (each plan column spread evenly over its
 * days) against the posts on the calendar that serve it. A row's posts are those linked to
 * it; when none in the range is, the unlinked posts going to the network its channel names.
 * Two statements (plans, posts) plus one load per plan, whatever the number of posts.
 */
@Injectable()
export class ContentMixService {
  constructor(
    private readonly access: AccessService,
    private readonly dataSource: DataSource,
    private readonly editor: DocumentEditor,
  ) {}

  async plannedVsDone(
    principal: Principal,
    brandId: string,
    timeZone: string,
    weeks: readonly PlanPeriod[],
    months: readonly PlanPeriod[],
  ): Promise<PlanRowResult[]> {
    const { brand, roles } = await this.access.authorizeBrand(principal, brandId, 'post.read');
    if (!can(roles, 'mediaPlan.read')) return [];
    const all = [...weeks, ...months];
    if (all.length === 0) return [];
    const first = all.map((p) => p.start).sort()[0]!;
    const after = all
      .map((p) => p.end)
      .sort()
      .at(-1)!;
    const plans = await this.dataSource.query<Array<{ id: string; title: string }>>(
      `SELECT id, title FROM documents
        WHERE brand_id = $1 AND kind = 'media_plan' AND archived_at IS NULL
        ORDER BY updated_at DESC LIMIT ${MAX_MIX_PLANS}`,
      [brand.id],
    );
    const rows: Array<{
      planId: string;
      title: string;
      row: PlanView['blocks']['OWNED'][number];
      plan: PlanView;
    }> = [];
    for (const { id, title } of plans) {
      const plan = await this.readPlan(id);
      // A plan whose flight misses the range has nothing planned in it.
      if (!plan.settings.flightStart || plan.settings.flightStart >= after) continue;
      if (plan.settings.flightEnd < first) continue;
      for (const row of plan.blocks.OWNED) rows.push({ planId: id, title, row, plan });
    }
    if (rows.length === 0) return [];
    const posts = await this.postsOnDays(
      brand.id,
      timeZone,
      startOfLocalDay(first, timeZone, 'from'),
      startOfLocalDay(after, timeZone, 'to'),
    );
    // Posts grouped once (by linked row, and unlinked ones by network), not scanned per row.
    const linkedTo = new Map<string, PostOnDay[]>();
    const unlinkedOn = new Map<string, PostOnDay[]>();
    for (const post of posts) {
      if (post.mediaPlanRowId) {
        push(linkedTo, `${post.mediaPlanId}/${post.mediaPlanRowId}`, post);
      } else {
        for (const network of post.networks) push(unlinkedOn, network, post);
      }
    }
    return rows.map(({ planId, title, row, plan }) => {
      const network = networkOfChannel(row.channel);
      const linked = linkedTo.get(`${planId}/${row.id}`) ?? [];
      const matchedBy: ContentMixPlanMatch =
        linked.length > 0 ? 'link' : network ? 'network' : 'none';
      const counted =
        matchedBy === 'link'
          ? linked
          : matchedBy === 'network'
            ? (unlinkedOn.get(network!) ?? [])
            : [];
      const per = (period: PlanPeriod): PlannedPeriod => ({
        ...period,
        planned: plannedIn(row.cells, plan.periods, period.start, period.end),
        // yyyy-mm-dd strings compare as dates.
        done: counted.filter((p) => p.localDay >= period.start && p.localDay < period.end).length,
      });
      return {
        mediaPlanId: planId,
        mediaPlanTitle: title,
        rowId: row.id,
        channel: row.channel,
        activity: row.activity,
        network,
        matchedBy,
        weeks: weeks.map(per),
        months: months.map(per),
      };
    });
  }

  private async readPlan(documentId: string): Promise<PlanView> {
    const doc = await this.editor.read(documentId);
    try {
      return readPlan(doc);
    } finally {
      doc.destroy();
    }
  }

  private async postsOnDays(
    brandId: string,
    timeZone: string,
    from: Date,
    to: Date,
  ): Promise<PostOnDay[]> {
    const rows = await this.dataSource.query<
      Array<{
        local_day: string;
        networks: string[];
        media_plan_id: string | null;
        media_plan_row_id: string | null;
      }>
    >(
      `SELECT to_char(p.publish_at AT TIME ZONE $2, 'YYYY-MM-DD') AS local_day, p.networks,
              p.media_plan_id, p.media_plan_row_id
         FROM posts p
         JOIN documents d ON d.id = p.document_id
        WHERE p.brand_id = $1 AND d.archived_at IS NULL AND p.status <> 'archived'
          AND p.publish_at >= $3 AND p.publish_at < $4`,
      [brandId, timeZone, from, to],
    );
    return rows.map((row) => ({
      localDay: row.local_day,
      networks: row.networks,
      mediaPlanId: row.media_plan_id,
      mediaPlanRowId: row.media_plan_row_id,
    }));
  }
}

function push<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}
