/**
 * Owners written after "- Action" with no colon, as parish minutes converted from a web page
 * write them ("... imposed - Action Cllr Gilmour 6. PC Website ..."): a councillor by title and
 * surname, "ALL", initials or an office, and the next numbered item run on after the owner.
 * Every input is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const minutes = (body: string) =>
  parseMinutes(
    `Minutes of the Ashcombe Parish Council meeting held on 9 March 2021\nPresent: Cllr R. Pellow (chair), Cllr T Amory, Cllr W. Hext, S. Quick (clerk).\n\n${body}\n`,
  );
const read = (body: string) =>
  minutes(body)
    .actions.filter((a) => a.kind === 'explicit')
    .map((a) => ({ text: a.text, owners: a.owners }));

describe('an owner after "- Action" with no colon', () => {
  it('reads a councillor by title and surname, with the next item run on', () => {
    expect(
      read(
        '4. Footpaths Cllr. Hext reported two stiles were broken. Cllr. Hext agreed to ask the county to repair both stiles - Action Cllr Hext 5. Finance The accounts were noted.',
      ),
    ).toEqual([
      { text: 'Cllr. Hext agreed to ask the county to repair both stiles', owners: ['W. Hext'] },
    ]);
  });

  it('reads "ALL" as everyone, and the marker at the end of the paragraph', () => {
    expect(
      read(
        '6. Playground The swings were installed. Members to inspect the new swings before the next meeting - Action ALL',
      ),
    ).toEqual([
      { text: 'Members to inspect the new swings before the next meeting', owners: ['All'] },
    ]);
  });

  it('reads an en dash and "Councillor Surname"', () => {
    expect(
      read(
        '7. Trees. Obtain a second quote for the oak works – Action Councillor Amory 8. AOB None.',
      ),
    ).toEqual([{ text: 'Obtain a second quote for the oak works', owners: ['T Amory'] }]);
  });

  it('reads the clerk by office', () => {
    expect(
      read(
        '3. Bins. Write to the district about the missed collections - Action Clerk 4. AOB None.',
      ),
    ).toEqual([
      { text: 'Write to the district about the missed collections', owners: ['S. Quick'] },
    ]);
  });

  it('gives the owner the commitment, not a passive decision written after it', () => {
    const [action] = read(
      '8. Hall. Cllr Amory to check the hire rates with the trustees. The revised rates will be published - Action Cllr Amory 9. AOB None.',
    );
    expect(action?.text).toMatch(/^Cllr Amory to check the hire rates with the trustees/);
    expect(action?.owners).toEqual(['T Amory']);
  });

  it('offers no suggestion for the same commitment', () => {
    const m = minutes(
      '4. Footpaths Cllr. Hext agreed to ask the county to repair both stiles - Action Cllr Hext 5. Finance The accounts were noted.',
    );
    expect(m.actions.filter((a) => a.kind === 'suggested')).toEqual([]);
  });

  it('takes no owner from a phrase that is no owner ("Climate Action Group")', () => {
    expect(read('5. Grants The grant went to the Ashcombe - Action Group 6. AOB None.')).toEqual(
      [],
    );
  });
});
