/**
 * "Next for me": when a person finishes a step, the next one they can take,
 * so nobody waits to be told (DOMAIN.md: people were handed the next task as
 * they finished one). In order of preference: a ready step already assigned
 * to them; a ready, unassigned step of a role they hold; any ready,
 * unassigned step with no role. Within each, the checklist's dependency
 * order, steps on the critical path first.
 */
import type { ChecklistView, StepView } from '../projection/checklist-views.js';

export interface NextStep {
  readonly checklistId: string;
  readonly checklistTitle: string;
  readonly step: StepView;
  /** Why this one: it is theirs, their role's, or free for anyone. */
  readonly because: 'assigned' | 'role' | 'unassigned';
}

const sameName = (a: string | null, b: string) => a !== null && a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

export function nextStepFor(checklists: readonly ChecklistView[], person: string, heldRoleIds: ReadonlySet<string>): NextStep | null {
  const candidates: { next: NextStep; rank: number; critical: boolean; order: number }[] = [];
  checklists.forEach((checklist, listIndex) => {
    const critical = new Set(checklist.progress.criticalPath);
    checklist.steps.forEach((step, index) => {
      if (step.status !== 'todo' || step.waiting) return;
      const because: NextStep['because'] | null = sameName(step.assignee, person)
        ? 'assigned'
        : step.assignee !== null
          ? null
          : step.role !== null && heldRoleIds.has(step.role)
            ? 'role'
            : step.role === null
              ? 'unassigned'
              : null;
      if (because === null) return;
      const rank = because === 'assigned' ? 0 : because === 'role' ? 1 : 2;
      candidates.push({ next: { checklistId: checklist.id, checklistTitle: checklist.title, step, because }, rank, critical: critical.has(step.id), order: listIndex * 10_000 + index });
    });
  });
  candidates.sort((a, b) => a.rank - b.rank || Number(b.critical) - Number(a.critical) || a.order - b.order);
  return candidates[0]?.next ?? null;
}
