import { useText } from '../../i18n/text-context';

/** Pause Receipts on one site: a real checkbox with the switch role, announced as on/off and drawn as a switch (switch.css). */
export function PauseSwitch({
  host,
  paused,
  onChange,
}: {
  host: string;
  paused: boolean;
  onChange: (paused: boolean) => void;
}) {
  const text = useText();
  return (
    <label class="switch pause-switch">
      <input
        type="checkbox"
        role="switch"
        checked={paused}
        aria-checked={paused}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />{' '}
      {text.t('pauseOn', host)}
    </label>
  );
}
