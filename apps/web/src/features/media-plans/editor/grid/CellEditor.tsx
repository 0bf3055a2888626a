import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { Column } from '../columns';
import { goalLabel, type GoalOption } from '../goals';
import type { EditState } from './cell-editing';
import { PRICING, type GridShared } from './grid-shared';

/** The open editor of a cell: a picker for pricing and goal, a text input otherwise. */
export function CellEditor({
  column,
  edit,
  shared,
  errorId,
}: {
  column: Column;
  edit: EditState;
  shared: GridShared;
  errorId: string;
}) {
  const label = shared.columnLabel(column);
  const invalid = edit.problem !== null;
  const common = {
    className: 'mp-input',
    'aria-label': label,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? errorId : undefined,
    onKeyDown: shared.onEditKeyDown,
    onBlur: shared.onEditBlur,
  };
  let control: ReactNode;
  if (column.kind === 'field' && column.key === 'pricing') {
    control = (
      <select
        {...common}
        autoFocus
        value={edit.text}
        onChange={(event) => shared.onEditText(event.currentTarget.value)}
      >
        {PRICING.map((model) => (
          <option key={model} value={model}>
            {shared.pricingLabel(model)}
          </option>
        ))}
      </select>
    );
  } else if (column.kind === 'field' && column.key === 'goal') {
    control = <GoalPicker common={common} edit={edit} shared={shared} />;
  } else {
    control = (
      <input
        {...common}
        autoFocus
        dir="auto"
        inputMode={column.kind === 'period' && shared.metric !== 'note' ? 'decimal' : undefined}
        value={edit.text}
        onChange={(event) => shared.onEditText(event.currentTarget.value)}
        onFocus={(event) => {
          const input = event.currentTarget;
          input.setSelectionRange(input.value.length, input.value.length);
        }}
      />
    );
  }
  return (
    <>
      {control}
      {edit.problem ? (
        <span id={errorId} role="alert" className="mp-error">
          {shared.problemText(edit.problem)}
        </span>
      ) : null}
    </>
  );
}

/** The brand's goals grouped by strategy; a goal that is gone stays chosen, marked removed. */
function GoalPicker({
  common,
  edit,
  shared,
}: {
  common: ComponentPropsWithoutRef<'select'>;
  edit: EditState;
  shared: GridShared;
}) {
  const options = shared.goalOptions ?? [];
  const byStrategy = new Map<string, GoalOption[]>();
  for (const goal of options) {
    const list = byStrategy.get(goal.documentTitle) ?? [];
    list.push(goal);
    byStrategy.set(goal.documentTitle, list);
  }
  const known = edit.text === '' || options.some((goal) => goal.id === edit.text);
  return (
    <select
      {...common}
      autoFocus
      value={edit.text}
      onChange={(event) => shared.onEditText(event.currentTarget.value)}
    >
      <option value="">{shared.noGoal}</option>
      {!known ? (
        <option value={edit.text}>{shared.goals ? shared.goalRemoved : edit.text}</option>
      ) : null}
      {[...byStrategy].map(([title, goals]) => (
        <optgroup key={title} label={title}>
          {goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goalLabel(goal)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
