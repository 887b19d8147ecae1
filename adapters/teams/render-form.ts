/**
 * The secretariat's add and edit form as an Adaptive Card 1.5, drawn from the core's ActionForm:
 * Input.Text for the text, Input.ChoiceSet (multi-select) of the board's people as owners,
 * Input.ChoiceSet of meetings or Input.Date for when it is due, Input.Toggle for restricted, and
 * an Action.Execute Save that sends the form's intent back with every input (on-card-action.ts).
 *
 * Names shown go through `inert`, as on every card. The text box's value is the action's text
 * as stored: an input is never read as markdown, and what comes back must be what was there.
 */
import type {
  CardElement,
  IAdaptiveCard,
  IChoiceSetInput,
  IExecuteAction,
} from '@microsoft/teams.cards';
import type { ActionForm, ActionFormValues, FormChoice } from '../../src/message.ts';
import { escapeMarkdown, inert } from './escape.ts';
import { CARD_BUDGET_BYTES, INTENT_VERB } from './render.ts';

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

/** The ids of the form's inputs, as Teams sends them back in the invoke's data. */
export const FORM_INPUTS = {
  text: 'form.text',
  owners: 'form.owners',
  due: 'form.due',
  dueDate: 'form.dueDate',
  restricted: 'form.restricted',
} as const;

/** Marks a press as the form's Save (the same intent opens the form when it is absent). */
export const FORM_SUBMIT = 'action-form';

/** `values`: what was sent and refused, shown again so nothing typed is lost. */
export function actionFormCard(
  form: ActionForm,
  problem?: string,
  values?: ActionFormValues,
): IAdaptiveCard {
  const owners = values ? values.owners : form.owners;
  const dueChoice = values ? values.dueChoice : form.due.choice;
  const dueDate = values ? values.dueDate : form.due.date;
  const people: IChoiceSetInput = {
    type: 'Input.ChoiceSet',
    id: FORM_INPUTS.owners,
    label: `Owners from ${inert(form.boardName)}`,
    isMultiSelect: true,
    style: 'filtered',
    placeholder: 'Choose people',
    choices: form.people.map(choice),
    ...(owners.length ? { value: owners.join(',') } : {}),
  };
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: escapeMarkdown(form.title),
      size: 'Large',
      weight: 'Bolder',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text: escapeMarkdown(form.boardName),
      isSubtle: true,
      wrap: true,
      spacing: 'None',
    },
  ];
  if (problem) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: inert(problem) }] }],
    });
  }
  body.push(
    {
      type: 'Input.Text',
      id: FORM_INPUTS.text,
      label: 'What is to be done',
      isMultiline: true,
      maxLength: 1000,
      isRequired: true,
      errorMessage: 'Write what the action is.',
      ...((values?.text ?? form.text) ? { value: values?.text ?? form.text } : {}),
    },
    people,
  );
  if (form.groups.length) {
    body.push({
      type: 'RichTextBlock',
      inlines: [
        {
          type: 'TextRun',
          text: `Group owners kept as they are: ${form.groups.map(inert).join(', ')}`,
          isSubtle: true,
        },
      ],
    });
  }
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: FORM_INPUTS.due,
      label: 'Due at',
      style: 'compact',
      placeholder: 'Choose a meeting',
      choices: form.dueChoices.map((c) => ({ title: inert(c.label), value: c.value })),
      ...(dueChoice ? { value: dueChoice } : {}),
    },
    {
      type: 'Input.Date',
      id: FORM_INPUTS.dueDate,
      label: 'Or due by a date (wins over the meeting)',
      ...(dueDate ? { value: dueDate } : {}),
    },
    {
      type: 'Input.Toggle',
      id: FORM_INPUTS.restricted,
      title: 'Restricted: left out of the public edition',
      valueOn: 'true',
      valueOff: 'false',
      value: (values?.restricted ?? form.restricted) ? 'true' : 'false',
    },
  );
  const save: IExecuteAction = {
    type: 'Action.Execute',
    title: form.submit.kind === 'new_action' ? 'Add' : 'Save',
    verb: INTENT_VERB,
    style: 'positive',
    data: { intent: form.submit, submit: FORM_SUBMIT },
    associatedInputs: 'auto',
  };
  const card: IAdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: escapeMarkdown(form.title),
    msteams: { width: 'full' },
    body,
    actions: [save],
  };
  return withinBudget(card, people, form, owners);
}

const choice = (p: FormChoice) => ({ title: inert(p.label), value: p.value });

/** Room kept for the line saying who was left off the list. */
const LEFT_OFF_LINE = 400;

/**
 * Teams refuses a card over about 28 KB, and a large board's people alone can pass it: then the
 * list stops short, always keeping the owners already chosen (a Save without them would drop
 * them), and a line says how to name anyone else.
 */
function withinBudget(
  card: IAdaptiveCard,
  people: IChoiceSetInput,
  form: ActionForm,
  owners: readonly string[],
): IAdaptiveCard {
  let over = bytes(card) - CARD_BUDGET_BYTES;
  if (over <= 0) return card;
  over += LEFT_OFF_LINE;
  const kept = new Set(owners);
  const dropped = new Set<string>();
  for (const p of [...form.people].reverse()) {
    if (over <= 0) break;
    if (kept.has(p.value)) continue;
    dropped.add(p.value);
    over -= bytes(choice(p)) + 1;
  }
  people.choices = form.people.filter((p) => !dropped.has(p.value)).map(choice);
  const at = card.body.indexOf(people);
  const later =
    form.submit.kind === 'edit_action'
      ? `assign ${form.submit.ref} "Full Name"`
      : 'assign <ref> "Full Name" once it is added';
  card.body.splice(at + 1, 0, {
    type: 'RichTextBlock',
    inlines: [
      {
        type: 'TextRun',
        text: `${people.choices.length} of ${form.people.length} people fit in this list. For anyone else, type ${inert(later)}.`,
        isSubtle: true,
      },
    ],
  });
  return card;
}

/** The invoke response that shows the form in place of the card pressed. */
export const formReply = (card: IAdaptiveCard) => ({
  statusCode: 200 as const,
  type: 'application/vnd.microsoft.card.adaptive' as const,
  value: card as never,
});
