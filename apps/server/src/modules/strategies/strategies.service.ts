import {
  checkSmart,
  extractGoals,
  STRATEGY_FRAGMENT,
  strategyToHtml,
  strategyToMarkdown,
  type SmartIssue,
  type StrategyGoal,
  type StrategyLanguage,
  isStrategyLanguage,
} from '@chorus/strategy-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type * as Y from 'yjs';
import { DocumentEditor } from '../../collaboration/index.js';
import { fileName } from '../../platform/files/index.js';
import { AccessService, type Principal } from '../access/index.js';
import { DocumentEntity, DocumentsService, type DocumentView } from '../documents/index.js';
import { requireStrategy, strategyKind } from './strategy.kind.js';

export interface GoalView extends StrategyGoal {
  documentId: string;
  documentTitle: string;
  issues: SmartIssue[];
}

export type ExportFormat = 'markdown' | 'html';

export interface StrategyExport {
  filename: string;
  contentType: string;
  content: string;
}

/** Today in UTC as yyyy-mm-dd (deadlines are dates, not instants). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * What the server reads out of strategy documents: the SMART goals other records link to,
 * and the document as Markdown or a print-ready HTML page.
 */
@Injectable()
export class StrategiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly documents: DocumentsService,
    private readonly editor: DocumentEditor,
  ) {}

  /** The goals written in one strategy, in document order (anyone who may open it). */
  async goals(principal: Principal, documentId: string): Promise<GoalView[]> {
    const view = await this.openStrategy(principal, documentId);
    return this.readGoals(view.document);
  }

  /** The goals of every active strategy of a brand (for linking plan lines and posts). */
  async brandGoals(principal: Principal, brandId: string): Promise<GoalView[]> {
    await this.access.authorizeBrand(principal, brandId, 'strategy.read');
    const strategies = await this.dataSource.manager.find(DocumentEntity, {
      where: { brandId, kind: strategyKind.kind, archivedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    const goals: GoalView[] = [];
    for (const document of strategies) goals.push(...(await this.readGoals(document)));
    return goals;
  }

  /** The strategy as a Markdown file or a standalone HTML page to print. */
  async export(
    principal: Principal,
    documentId: string,
    format: ExportFormat,
  ): Promise<StrategyExport> {
    const { document } = await this.openStrategy(principal, documentId);
    const language: StrategyLanguage =
      document.language && isStrategyLanguage(document.language) ? document.language : 'en';
    return this.withFragment(document.id, (fragment) => {
      const base = fileName(document.title, 'strategy');
      return format === 'markdown'
        ? {
            filename: `${base}.md`,
            contentType: 'text/markdown; charset=utf-8',
            content: strategyToMarkdown(fragment, { title: document.title }),
          }
        : {
            filename: `${base}.html`,
            contentType: 'text/html; charset=utf-8',
            content: strategyToHtml(fragment, { title: document.title, language }),
          };
    });
  }

  private async readGoals(document: DocumentEntity): Promise<GoalView[]> {
    const date = today();
    return this.withFragment(document.id, (fragment) =>
      extractGoals(fragment).map((goal) => ({
        ...goal,
        documentId: document.id,
        documentTitle: document.title,
        issues: checkSmart({ ...goal, goalId: goal.id }, date),
      })),
    );
  }

  private async openStrategy(principal: Principal, documentId: string): Promise<DocumentView> {
    const view = await this.documents.open(principal, documentId);
    requireStrategy(view.document.kind);
    return view;
  }

  private async withFragment<T>(documentId: string, read: (fragment: Y.XmlFragment) => T) {
    const doc = await this.editor.read(documentId);
    try {
      return read(doc.getXmlFragment(STRATEGY_FRAGMENT));
    } finally {
      doc.destroy();
    }
  }
}
