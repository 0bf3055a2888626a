import { describe, expect, it } from '@jest/globals';
import { WaitingRequestModel } from './approval.mapper.js';
import type { WaitingRow } from './approval-waiting.query.js';

const row: WaitingRow = {
  id: 'r1',
  document_id: 'd1',
  brand_id: 'b1',
  document_kind: 'post',
  document_title: 'Spring sale',
  flow_id: null,
  flow_name: 'Posts',
  status: 'pending',
  round: 2,
  current_step: 1,
  version_id: 'v2',
  submitted_by: 'u1',
  submitter_name: 'Sam',
  needs_attention: false,
  step_opened_ms: Date.UTC(2026, 2, 1, 9, 30, 0, 123),
  created_ms: Date.UTC(2026, 2, 1, 8, 0),
  closed_ms: null,
  steps_json: JSON.stringify([
    {
      name: 'Lead',
      rule: 'any',
      approvers: [{ kind: 'role', role: 'lead' }],
      dueMinutes: 90,
      skippable: false,
    },
    {
      name: 'Chief',
      rule: 'all',
      approvers: [{ kind: 'user', userId: 'u9' }],
      dueMinutes: null,
      skippable: true,
    },
  ]),
  approver_ids_json: '["u9"]',
  decisions_json: JSON.stringify([
    {
      id: 'x1',
      requestId: 'r1',
      round: 2,
      stepIndex: 0,
      versionId: 'v2',
      userId: 'u2',
      userName: 'Lea',
      decision: 'approve',
      comment: null,
      late: false,
      createdAt: Date.UTC(2026, 2, 1, 9, 30),
    },
  ]),
};

describe('WaitingRequestModel', () => {
  it('answers a waiting row as an approval request, times as dates', () => {
    const model = new WaitingRequestModel(row);
    expect(model).toMatchObject({
      id: 'r1',
      documentId: 'd1',
      documentKind: 'post',
      documentTitle: 'Spring sale',
      round: 2,
      currentStep: 1,
      versionId: 'v2',
      submitterName: 'Sam',
      canDecide: true,
      closedAt: null,
    });
    expect(model.stepOpenedAt.toISOString()).toBe('2026-03-01T09:30:00.123Z');
    expect(model.createdAt.toISOString()).toBe('2026-03-01T08:00:00.000Z');
  });

  it('parses steps, approvers and decisions when asked, once', () => {
    const model = new WaitingRequestModel(row);
    expect(model.steps.map((s) => [s.index, s.name, s.rule, s.dueInMinutes, s.skippable])).toEqual([
      [0, 'Lead', 'any', 90, false],
      [1, 'Chief', 'all', null, true],
    ]);
    expect(model.steps[1]!.approvers).toEqual([
      { kind: 'user', role: null, userId: 'u9', userName: null },
    ]);
    expect(model.steps).toBe(model.steps);
    // Rows of one answer with the same steps share one parsed list.
    const shared = new Map();
    const [a, b] = [new WaitingRequestModel(row, shared), new WaitingRequestModel(row, shared)];
    expect(a.steps).toBe(b.steps);
    expect(model.openApproverIds).toEqual(['u9']);
    const [decision] = model.decisions;
    expect(decision).toMatchObject({ userId: 'u2', decision: 'approve', late: false });
    expect(decision!.createdAt).toEqual(new Date(Date.UTC(2026, 2, 1, 9, 30)));
    expect(model.decisions).toBe(model.decisions);
  });
});
