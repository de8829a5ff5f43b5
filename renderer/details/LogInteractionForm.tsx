import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERACTION_CHANNELS, type StakeholderNode } from '../../graph-schema/index.ts';
import { useApi } from '../app/api-context.ts';
import { today } from '../paths/use-paths.ts';
import {
  checkInteraction,
  serverErrors,
  toInteraction,
  type FieldErrors,
  type InteractionDraft,
} from './interaction-form.ts';

/** Sentiment -1..1 in five steps, named for people. */
const SENTIMENTS = [
  ['-1', 'bad'],
  ['-0.5', 'ratherBad'],
  ['0', 'neutral'],
  ['0.5', 'good'],
  ['1', 'veryGood'],
] as const;

interface Props {
  readonly node: StakeholderNode;
  /** Who the interaction can have been with. */
  readonly people: readonly StakeholderNode[];
  readonly onError: (error: unknown) => void;
}

/** The closed loop: log a meeting or call; the backend updates last contact. */
export function LogInteractionForm({ node, people, onError }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const empty: InteractionDraft = {
    date: today(),
    channel: 'meeting',
    other: '',
    summary: '',
    sentiment: '',
  };
  const [draft, setDraft] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<'idle' | 'saving' | number>('idle');
  const set = (patch: Partial<InteractionDraft>) => setDraft({ ...draft, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toInteraction(node.id, draft);
    const found = checkInteraction(input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setStatus('saving');
    try {
      const logged = await api['graph:log-interaction'](input);
      setDraft(empty);
      setStatus(logged.relationshipsTouched);
    } catch (error) {
      setStatus('idle');
      const fields = serverErrors(error);
      if (fields) setErrors(fields);
      else onError(error);
    }
  };

  const field = (name: keyof FieldErrors, label: string, control: ReactNode) => (
    <label className="form__field" data-field={name}>
      <span>{label}</span>
      {control}
      {errors[name] && (
        <span className="form__error" role="alert" id={`interaction-${name}-error`}>
          {errors[name]}
        </span>
      )}
    </label>
  );
  const described = (name: keyof FieldErrors) => ({
    'aria-invalid': errors[name] !== undefined,
    'aria-describedby': errors[name] ? `interaction-${name}-error` : undefined,
  });

  return (
    <form
      className="form"
      onSubmit={(event) => void submit(event)}
      data-testid="interaction-form"
      noValidate
    >
      {field(
        'date',
        t('interaction.date'),
        <input
          type="date"
          value={draft.date}
          onChange={(e) => set({ date: e.target.value })}
          {...described('date')}
        />,
      )}
      {field(
        'channel',
        t('interaction.channel'),
        <select
          value={draft.channel}
          onChange={(e) => set({ channel: e.target.value as InteractionDraft['channel'] })}
        >
          {INTERACTION_CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`interaction.channels.${channel}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'participants',
        t('interaction.with'),
        <select
          value={draft.other}
          onChange={(e) => set({ other: e.target.value })}
          {...described('participants')}
        >
          <option value="">{t('interaction.choose')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        'summary',
        t('interaction.summary'),
        <textarea
          rows={3}
          value={draft.summary}
          onChange={(e) => set({ summary: e.target.value })}
          {...described('summary')}
        />,
      )}
      {field(
        'sentiment',
        t('interaction.sentiment'),
        <select value={draft.sentiment} onChange={(e) => set({ sentiment: e.target.value })}>
          <option value="">–</option>
          {SENTIMENTS.map(([value, name]) => (
            <option key={value} value={value}>
              {t(`interaction.sentiments.${name}`)}
            </option>
          ))}
        </select>,
      )}
      <button type="submit" className="button button--primary" disabled={status === 'saving'}>
        {status === 'saving' ? t('interaction.saving') : t('interaction.save')}
      </button>
      {typeof status === 'number' && (
        <p className="muted" role="status" data-testid="interaction-logged">
          {t('interaction.logged', { count: status })}
        </p>
      )}
    </form>
  );
}
