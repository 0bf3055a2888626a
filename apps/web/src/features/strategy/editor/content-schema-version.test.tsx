import { CONTENT_SCHEMA_VERSION } from '@chorus/collab-protocol';
import { p } from '@chorus/strategy-model';
import { renderStrategyEditor, strategyDoc } from './test-support';

/**
 * The strategy editor's schema as the content schema version it ships with. y-tiptap
 * deletes Yjs content whose node or mark names its schema lacks, so when this editor learns
 * a name (or an attribute), older tabs must be refused: raise CONTENT_SCHEMA_VERSION in
 * @chorus/collab-protocol and record the new fingerprint here under the new version.
 */
const FINGERPRINTS: Record<number, string> = {
  1: 'nodes: blockquote(dir) brandRole(dir) bulletList(dir) codeBlock(language) competitorRow(contentTypes,fails,frequency,name,network,works) competitors(dir) doc() driverBarrierRow(barriers,drivers,segment) driversBarriers(dir) hardBreak() heading(dir,level) horizontalRule() insight(dir) listItem(dir) orderedList(dir,start,type) paragraph(dir) persona(activeHours,ageRange,contentPreferences,dir,interests,location,name,needs,networks,occupation) smartGoal(baseline,deadline,dir,goalId,metric,statement,target,why) strategyHint(dir,text) table() tableCell(align,colspan,colwidth,dir,rowspan) tableHeader(align,colspan,colwidth,dir,rowspan) tableRow() taskItem(checked,dir) taskList(dir) text() | marks: bold() code() italic() link(class,href,rel,target,title) strike() underline()',
};

describe('the content schema version', () => {
  it('changes whenever the strategy editor’s nodes, marks or attributes change', async () => {
    const { editor } = await renderStrategyEditor(strategyDoc([p('')]));
    const { schema } = editor;
    const list = (specs: Record<string, { spec: { attrs?: Record<string, unknown> } }>) =>
      Object.keys(specs)
        .sort()
        .map(
          (name) =>
            `${name}(${Object.keys(specs[name]!.spec.attrs ?? {})
              .sort()
              .join(',')})`,
        )
        .join(' ');
    const fingerprint = `nodes: ${list(schema.nodes)} | marks: ${list(schema.marks)}`;
    expect({ version: CONTENT_SCHEMA_VERSION, fingerprint }).toEqual({
      version: CONTENT_SCHEMA_VERSION,
      fingerprint: FINGERPRINTS[CONTENT_SCHEMA_VERSION],
    });
  });
});
