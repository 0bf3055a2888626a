import type { Role } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ApprovableKind } from './approval-steps.js';

/** What a gate is shown of a submission: the exact version submitted and who submits it. */
export interface Submission {
  /** The submission's transaction: a gate writes its rows here, and a refusal rolls it all back. */
  readonly manager: EntityManager;
  readonly requestId: string;
  readonly versionId: string;
  readonly versionNumber: number;
  /** The state of the version (Yjs update), the content the approvers will read. */
  readonly state: Uint8Array;
  readonly document: {
    readonly id: string;
    readonly brandId: string;
    readonly kind: ApprovableKind;
    readonly title: string;
    readonly language: string | null;
  };
  readonly workspaceId: string;
  readonly submitterId: string;
  /** The submitter's roles on the brand. */
  readonly roles: readonly Role[];
  /** What the submitter said to the gates (e.g. `toneOverrideReason`), by gate option name. */
  readonly options: Readonly<Record<string, string | null | undefined>>;
}

/**
 * A check a submission must pass. It runs inside the submission's transaction, after the
 * version and the request are written and before anything is announced: throwing a catalogued
 * error refuses the submission and nothing of it stays. Gates are registered by the modules
 * that own them (tone of voice), so approvals names none of them.
 */
export interface SubmissionGate {
  readonly name: string;
  inspect(submission: Submission): Promise<void>;
}

/** The gates every submission passes, in the order they were registered. */
@Injectable()
export class SubmissionGates {
  private readonly gates: SubmissionGate[] = [];

  register(gate: SubmissionGate): void {
    if (this.gates.some((known) => known.name === gate.name)) {
      throw new Error(`Submission gate ${gate.name} is registered twice`);
    }
    this.gates.push(gate);
  }

  async inspect(submission: Submission): Promise<void> {
    for (const gate of this.gates) await gate.inspect(submission);
  }
}
