import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ExportFormatEnum = { MARKDOWN: 'markdown', HTML: 'html' } as const;
registerEnumType(ExportFormatEnum, {
  name: 'StrategyExportFormat',
  description: 'Markdown, or a standalone HTML page ready to print (or save as PDF)',
});

@ObjectType('StrategyGoal', { description: 'A SMART goal written in a strategy document' })
export class StrategyGoalModel {
  @Field(() => ID, { description: 'Stable goal id; posts, plan lines and KPIs link to it' })
  id: string;

  @Field(() => ID, { description: 'The strategy document it is written in' })
  documentId: string;

  @Field({ description: 'Title of that strategy document' })
  documentTitle: string;

  @Field({ description: 'What the goal says' })
  statement: string;

  @Field({ description: 'What is measured' })
  metric: string;

  @Field({ description: 'Where the metric stands today, as written' })
  baseline: string;

  @Field({ description: 'The target, as written' })
  target: string;

  @Field(() => Float, { nullable: true, description: 'The target as a number, when it is one' })
  targetValue: number | null;

  @Field({ description: 'Deadline as yyyy-mm-dd, or empty' })
  deadline: string;

  @Field({ description: 'Why it matters' })
  why: string;

  @Field(() => [String], {
    description:
      'What keeps it from being SMART: statement_missing, metric_missing, target_missing, target_not_number, deadline_missing, deadline_invalid, deadline_past, baseline_not_number',
  })
  issues: string[];
}

@ObjectType('StrategyExport', { description: 'A strategy exported as a file' })
export class StrategyExportModel {
  @Field({ description: 'A file name for it' })
  filename: string;

  @Field({ description: 'Its MIME type' })
  contentType: string;

  @Field({ description: 'The file content' })
  content: string;
}
