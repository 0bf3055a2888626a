import { countSentences, INSIGHT_MAX_SENTENCES } from '@chorus/strategy-model';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../i18n';

/** The text of a text block as sentences see it: hard breaks are line ends. */
export function blockText(node: ReactNodeViewProps['node']): string {
  return node.textBetween(0, node.content.size, '\n', '\n');
}

/** The insight: one or two sentences, with a warning when it grows beyond that. */
export function InsightView({ node }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labelId = useId();
  const warningId = useId();
  const sentences = countSentences(blockText(node));
  const tooLong = sentences > INSIGHT_MAX_SENTENCES;
  return (
    <NodeViewWrapper
      className="strategy-text-block strategy-text-block--insight"
      role="group"
      aria-labelledby={labelId}
      aria-describedby={tooLong ? warningId : undefined}
    >
      <div id={labelId} className="strategy-text-block__label" contentEditable={false}>
        {t('strategyEditor.blocks.insight')}
      </div>
      <NodeViewContent
        className="strategy-text-block__content"
        dir="auto"
        data-placeholder={
          node.content.size === 0 ? t('strategyEditor.insight.placeholder') : undefined
        }
      />
      {tooLong && (
        <div
          id={warningId}
          className="strategy-text-block__warning"
          contentEditable={false}
          role="status"
          data-testid="insight-warning"
        >
          {t('strategyEditor.insight.tooLong', {
            sentences: format.number(sentences),
            max: format.number(INSIGHT_MAX_SENTENCES),
          })}
        </div>
      )}
    </NodeViewWrapper>
  );
}

/** The brand's role: a text block with its label. */
export function BrandRoleView({ node }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <NodeViewWrapper
      className="strategy-text-block strategy-text-block--brand-role"
      role="group"
      aria-labelledby={labelId}
    >
      <div id={labelId} className="strategy-text-block__label" contentEditable={false}>
        {t('strategyEditor.blocks.brandRole')}
      </div>
      <NodeViewContent
        className="strategy-text-block__content"
        dir="auto"
        data-placeholder={
          node.content.size === 0 ? t('strategyEditor.brandRole.placeholder') : undefined
        }
      />
    </NodeViewWrapper>
  );
}
