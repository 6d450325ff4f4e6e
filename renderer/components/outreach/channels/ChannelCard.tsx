import { useId, useState, type FormEvent } from 'react';
import { CHANNEL_STATE_LABEL, CHANNEL_STATE_SYMBOL, channelStateText, markedAgo, shownChannel } from '../../../../shared/outreach/channel-freshness.js';
import { CHANNEL_STATES, type ChannelState } from '../../../../shared/outreach/vocabulary.js';
import { formatRunbookDuration } from '../../../../shared/runbooks/duration.js';
import { useActions } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';
import { TextField } from '../../forms/TextField.js';
import { useForm } from '../../forms/useForm.js';
import type { ChannelRow } from './channelRows.js';

const KIND_WORD: Readonly<Record<ChannelRow['kind'], string>> = {
  email: 'e-mail',
  sms: 'SMS',
  phone: 'phone',
  chat: 'chat',
  sheet: 'printed sheet',
  'status-page': 'status page',
  other: 'other',
};

/**
 * One channel: its state as symbol, word and colour (faded, with what it
 * was, once the mark is too old to believe), who marked it and when, the
 * file's line on how to use it, three buttons to mark it with an optional
 * note, and every mark on demand.
 */
export function ChannelCard({ incidentId, channel, now }: { readonly incidentId: string; readonly channel: ChannelRow; readonly now: number }) {
  const actions = useActions();
  const headingId = useId();
  const form = useForm('note');
  const [note, setNote] = useState('');
  const [said, setSaid] = useState('');
  const shown = shownChannel(channel, now);
  const latest = channel.latest;

  function mark(state: ChannelState) {
    setSaid('');
    form.submit(
      () => actions.markChannel({ incidentId, channelId: channel.channelId, state, note: note.trim() }),
      () => {
        setNote('');
        setSaid(`Marked ${state}.`);
      },
      undefined,
      () => {
        setNote('');
        setSaid(`Your mark (${state}) is kept to send once the link is back.`);
      },
    );
  }

  function pressedEnter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.refuse('note', `Press Working, Failing or Unknown to mark ${channel.name} with this note.`);
  }

  return (
    <article className={`channel-card channel-${shown.state}${shown.stale ? ' channel-stale' : ''}`} aria-labelledby={headingId}>
      <header className="channel-head">
        <h3 id={headingId}>{channel.name}</h3>
        <span className="channel-kind">
          {KIND_WORD[channel.kind]} · believed for {formatRunbookDuration(channel.freshnessMs)}
        </span>
      </header>
      <p className="channel-state">
        <span className="channel-symbol" aria-hidden="true">
          {CHANNEL_STATE_SYMBOL[shown.state]}
        </span>{' '}
        <span className="channel-state-word">{channelStateText(channel, now)}</span>
        {latest !== null && (
          <span className="channel-marked">
            {' '}
            — marked by {latest.by}
            {/* A faded mark's age is in its state already: "Unknown · was Working, 42 min ago". */}
            {!shown.stale && `, ${markedAgo(latest.at, now)}`}
            {latest.note !== '' && `: ${latest.note}`}
          </span>
        )}
      </p>
      {channel.how !== '' && <p className="hint channel-how">{channel.how}</p>}
      {channel.notInFile && <p className="hint">Marked from another laptop&rsquo;s channel file; this laptop&rsquo;s file does not list it.</p>}
      <form className="channel-mark" aria-label={`Mark ${channel.name}`} onSubmit={pressedEnter} noValidate>
        <TextField form={form} name="note" label={
            <>
              Note<span className="visually-hidden"> on {channel.name}</span> (optional)
            </>
          } value={note} onChange={setNote} className="field grow" />
        <div className="channel-mark-buttons" role="group" aria-label={`Mark ${channel.name} as`}>
          {CHANNEL_STATES.map((state) => (
            <button key={state} type="button" className={`channel-button channel-${state}`} aria-label={`Mark ${channel.name} ${state}`} aria-busy={form.pending} onClick={() => mark(state)}>
              <span aria-hidden="true">{CHANNEL_STATE_SYMBOL[state]}</span> {CHANNEL_STATE_LABEL[state]}
            </button>
          ))}
        </div>
        <FormAlert id={form.errorId} message={form.message} />
        <p role="status" className="hint channel-said">
          {said}
        </p>
      </form>
      {channel.history.length > 0 && (
        <details className="channel-history">
          <summary>
            History of {channel.name} ({channel.history.length === 1 ? 'one mark' : `${channel.history.length} marks`})
          </summary>
          <ol aria-label={`Marks of ${channel.name}`}>
            {[...channel.history].reverse().map((entry) => (
              <li key={`${entry.at}-${entry.by}-${entry.state}-${entry.note}`}>
                {CHANNEL_STATE_SYMBOL[entry.state]} {CHANNEL_STATE_LABEL[entry.state]} — {entry.by}, {new Date(entry.at).toLocaleString('en-GB', { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' })} ({markedAgo(entry.at, now)})
                {entry.note !== '' && `: ${entry.note}`}
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}
