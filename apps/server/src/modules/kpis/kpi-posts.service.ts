import {
  engagementRate,
  engagementRateByReach,
  engagementsOf,
  isMetricId,
  METRICS,
  parseKpiPeriod,
} from '@chorus/kpi-model';
import { Injectable } from '@nestjs/common';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { AccessService, type Principal } from '../access/index.js';
import { KpiMeasureValueModel } from './kpi.model.js';
import { checkNetwork, toMeasure } from './kpi-rules.js';
import { MAX_DASHBOARD_MONTHS } from './kpi-dashboard.service.js';

/** Most posts one answer lists. */
export const MAX_POST_RESULTS = 100;

/** The figures a post's results and a category's share (sums over its posts for a category). */
@ObjectType({ isAbstract: true })
abstract class KpiPostFigures {
  @Field(() => Float, {
    nullable: true,
    description: 'Likes, comments, shares, saves (or as imported)',
  })
  engagements: number | null;

  @Field(() => Float, { nullable: true })
  reach: number | null;

  @Field(() => Float, { nullable: true })
  impressions: number | null;

  @Field(() => Float, { nullable: true })
  clicks: number | null;
}

@ObjectType('KpiPostResult', {
  description: 'One post over a range of months: its imported actuals and engagement rates',
})
export class KpiPostResultModel extends KpiPostFigures {
  @Field({ description: 'The network it was published on' })
  network: string;

  @Field({ description: 'The post id or URL as imported' })
  postRef: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The Chorus post it names, when the reference is a post of this brand',
  })
  postId: string | null;

  @Field(() => String, { nullable: true, description: "That post's title" })
  postTitle: string | null;

  @Field(() => KpiMeasureValueModel, {
    description: "Engagements ÷ the account's followers in the post's last month × 100",
  })
  engagementRate: KpiMeasureValueModel;

  @Field(() => KpiMeasureValueModel, { description: 'Engagements ÷ reach × 100 (by reach)' })
  engagementRateByReach: KpiMeasureValueModel;

  @Field({ description: 'The last month with actuals for it, yyyy-mm' })
  lastMonth: string;
}

@ObjectType('KpiCategoryResult', {
  description:
    "The results of a brand's posts of one content category (posts whose imported reference names a Chorus post)",
})
export class KpiCategoryResultModel extends KpiPostFigures {
  @Field(() => ID, { nullable: true, description: 'The category; null for posts without one' })
  categoryId: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Its colour on the calendar' })
  color: string | null;

  @Field(() => Int, { description: 'Posts with results in the range' })
  posts: number;

  @Field(() => Float, { nullable: true, description: 'Engagements ÷ posts' })
  engagementsPerPost: number | null;

  @Field(() => KpiMeasureValueModel, {
    description: "The category's engagements ÷ its reach × 100 (by reach)",
  })
  engagementRateByReach: KpiMeasureValueModel;
}

@ObjectType('KpiPostResults', { description: "A brand's posts with results, most engaging first" })
export class KpiPostResultsModel {
  @Field(() => [KpiPostResultModel])
  posts: KpiPostResultModel[];

  @Field(() => [KpiCategoryResultModel], {
    description:
      'Results by content category, most engagements first, over every post in the range that names a Chorus post (by its id, or a link holding it)',
  })
  categories: KpiCategoryResultModel[];

  @Field(() => Int, { description: 'Posts with results in the range that name no Chorus post' })
  unlinked: number;

  @Field(() => Int, { description: 'How many posts have results in the range (all pages)' })
  total: number;
}

type Values = Record<string, number>;

/**
 * Per-post results: actuals imported with a post id or URL (kpi_actuals.post_ref), read in
 * one statement with the account's followers (for the engagement rate per member, the
 * articles' definition) and the Chorus post a reference names.
 */
@Injectable()
export class KpiPostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async results(
    principal: Principal,
    input: {
      brandId: string;
      from: string;
      to: string;
      network?: string | null;
      postRef?: string | null;
      first?: number | null;
    },
  ): Promise<KpiPostResultsModel> {
    const first = parseKpiPeriod(input.from);
    const last = parseKpiPeriod(input.to);
    if (first?.kind !== 'month')
      throw AppError.validation('from', 'Give the first month as yyyy-mm.');
    if (last?.kind !== 'month') throw AppError.validation('to', 'Give the last month as yyyy-mm.');
    if (input.to < input.from)
      throw AppError.validation('to', 'The last month is before the first.');
    const months =
      (Number(input.to.slice(0, 4)) - Number(input.from.slice(0, 4))) * 12 +
      Number(input.to.slice(5)) -
      Number(input.from.slice(5)) +
      1;
    if (months > MAX_DASHBOARD_MONTHS) {
      throw AppError.validation('to', `Results span at most ${MAX_DASHBOARD_MONTHS} months.`);
    }
    checkNetwork(input.network ?? null);
    if ((input.postRef ?? '').length > 500)
      throw AppError.validation('postRef', 'At most 500 characters.');
    const limit = input.first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_POST_RESULTS) {
      throw AppError.validation('first', `Ask for 1 to ${MAX_POST_RESULTS} posts.`);
    }
    await this.access.authorizeBrandOrGuest(principal, input.brandId, 'metrics.read');
    const rows = await this.dataSource.query<
      Array<{
        network: string;
        post_ref: string;
        metric: string;
        period_key: string;
        value: number;
        post_id: string | null;
        post_title: string | null;
        category_id: string | null;
        category_name: string | null;
        category_color: string | null;
      }>
    >(
      `SELECT a.network, a.post_ref, a.metric, a.period_key, a.value, d.id AS post_id, d.title AS post_title,
              c.id AS category_id, c.name AS category_name, c.color AS category_color
         FROM kpi_actuals a
         LEFT JOIN documents d
           ON a.post_ref <> '' AND d.brand_id = a.brand_id AND d.kind = 'post'
          AND d.id::text = substring(lower(a.post_ref) from '${UUID_PATTERN}')
         LEFT JOIN posts p ON p.document_id = d.id
         LEFT JOIN content_categories c ON c.id = p.category_id
        WHERE a.brand_id = $1 AND a.period_key >= $2 AND a.period_key <= $3
          AND (a.post_ref <> '' OR a.metric = 'followers')
          AND ($4::text IS NULL OR a.network = $4)
          AND ($5::text IS NULL OR a.post_ref = '' OR a.post_ref = $5 OR d.id::text = lower($5))
        ORDER BY a.period_key`,
      [input.brandId, input.from, input.to, input.network ?? null, input.postRef || null],
    );
    // network|month → the account's followers; network|post → the post's values.
    const followers = new Map<string, number>();
    const posts = new Map<
      string,
      {
        network: string;
        postRef: string;
        postId: string | null;
        postTitle: string | null;
        category: { id: string | null; name: string | null; color: string | null };
        lastMonth: string;
        values: Values;
      }
    >();
    for (const row of rows) {
      if (row.post_ref === '') {
        followers.set(`${row.network}|${row.period_key}`, row.value);
        continue;
      }
      const key = `${row.network}|${row.post_ref}`;
      let post = posts.get(key);
      if (!post) {
        post = {
          network: row.network,
          postRef: row.post_ref,
          postId: row.post_id,
          postTitle: row.post_title,
          category: { id: row.category_id, name: row.category_name, color: row.category_color },
          lastMonth: row.period_key,
          values: {},
        };
        posts.set(key, post);
      }
      // Rows come in month order: flows add up, stocks keep the latest month's value.
      post.lastMonth = row.period_key;
      if (isMetricId(row.metric) && METRICS[row.metric].aggregation === 'stock') {
        post.values[row.metric] = row.value;
      } else {
        post.values[row.metric] = (post.values[row.metric] ?? 0) + row.value;
      }
    }
    const results = [...posts.values()].map((post): KpiPostResultModel => {
      const values = post.values;
      const members = followers.get(`${post.network}|${post.lastMonth}`);
      return {
        network: post.network,
        postRef: post.postRef,
        postId: post.postId,
        postTitle: post.postTitle,
        engagements: engagementsOf(values),
        reach: values.reach ?? null,
        impressions: values.impressions ?? null,
        clicks: values.clicks ?? null,
        engagementRate: toMeasure(engagementRate({ ...values, followers: members ?? null })),
        engagementRateByReach: toMeasure(engagementRateByReach(values)),
        lastMonth: post.lastMonth,
      };
    });
    results.sort(
      (a, b) =>
        (b.engagements ?? -1) - (a.engagements ?? -1) ||
        (a.network < b.network ? -1 : a.network > b.network ? 1 : 0) ||
        (a.postRef < b.postRef ? -1 : a.postRef > b.postRef ? 1 : 0),
    );
    const linked = [...posts.values()].filter((post) => post.postId !== null);
    return {
      posts: results.slice(0, limit),
      total: results.length,
      categories: byCategory(linked),
      unlinked: posts.size - linked.length,
    };
  }
}

/** A UUID anywhere in a reference: a Chorus post's id, alone or inside a link to it. */
const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Linked posts' values added up per content category ("no category" as one more). */
export function byCategory(
  posts: ReadonlyArray<{
    category: { id: string | null; name: string | null; color: string | null };
    values: Values;
  }>,
): KpiCategoryResultModel[] {
  const groups = new Map<
    string,
    { category: (typeof posts)[number]['category']; values: Values[] }
  >();
  for (const post of posts) {
    const key = post.category.id ?? '';
    const group = groups.get(key) ?? { category: post.category, values: [] };
    group.values.push(post.values);
    groups.set(key, group);
  }
  const sum = (values: Values[], read: (v: Values) => number | null | undefined) => {
    const present = values.map(read).filter((v): v is number => v !== null && v !== undefined);
    return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
  };
  return [...groups.values()]
    .map(({ category, values }): KpiCategoryResultModel => {
      const engagements = sum(values, engagementsOf);
      const reach = sum(values, (v) => v.reach);
      return {
        categoryId: category.id,
        name: category.name,
        color: category.color,
        posts: values.length,
        engagements,
        reach,
        impressions: sum(values, (v) => v.impressions),
        clicks: sum(values, (v) => v.clicks),
        engagementsPerPost: engagements === null ? null : engagements / values.length,
        engagementRateByReach: toMeasure(engagementRateByReach({ engagements, reach })),
      };
    })
    .sort(
      (a, b) =>
        (b.engagements ?? -1) - (a.engagements ?? -1) ||
        (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'),
    );
}
