import { useEffect, useRef, useState } from 'preact/hooks';
import { COMPLAINTS, type Complaint } from '../flags/flag';
import type { FlagReport } from '../flags/flag-request';
import type { MessageKey } from '../i18n/catalog';
import { useText } from '../i18n/text-context';

// "Does this look wrong?": what the reader says is wrong, for the card and the sidebar's check
// panel. The form says only what the reader ticked and wrote; the background adds the verdict and
// evidence itself, and the page's address only when the box below is ticked (off unless they do).

const COMPLAINT_WORDS: Record<Complaint, MessageKey> = {
  verdict: 'flagVerdict',
  quote: 'flagQuote',
  date: 'flagDate',
  speaker: 'flagSpeaker',
};

export type FlagStep =
  | { step: 'closed' }
  | { step: 'open' }
  | { step: 'sending' }
  | { step: 'kept' }
  | { step: 'failed'; error: string };

/** The form's steps: closed, open, sending, kept (thanks), failed (the form stays, with the reason). */
export function useFlagging(
  onFlag: ((report: FlagReport) => Promise<void>) | undefined,
  onOpen?: (open: boolean) => void,
) {
  const [state, setState] = useState<FlagStep>({ step: 'closed' });
  const move = (next: FlagStep) => {
    setState(next);
    onOpen?.(next.step === 'open' || next.step === 'sending' || next.step === 'failed');
  };
  return {
    state,
    open: () => move({ step: 'open' }),
    cancel: () => move({ step: 'closed' }),
    submit: (report: FlagReport) => {
      if (!onFlag) return;
      move({ step: 'sending' });
      onFlag(report).then(
        () => move({ step: 'kept' }),
        (error: unknown) =>
          move({ step: 'failed', error: error instanceof Error ? error.message : String(error) }),
      );
    },
  };
}

export interface FlagFormProps {
  /** Keeps the ids apart where two forms could share a document. */
  idPrefix: string;
  sending: boolean;
  error: string | null;
  onSubmit: (report: FlagReport) => void;
  onCancel: () => void;
}

export function FlagForm({ idPrefix, sending, error, onSubmit, onCancel }: FlagFormProps) {
  const text = useText();
  const [complaints, setComplaints] = useState<Complaint[]>([]);
  const [note, setNote] = useState('');
  const [includeAddress, setIncludeAddress] = useState(false);
  const [asked, setAsked] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus({ preventScroll: true }), []);

  const toggle = (complaint: Complaint, on: boolean) =>
    setComplaints((now) => (on ? [...now, complaint] : now.filter((c) => c !== complaint)));
  const missing = asked && complaints.length === 0;
  const legendId = `${idPrefix}-flag-legend`;

  return (
    <form
      class="flag-form"
      aria-labelledby={legendId}
      onSubmit={(event) => {
        event.preventDefault();
        setAsked(true);
        if (complaints.length > 0) onSubmit({ complaints, note, includeAddress });
      }}
    >
      <fieldset aria-describedby={missing ? `${idPrefix}-flag-missing` : undefined}>
        <legend id={legendId}>{text.t('flagWhatIsWrong')}</legend>
        <div class="flag-complaints">
          {COMPLAINTS.map((complaint, i) => (
            <label key={complaint}>
              <input
                type="checkbox"
                name="complaint"
                value={complaint}
                ref={i === 0 ? first : undefined}
                checked={complaints.includes(complaint)}
                onChange={(event) => toggle(complaint, (event.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {text.t(COMPLAINT_WORDS[complaint])}
            </label>
          ))}
        </div>
        {missing ? (
          <p class="flag-missing" id={`${idPrefix}-flag-missing`} role="alert">
            {text.t('flagPickOne')}
          </p>
        ) : null}
      </fieldset>
      <label class="flag-note">
        {text.t('flagNote')}
        <textarea
          name="note"
          rows={2}
          maxLength={2000}
          value={note}
          onInput={(event) => setNote((event.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <label class="flag-address">
        <input
          type="checkbox"
          name="include-address"
          checked={includeAddress}
          onChange={(event) => setIncludeAddress((event.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {text.t('flagIncludeAddress')}
      </label>
      {error ? (
        <p class="flag-failed" role="alert">
          {text.t('flagFailed', error)}
        </p>
      ) : null}
      <div class="flag-actions">
        <button type="submit" class="flag-send" disabled={sending}>
          {text.t('flagSend')}
        </button>
        <button type="button" class="flag-cancel" onClick={onCancel}>
          {text.t('flagCancel')}
        </button>
      </div>
      <p class="flag-private">{text.t('flagPrivate')}</p>
    </form>
  );
}
