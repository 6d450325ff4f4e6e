import { useEffect, useState } from 'react';
import type { BriefSection } from '../../../../shared/projection/outreach-views.js';
import type { Result } from '../../../../shared/result.js';
import type { OutreachView } from '../../../../shared/projection/outreach-views.js';
import { useActions } from '../../../store/context.js';
import { ianaZoneOf, useClockSetting } from '../../../time/clockSetting.js';

export const DEFAULT_BRIEF_HOURS = 4;

export type BriefComposer = ReturnType<typeof useBriefComposer>;

/**
 * A brief being written for a role: Holdfast's draft (asked again when the
 * hours change), edited line by line, and the open questions. Drafted only
 * while `open`: a hand-over without a brief asks the host nothing.
 */
export function useBriefComposer(incidentId: string, roleId: string, open: boolean) {
  const actions = useActions();
  const [hours, setHours] = useState(DEFAULT_BRIEF_HOURS);
  const [sections, setSections] = useState<readonly BriefSection[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [questions, setQuestions] = useState('');

  useEffect(() => {
    if (!open) return;
    let current = true;
    void actions.draftBrief({ incidentId, roleId, hours, zone: ianaZoneOf(useClockSetting.getState().zone) }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setSections(result.value.sections);
        setFailure(null);
      } else setFailure(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [actions, incidentId, roleId, hours, open]);

  const editSection = (index: number, items: readonly string[]) => setSections((held) => held && held.map((section, at) => (at === index ? { ...section, items } : section)));

  return {
    hours,
    setHours,
    sections,
    failure,
    questions,
    setQuestions,
    removeLine: (index: number, line: number) => editSection(index, sections![index]!.items.filter((_, at) => at !== line)),
    addLine: (index: number, text: string) => editSection(index, [...sections![index]!.items, text]),
    /** Records the brief for `to` (null: going off shift, nobody named). */
    write: (to: string | null): Promise<Result<OutreachView>> =>
      actions.writeBrief({ incidentId, roleId, to, hours, sections: (sections ?? []).map((section) => ({ heading: section.heading, items: [...section.items] })), questions }),
  };
}
