import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { AccessService, type Principal } from '../access/index.js';
import { assertBrandActive } from '../brands/index.js';
import { EventLog } from '../events/index.js';
import { recordKpiEvent } from './kpi-events.js';
import { checkMonth } from './kpi-rules.js';

@ObjectType('KpiNote', {
  description:
    'A correction: a note on a KPI (or one period) linking to the strategy section it changes',
})
export class KpiNoteModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  kpiId: string;

  @Field({ description: "The KPI's name as it is now" })
  kpiName: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm, or null for the whole KPI' })
  periodKey: string | null;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true })
  strategyDocumentId: string | null;

  @Field(() => String, { nullable: true, description: "The section's heading in that strategy" })
  strategySection: string | null;

  @Field(() => String, { nullable: true })
  createdByName: string | null;

  @Field()
  createdAt: Date;
}

@InputType()
export class AddKpiNoteInput {
  @Field(() => ID)
  kpiId: string;

  @Field(() => String, { nullable: true })
  periodKey?: string | null;

  @Field({ description: 'Plain text, at most 2000 characters' })
  body: string;

  @Field(() => ID, { nullable: true, description: 'A strategy of the same brand' })
  strategyDocumentId?: string | null;

  @Field(() => String, { nullable: true })
  strategySection?: string | null;
}

interface NoteRow {
  id: string;
  kpi_id: string;
  kpi_name: string;
  period_key: string | null;
  body: string;
  strategy_document_id: string | null;
  strategy_section: string | null;
  created_by_name: string | null;
  created_at: Date;
}

const NOTE_COLUMNS = `n.id, n.kpi_id, k.name AS kpi_name, n.period_key, n.body, n.strategy_document_id, n.strategy_section,
  u.display_name AS created_by_name, n.created_at`;

function toModel(row: NoteRow): KpiNoteModel {
  return {
    id: row.id,
    kpiId: row.kpi_id,
    kpiName: row.kpi_name,
    periodKey: row.period_key,
    body: row.body,
    strategyDocumentId: row.strategy_document_id,
    strategySection: row.strategy_section,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
  };
}

/** Correction notes: written by metrics editors, read by everyone on the brand. */
@Injectable()
export class KpiNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: EventLog,
  ) {}

  /**
   * The brand's notes, newest first; only those linking to one strategy when it is given.
   * Internal to the team: they point into strategy sections, so a report link's guest (who
   * reads the dashboard through `authorizeBrandOrGuest`) is refused here (users only).
   */
  async list(
    principal: Principal,
    brandId: string,
    strategyDocumentId: string | null,
  ): Promise<KpiNoteModel[]> {
    await this.access.authorizeBrand(principal, brandId, 'metrics.read');
    const rows = await this.dataSource.query<NoteRow[]>(
      `SELECT ${NOTE_COLUMNS} FROM kpi_notes n JOIN kpis k ON k.id = n.kpi_id LEFT JOIN users u ON u.id = n.created_by
        WHERE n.brand_id = $1 AND ($2::uuid IS NULL OR n.strategy_document_id = $2::uuid)
        ORDER BY n.created_at DESC, n.id`,
      [brandId, strategyDocumentId],
    );
    return rows.map(toModel);
  }

  async add(principal: Principal, input: AddKpiNoteInput): Promise<KpiNoteModel> {
    const [kpi] = /^[0-9a-f-]{36}$/i.test(input.kpiId)
      ? await this.dataSource.query<Array<{ brand_id: string; name: string }>>(
          'SELECT brand_id, name FROM kpis WHERE id = $1',
          [input.kpiId],
        )
      : [];
    if (!kpi) {
      if (principal.kind !== 'user') throw AppError.unauthenticated();
      throw AppError.notFound('The KPI');
    }
    const { brand } = await this.access.authorizeBrand(principal, kpi.brand_id, 'metrics.edit');
    assertBrandActive(brand);
    const body = input.body.trim();
    if (body === '' || body.length > 2000)
      throw AppError.validation('body', 'Write the note (at most 2000 characters).');
    if (input.periodKey) checkMonth(input.periodKey);
    if ((input.strategySection ?? '').length > 200) {
      throw AppError.validation('strategySection', 'At most 200 characters.');
    }
    if (input.strategyDocumentId) {
      const [strategy] = /^[0-9a-f-]{36}$/i.test(input.strategyDocumentId)
        ? await this.dataSource.query<unknown[]>(
            `SELECT 1 FROM documents WHERE id = $1 AND brand_id = $2 AND kind = 'strategy'`,
            [input.strategyDocumentId, kpi.brand_id],
          )
        : [];
      if (!strategy)
        throw AppError.validation('strategyDocumentId', 'Link a strategy of the same brand.');
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO kpi_notes (brand_id, kpi_id, period_key, body, strategy_document_id, strategy_section, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          kpi.brand_id,
          input.kpiId,
          input.periodKey ?? null,
          body,
          input.strategyDocumentId ?? null,
          input.strategySection?.trim() || null,
          principal.kind === 'user' ? principal.userId : null,
        ],
      );
      await recordKpiEvent(this.events, manager, {
        type: 'kpi.note_added',
        principal,
        brand,
        subject: { type: 'kpi', id: input.kpiId },
        // Names only: the note's text stays out of the event log and its notices.
        data: { name: kpi.name, noteId: row!.id, periodKey: input.periodKey ?? null },
      });
      return row!.id;
    });
    const [note] = await this.dataSource.query<NoteRow[]>(
      `SELECT ${NOTE_COLUMNS} FROM kpi_notes n JOIN kpis k ON k.id = n.kpi_id LEFT JOIN users u ON u.id = n.created_by WHERE n.id = $1`,
      [id],
    );
    return toModel(note!);
  }
}
