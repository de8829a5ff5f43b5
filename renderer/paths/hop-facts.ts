import type { TFunction } from 'i18next';
import type { Language } from '../../graph-schema/index.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { valueLabel } from '../i18n/labels.ts';
import type { PathHop } from './path-scene.ts';

/**
 * Why a hop weighs what it does, as short phrases: strength, last contact,
 * and for the person reached their stance, consent and where the record came from.
 */
export function hopFacts(hop: PathHop, language: Language, t: TFunction): string[] {
  const facts = [t('paths.strength', { value: formatNumber(hop.strength, language, 2) })];
  facts.push(
    hop.lastContact === null
      ? t('paths.noContact')
      : t('paths.lastContact', { date: formatDate(hop.lastContact, language) }),
  );
  const { stance, consent, source } = hop.reached;
  if (stance !== null)
    facts.push(t('paths.stance', { value: valueLabel('stance', stance, language) }));
  if (consent !== null) {
    facts.push(t('paths.consent', { value: valueLabel('consent', consent, language) }));
  }
  if (source !== null) facts.push(t('paths.source', { value: source }));
  return facts;
}
