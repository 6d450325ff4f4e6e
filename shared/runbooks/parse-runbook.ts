/**
 * One runbook file, from its text to a Runbook, or to every problem in it at
 * once (so an author fixes them in one pass, not one per try). A runbook with
 * any problem is refused whole: a checklist half right is worse at 3 a.m.
 * than one that says plainly it could not be read.
 */
import { readFrontMatter, splitFrontMatter, type LineProblem, type RunbookHeader } from './front-matter.js';
import { readRunbookBody } from './runbook-body.js';
import { GENERATED_STEP_ID, type ParsedRunbook, type RunbookProblem, type Step } from './runbook.js';
import { stepGraphProblems } from './step-graph.js';

/** `file` is how problems and the UI name the file; it is not read. */
export function parseRunbook(text: string, file: string): ParsedRunbook {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const refuse = (problems: readonly LineProblem[]): ParsedRunbook => ({
    ok: false,
    problems: [...problems].sort((a, b) => a.line - b.line).map((problem): RunbookProblem => ({ file, ...problem })),
  });

  const split = splitFrontMatter(normalised);
  if ('reason' in split) return refuse([split]);

  const problems: LineProblem[] = [];
  const header = readFrontMatter(split.frontMatter, split.frontMatterLine);
  if (Array.isArray(header)) problems.push(...header);

  const body = readRunbookBody(split.body, split.bodyLine);
  problems.push(...body.problems);
  if (body.steps.length === 0) {
    problems.push({ line: split.bodyLine, reason: 'this runbook has no steps: write each step as an item of a list ("1. Fence the old primary")' });
  }
  problems.push(...stepGraphProblems(body.steps), ...referencesToUnwrittenIds(body.steps));
  if (!Array.isArray(header)) problems.push(...rolesOutsideHeader(body.steps, header));

  if (problems.length > 0 || Array.isArray(header)) return refuse(problems);
  return { ok: true, runbook: { ...header, steps: body.steps, file } };
}

/** `needs: step-3` would silently follow whatever step is third after the next edit. */
function referencesToUnwrittenIds(steps: readonly Step[]): LineProblem[] {
  return steps.flatMap((step) =>
    step.needs
      .filter((need) => GENERATED_STEP_ID.test(need))
      .map((need) => ({
        line: step.line,
        reason: `"needs: ${need}" points at a step by its position; give that step an id, like {#restore-db}, and need it by that id`,
      })),
  );
}

function rolesOutsideHeader(steps: readonly Step[], header: RunbookHeader): LineProblem[] {
  return steps
    .filter((step) => step.role !== null && !header.roles.includes(step.role))
    .map((step) => ({
      line: step.line,
      reason: `the role "${step.role}" is not one of this runbook's roles (${header.roles.join(', ')}); add it to "roles" or correct it`,
    }));
}
