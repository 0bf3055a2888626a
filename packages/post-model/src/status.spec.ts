import { describe, expect, it } from '@jest/globals';
import {
  canTransition,
  isPostStatus,
  nextStatuses,
  POST_STATUSES,
  statusAfterApproval,
} from './status.js';

describe('post status machine', () => {
  it('walks draft → ready → scheduled → published and archives from anywhere but archived', () => {
    expect(canTransition('draft', 'ready')).toBe(true);
    expect(canTransition('ready', 'scheduled')).toBe(true);
    expect(canTransition('scheduled', 'published')).toBe(true);
    for (const status of POST_STATUSES.filter((s) => s !== 'archived')) {
      expect(canTransition(status, 'archived')).toBe(true);
    }
  });

  it('refuses skipping steps and going back from published', () => {
    expect(canTransition('draft', 'published')).toBe(false);
    expect(canTransition('draft', 'scheduled')).toBe(false);
    expect(canTransition('published', 'draft')).toBe(false);
    expect(canTransition('archived', 'published')).toBe(false);
    expect(nextStatuses('archived')).toEqual(['draft']);
  });

  it('knows its statuses', () => {
    expect(isPostStatus('scheduled')).toBe(true);
    expect(isPostStatus('approved')).toBe(true);
    expect(isPostStatus('pending')).toBe(false);
  });

  it('lets only approvals move a post into and out of review', () => {
    expect(canTransition('ready', 'in_review')).toBe(false);
    expect(canTransition('in_review', 'approved')).toBe(false);
    expect(statusAfterApproval('ready', 'submitted')).toBe('in_review');
    expect(statusAfterApproval('draft', 'submitted')).toBe('in_review');
    expect(statusAfterApproval('scheduled', 'submitted')).toBe('in_review');
    expect(statusAfterApproval('in_review', 'approved')).toBe('approved');
    expect(statusAfterApproval('in_review', 'returned')).toBe('ready');
    expect(statusAfterApproval('published', 'submitted')).toBeNull();
    expect(canTransition('approved', 'scheduled')).toBe(true);
  });
});
