import type { CSSProperties } from 'react';
import { familyOf, type NodeKind } from '../../graph-schema/index.ts';
import { kindLabel } from '../i18n/labels.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { KIND_STYLES } from '../network/kind-style.ts';

/** The kind as a small coloured label, matching the node's colour on the canvas. */
export function KindBadge({ kind }: { readonly kind: NodeKind }) {
  const language = useLanguage();
  const style = { '--kind-color': KIND_STYLES[kind].color } as CSSProperties;
  return (
    <span className={`kind-badge kind-badge--${familyOf(kind)}`} style={style} data-kind={kind}>
      {kindLabel(kind, language)}
    </span>
  );
}
