import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ImportPreview,
  ImportProgressEvent,
  ImportSummaryView,
  StagedFile,
} from '../../shared/domain/import.schema.ts';
import { XrmError } from '../../shared/errors.ts';
import { humanMessage } from '../api/to-xrm-error.ts';
import { useApi } from '../app/api-context.ts';
import { uploadFile } from './upload-file.ts';
import { duplicateFields, withChoice } from './column-choices.ts';
import {
  DEFAULT_OPTIONS,
  guessCollection,
  toRequest,
  withOptions,
  type WizardOptions,
} from './wizard-state.ts';

export type Step = 'choose' | 'preview' | 'running' | 'summary';

/** The wizard's flow: stage → preview (again on every option change) → run → summary. */
export function useImportWizard() {
  const api = useApi();
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('choose');
  const [queue, setQueue] = useState<readonly StagedFile[]>([]);
  const [options, setOptions] = useState<WizardOptions>(DEFAULT_OPTIONS);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [summary, setSummary] = useState<ImportSummaryView | null>(null);
  const [progress, setProgress] = useState<ImportProgressEvent | null>(null);
  const [busy, setBusy] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const staged = useRef(new Set<string>());
  // Only the newest preview is shown: an answer to an older choice arriving late is dropped.
  const latest = useRef(0);
  const current = queue[0] ?? null;
  const say = useCallback(
    (error: unknown) => setProblem(humanMessage(error, t('errors.unexpected'))),
    [t],
  );

  const loadPreview = async (file: StagedFile, next: WizardOptions) => {
    const asked = ++latest.current;
    setBusy(true);
    try {
      const answer = await api['import:preview'](toRequest(file, next));
      if (asked !== latest.current) return;
      setPreview(answer);
      setProblem(null);
      setStep('preview');
    } catch (error) {
      if (asked === latest.current) say(error);
    } finally {
      if (asked === latest.current) setBusy(false);
    }
  };

  /** A new mapping is previewed at once; one with a field taken twice waits for a fix. */
  const remap = (next: WizardOptions) => {
    setOptions(next);
    const clash = next.mapping !== null && duplicateFields(next.mapping).size > 0;
    if (current && !clash) void loadPreview(current, next);
  };

  const start = async (files: readonly StagedFile[]) => {
    const first = files[0];
    if (!first) return;
    for (const file of files) staged.current.add(file.id);
    setQueue(files);
    const next = fresh(options, first);
    setOptions(next);
    await loadPreview(first, next);
  };

  const guarded = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      say(error);
    } finally {
      setBusy(false);
    }
  };

  const discard = (ids: readonly string[]) => {
    for (const id of ids) {
      staged.current.delete(id);
      api['import:discard']({ file: id }).catch(() => undefined);
    }
  };

  return {
    step,
    current,
    nextName: queue[1]?.name ?? null,
    options,
    preview,
    summary,
    progress,
    busy,
    cancelling,
    problem,
    dismissProblem: () => setProblem(null),
    pick: () => guarded(async () => start((await api['import:pick-files']({})).files)),
    upload: (files: readonly File[]) =>
      guarded(async () => {
        const uploaded: StagedFile[] = [];
        for (const file of files) uploaded.push(await uploadFile(file));
        await start(uploaded);
      }),
    changeOptions: (changed: WizardOptions) => {
      const next = withOptions(options, changed);
      setOptions(next);
      if (step === 'preview' && current) void loadPreview(current, next);
    },
    mapColumn: (header: string, choice: string) => {
      if (!preview) return;
      remap({ ...options, mapping: withChoice(options.mapping, preview.columns, header, choice) });
    },
    resetMapping: () => remap({ ...options, mapping: null, remembered: false }),
    run: async () => {
      if (!current) return;
      setStep('running');
      setProgress(null);
      const off = api.on('import:progress', (event) => {
        if (event.file === current.id) setProgress(event);
      });
      try {
        setSummary(await api['import:run'](toRequest(current, options)));
        setStep('summary');
      } catch (error) {
        if (error instanceof XrmError && error.code === 'cancelled') {
          setProblem(t('importWizard.cancelled'));
        } else say(error);
        setStep('preview');
      } finally {
        off();
        setCancelling(false);
      }
    },
    cancel: () => {
      if (!current) return;
      setCancelling(true);
      api['import:cancel']({ file: current.id }).catch(say);
    },
    next: async () => {
      if (current) discard([current.id]);
      const rest = queue.slice(1);
      setQueue(rest);
      setSummary(null);
      const first = rest[0];
      if (!first) return setStep('choose');
      const next = fresh(options, first);
      setOptions(next);
      await loadPreview(first, next);
    },
    reset: () => {
      discard([...staged.current]);
      setQueue([]);
      setPreview(null);
      setSummary(null);
      setProblem(null);
      setStep('choose');
    },
    /** Staged files are forgotten (uploads deleted) when the wizard closes. */
    discardAll: () => discard([...staged.current]),
  };
}

/** Each new file starts from the import's own mapping (a remembered one, if any). */
function fresh(options: WizardOptions, file: StagedFile): WizardOptions {
  return {
    ...options,
    as: guessCollection(file.name, options.as),
    mapping: null,
    remembered: true,
  };
}
