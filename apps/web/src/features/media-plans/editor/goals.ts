/** A strategy goal a row can serve, as the goal picker shows it. */
export interface GoalOption {
  readonly id: string;
  readonly statement: string;
  readonly documentTitle: string;
  readonly metric?: string;
  readonly target?: string;
  readonly deadline?: string;
}

/** The brand's goals by id; null while they are loading or could not be loaded. */
export type GoalIndex = ReadonlyMap<string, GoalOption> | null;

/** Indexes goals by id. */
export function indexGoals(goals: readonly GoalOption[] | null | undefined): GoalIndex {
  return goals ? new Map(goals.map((goal) => [goal.id, goal])) : null;
}

/** Finds the goal a pasted value names: its id, or its statement (case and spaces aside). */
export function findGoal(goals: GoalIndex, text: string): GoalOption | null {
  if (!goals) return null;
  const direct = goals.get(text.trim());
  if (direct) return direct;
  const wanted = text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  for (const goal of goals.values()) {
    if (goal.statement.replace(/\s+/g, ' ').trim().toLocaleLowerCase() === wanted) return goal;
  }
  return null;
}

/** A goal's label in lists and cells: its statement, or its metric and target when unnamed. */
export function goalLabel(goal: GoalOption): string {
  const statement = goal.statement.trim();
  if (statement) return statement;
  return [goal.metric, goal.target].filter(Boolean).join(' → ') || goal.id;
}
