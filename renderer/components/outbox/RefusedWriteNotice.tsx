import type { OutboxWrite } from '../../api/outboxWrite.js';
import { useActions } from '../../store/context.js';
import { CopyButton } from '../controls/CopyButton.js';
import { QUEUED_WRITE_LABEL, typedWords } from './outboxWords.js';

/** The host's reason for refusing a write that waited, with the typed words to copy and a way to take it off the page. */
export function RefusedWriteNotice({ write }: { readonly write: OutboxWrite }) {
  const actions = useActions();
  const words = typedWords(write.input);
  const what = QUEUED_WRITE_LABEL[write.method];
  return (
    <div className="outbox-refused">
      <p>
        <strong>Not recorded:</strong> {write.refusal}
      </p>
      <div className="outbox-refused-actions">
        {words !== '' && <CopyButton text={words} what={`the words of this ${what.toLowerCase()}`} />}
        <button type="button" className="quiet" onClick={() => void actions.dismissWrite(write.key)} aria-label={`Dismiss the refused ${what.toLowerCase()}`}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
