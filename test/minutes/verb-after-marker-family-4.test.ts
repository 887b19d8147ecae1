/**
 * An action that names no owner opens with its verb right after the marker, where "Kathy to
 * ..." would put a first name: "ACTION: Append to Policy manual", "ACTION: Post", "ACTION: Write
 * to the county". The verb is not an owner (nor, alone, the owner of the line above it). First
 * names that are also verbs (Mark, Bill, Grant) still name people. These minutes have no attendance
 * list, so no first name can be checked against one. Every minute here is invented
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string, present = '') =>
  parseMinutes(
    `Riverside Co-op Board\n\nMinutes of the meeting held on 12 May 2023\n\n${present}\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ text: a.text, owners: a.owners, written: a.ownersAsWritten }));

describe('a verb after the marker is no owner', () => {
  it.each([
    ['ACTION: Append to Policy manual', 'Append to Policy manual'],
    ['ACTION: Upload to Google Drive before the AGM', 'Upload to Google Drive before the AGM'],
    ['ACTION: Escalate to NHS England', 'Escalate to NHS England'],
    ['ACTION: Distribute to Board members with the pack', 'Distribute to Board members'],
    ['Action: Attach to Board pack for June', 'Attach to Board pack for June'],
    ['ACTION: Publish to Website once signed', 'Publish to Website once signed'],
    ['ACTION: Feed to Strategy group', 'Feed to Strategy group'],
  ])('%s', (line, text) => {
    const [action] = brief(minutes(`1. Policies\nThe privacy plan was approved.\n${line}`));
    expect(action).toMatchObject({ owners: [], written: null });
    expect(action!.text).toContain(text.split(' ').slice(0, 2).join(' '));
  });

  it('reads "ACTION: Post" alone as an action with no owner, not the owner of the line above', () => {
    const found = brief(minutes(`• Approval of minutes (GH/ID); approved\n  • ACTION: Post`));
    expect(found.every((a) => a.owners.length === 0)).toBe(true);
    expect(found.some((a) => a.written === 'Post')).toBe(false);
  });

  it.each([
    ['ACTION: Mark to write to the county', 'Mark'],
    ['ACTION: Grant to send the minutes to the auditors', 'Grant'],
    ['ACTION: Ines to reply to the tenants', 'Ines'],
  ])('keeps a first name that is also a verb: %s', (line, owner) => {
    const found = brief(minutes(`1. Letters\nACTION: Append to Policy manual\n${line}`));
    expect(found.map((a) => a.owners)).toEqual([[], [owner]]);
  });
});
