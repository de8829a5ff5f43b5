import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MENU_ACTIONS = ['expand', 'focus', 'findPaths', 'newRelationship'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

interface Props {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly onAction: (action: MenuAction) => void;
  readonly onClose: () => void;
}

/** The right-click menu of a node; arrow keys move, Escape closes. */
export function NodeMenu({ name, x, y, onAction, onClose }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector('button')?.focus();
  }, []);
  const onKey = (event: KeyboardEvent) => {
    const items = [...(list.current?.querySelectorAll('button') ?? [])];
    const at = items.findIndex((item) => item === document.activeElement);
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else return;
    event.preventDefault();
  };
  const labels: Record<MenuAction, string> = {
    expand: t('explore.expand'),
    focus: t('explore.focus'),
    findPaths: t('explore.findPaths'),
    newRelationship: t('relationship.menu'),
  };
  const position = { '--menu-x': `${x}px`, '--menu-y': `${y}px` } as CSSProperties;
  return (
    <div
      ref={list}
      className="node-menu"
      role="menu"
      aria-label={t('explore.menu', { name })}
      data-testid="node-menu"
      style={position}
      onKeyDown={onKey}
    >
      {MENU_ACTIONS.map((action) => (
        <button
          key={action}
          type="button"
          role="menuitem"
          className="node-menu__item"
          onClick={() => onAction(action)}
        >
          {labels[action]}
        </button>
      ))}
    </div>
  );
}
