import { useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { REVIEW_SECTION_HINT, REVIEW_SECTION_LABEL, type ReviewSection } from '../../../shared/postmortem/review.js';
import type { SectionView } from '../../../shared/projection/postmortem-views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { draftKey, useStoredDraft } from '../forms/useDraft.js';
import { useForm } from '../forms/useForm.js';
import { LastWritten } from './LastWritten.js';
import { OvertakenNotice } from './OvertakenNotice.js';
import { WrittenAtOnceNotice } from './WrittenAtOnceNotice.js';
import { followSection, openDraft, overtakenBy, savedDraft, typed, type SectionDraft } from './sectionDraft.js';

/**
 * One section people write, saved on its own (Save, or Ctrl+Enter), so
 * several people write different sections at once from their own laptops.
 * Each save says which version its writer saw; see sectionDraft.ts for how
 * a version saved elsewhere meets what is being typed here.
 */
export function SectionEditor({
  incidentId,
  section,
  current,
  fallback = '',
}: {
  readonly incidentId: string;
  readonly section: ReviewSection;
  readonly current: SectionView | undefined;
  /** What an unwritten section starts from. */
  readonly fallback?: string;
}) {
  const scope = draftKey(incidentId, 'postmortem', section);
  const form = useForm('text', scope);
  const { id, pending } = form;
  const actions = useActions();
  // Kept with the revision it was opened from, so a draft brought back after a reload is still judged against what the person read.
  const [draft, setDraft] = useStoredDraft<SectionDraft>(scope, () => openDraft(current, fallback), typed);
  const [said, setSaid] = useState('');
  const saveMineButton = useRef<HTMLButtonElement>(null);

  // Follows the host while nothing is typed; adjusted during render, as React advises for state derived from props.
  const followed = followSection(draft, current, fallback);
  if (followed !== draft) setDraft(followed);
  const theirs = pending ? null : overtakenBy(followed, current);
  const label = REVIEW_SECTION_LABEL[section];

  function save(replaces: string | null) {
    const sent = followed.text;
    setSaid('');
    form.submit(
      () => actions.writeReviewSection({ incidentId, section, text: sent, replaces }),
      (incident) => {
        const saved = incident.review.sections[section];
        if (saved) setDraft((now) => savedDraft(saved, sent, now.text));
        setSaid('Saved.');
      },
      undefined,
      () => setSaid('Waiting to send: saved once the host answers.'),
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Overtaken: nothing is replaced by a keystroke; the keyboard goes to the choice, which is read out.
    if (theirs) saveMineButton.current?.focus();
    else save(followed.openedRevision);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }

  function type(text: string) {
    setDraft((now) => ({ ...now, text }));
    setSaid('');
    form.clear();
  }

  return (
    <section className="postmortem-part section-editor" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <label htmlFor={`${id}-text`}>{label}</label>
      </h2>
      <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
        <p id={`${id}-hint`} className="hint">
          {REVIEW_SECTION_HINT[section]}
        </p>
        <textarea
          ref={form.control('text')}
          id={`${id}-text`}
          className="section-text"
          value={followed.text}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
          rows={5}
          aria-invalid={form.invalid('text') || undefined}
          aria-describedby={form.describedBy('text', `${id}-hint`, `${id}-written`, `${id}-keys`)}
        />
        <FormAlert id={form.errorId} message={form.message} />
        {theirs ? (
          <OvertakenNotice
            theirs={theirs}
            pending={pending}
            saveMineButton={saveMineButton}
            onSaveMine={() => save(theirs.revision)}
            onUseTheirs={() => {
              setDraft(openDraft(theirs, fallback));
              form.focus('text');
            }}
          />
        ) : (
          <div className="section-actions">
            <button type="submit" className={typed(followed) ? 'primary' : undefined} aria-busy={pending}>
              Save
            </button>
            <span id={`${id}-keys`} className="hint">
              or <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
            </span>
            <span role="status" className="section-said">
              {said}
            </span>
          </div>
        )}
        <LastWritten id={`${id}-written`} section={current} />
        <WrittenAtOnceNotice
          versions={current?.writtenAtOnce ?? []}
          onAddToField={(text) => {
            type(followed.text.trim() === '' ? text : `${followed.text.trimEnd()}\n\n${text}`);
            form.focus('text');
          }}
        />
      </form>
    </section>
  );
}
