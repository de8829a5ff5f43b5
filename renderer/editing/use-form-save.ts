import { useState } from 'react';
import { serverErrors } from '../details/interaction-form.ts';

/**
 * Runs a form's request with the busy flag set: problems the backend names by
 * field go next to their fields, anything else to `onError`.
 */
export function useFormSave(
  setErrors: (errors: Partial<Record<string, string>>) => void,
  onError: (error: unknown) => void,
): { saving: boolean; save: (work: () => Promise<void>) => Promise<void> } {
  const [saving, setSaving] = useState(false);
  const save = async (work: () => Promise<void>): Promise<void> => {
    setSaving(true);
    try {
      await work();
    } catch (error) {
      const fields = serverErrors(error);
      if (fields) setErrors(fields);
      else onError(error);
    } finally {
      setSaving(false);
    }
  };
  return { saving, save };
}
