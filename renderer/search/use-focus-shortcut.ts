import { useEffect, type RefObject } from 'react';

/** Ctrl+K (Cmd+K on macOS) focuses the given field from anywhere in the window. */
export function useFocusShortcut(target: RefObject<HTMLInputElement | null>, key = 'k') {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== key || !(event.ctrlKey || event.metaKey)) return;
      if (event.altKey || event.shiftKey) return;
      event.preventDefault();
      target.current?.focus();
      target.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [target, key]);
}

export function shortcutModifier(platform = navigator.platform): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl';
}
