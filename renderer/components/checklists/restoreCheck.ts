/**
 * What finishing a step that restores services offers to record: a hand
 * check of each (DOMAIN.md: a service is back when a person has looked, not
 * when the runbook says so), up by default, with the step as its evidence.
 * The services not on the incident's board are named, to bring onto it
 * first.
 */
import type { ServiceBoardView } from '../../../shared/projection/board-views.js';
import type { StepView } from '../../../shared/projection/checklist-views.js';

export interface RestoreCheckPlan {
  /** Every service the step restores, as people read them. */
  readonly names: readonly string[];
  /** Of those, the ids on the board and the ids not on it yet. */
  readonly onBoard: readonly string[];
  readonly offBoard: readonly string[];
  readonly evidence: string;
}

export function restoreCheckPlan(step: Pick<StepView, 'title' | 'restores'>, board: ServiceBoardView, catalogueNames: ReadonlyMap<string, string>): RestoreCheckPlan {
  const onBoard = step.restores.filter((id) => board.services.some((service) => service.id === id));
  const nameOf = (id: string) => board.services.find((service) => service.id === id)?.name ?? catalogueNames.get(id) ?? id;
  return {
    names: step.restores.map(nameOf),
    onBoard,
    offBoard: step.restores.filter((id) => !onBoard.includes(id)),
    evidence: `Step done: ${step.title}`.slice(0, 1_000),
  };
}

/** "Primary database, Checkout": the names in the order the step gives them. */
export function listOf(names: readonly string[]): string {
  return names.join(', ');
}
