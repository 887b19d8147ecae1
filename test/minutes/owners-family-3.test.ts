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

// An "Action By" column flattened into the text: its header runs into the first item, and each
// owner ("ALL", declared initials) follows the last sentence of its item.
const columned = (items: string) =>
  parseMinutes(
    `Minutes of the Brackley Green Parish Council meeting held on 4 May 2021\nPresent: Mrs N Yarrow (NY) (Chairman), Mr D Quist (DQ), Mr F Loder (FL)\n\nThe Chairman opened the meeting at 7.30 pm. Action By 1. Apologies: None.\n\n${items}\n`,
  )
    .actions.filter((a) => a.kind === 'explicit')
    .map((a) => ({ text: a.text.replace(/\.$/, ''), owners: a.owners }));

describe('an owner from a flattened "Action By" column', () => {
  it('reads "ALL" after the last sentence as everyone', () => {
    expect(
      columned(
        '4. Vacancies: No one had applied. A leaflet to be delivered to every house before the next meeting. ALL',
      ),
    ).toEqual([
      { text: 'A leaflet to be delivered to every house before the next meeting', owners: ['All'] },
    ]);
  });

  it('still reads declared initials there', () => {
    expect(
      columned('5. Verges: The grass was long. The highways team to be asked to cut it. DQ/FL'),
    ).toEqual([
      { text: 'The highways team to be asked to cut it', owners: ['D Quist', 'F Loder'] },
    ]);
  });

  it('takes no "ALL" without the column', () => {
    const found = parseMinutes(
      'Minutes of the Brackley Green Parish Council meeting held on 4 May 2021\nPresent: Mrs N Yarrow (NY) (Chairman), Mr D Quist (DQ)\n\n4. Vacancies: A leaflet to be delivered to every house before the next meeting. ALL\n',
    ).actions.filter((a) => a.kind === 'explicit');
    expect(found).toEqual([]);
  });
});

// Notes that say how their actions were marked ("Action points are in orange", "Actions in
// bold") lose the colour in the text: each "FirstName to ..." line is then an action.
const marked = (declaration: string, present = 'Present: Nadia, Tomasz, Ines, Bram, 3 guests') =>
  parseMinutes(
    `Notes of the Saturday meeting\n\n${present}\n${declaration}\n\nBudget\n- We went through the costs for the spring.\nTomasz to send the figures to the group.\n\nVenue\n- The hall may close in June.\nInes and Bram to look at other venues.\n`,
  ).actions;

describe('first-name owners under a declared action colour', () => {
  it('reads an attendance list that ends in a count of unnamed people', () => {
    const names = parseMinutes(
      'Notes of the Saturday meeting\n\nPresent: Nadia, Tomasz, Ines, Bram, 3 guests\n\nBudget\nWe went through the costs.\n',
    ).attendees.map((a) => a.name);
    expect(names).toEqual(['Nadia', 'Tomasz', 'Ines', 'Bram']);
  });

  it('reads each "Name to ..." line as an explicit action of that attendee', () => {
    const explicit = marked('Action points are in orange.')
      .filter((a) => a.kind === 'explicit')
      .map((a) => ({ text: a.text.replace(/\.$/, ''), owners: a.owners }));
    expect(explicit).toEqual([
      { text: 'Send the figures to the group', owners: ['Tomasz'] },
      { text: 'Look at other venues', owners: ['Ines', 'Bram'] },
    ]);
  });

  it('reads "Actions in bold" the same way, and offers no suggestion twice', () => {
    const found = marked('Actions in bold.');
    expect(found.filter((a) => a.kind === 'explicit')).toHaveLength(2);
    expect(found.filter((a) => a.kind === 'suggested')).toEqual([]);
  });

  it('leaves the lines as suggestions when no marking is declared', () => {
    expect(marked('').filter((a) => a.kind === 'explicit')).toEqual([]);
  });
});

// Police and fire minutes name an officer by rank and surname ("DCS Hale", "Ch Insp Okafor").
const ranked = (line: string) =>
  parseMinutes(
    `Minutes of the Orton Vale Community Safety Partnership held on 3 May 2022\nPresent: Cllr Joan Smith (JS) Chair, DCS Mark Hale (MH), Chief Inspector Ruth Okafor (RO), Dev Sahni (DS)\n\n1. Burglary\n${line}\n\n2. AOB\nNone.\n`,
  )
    .actions.filter((a) => a.kind === 'explicit')
    .map((a) => a.owners);

describe('an owner by rank and surname', () => {
  it.each([
    ['ACTION: DCS Hale to report back on the review', ['Mark Hale']],
    ['ACTION: Ch Insp Okafor to brief the ward panels', ['Ruth Okafor']],
    ['ACTION: Insp Okafor to brief the ward panels', ['Ruth Okafor']],
    ['ACTION: Supt Hale and Cllr Smith to meet the residents', ['Mark Hale', 'Joan Smith']],
    ['ACTION: Cllrs Smith and Sahni to meet the residents', ['Joan Smith', 'Dev Sahni']],
    ['ACTION: Councillors Smith/Sahni to meet the residents', ['Joan Smith', 'Dev Sahni']],
  ])('reads "%s"', (line, owners) => {
    expect(ranked(line)).toEqual([owners]);
  });

  it('still reads declared initials that look like a rank', () => {
    expect(ranked('ACTION: DS to send the figures')).toEqual([['Dev Sahni']]);
  });

  it('does not take a rank and a surname nobody attending has', () => {
    expect(ranked('ACTION: DCI Brennan to send the figures')).not.toEqual([['Mark Hale']]);
  });
});
