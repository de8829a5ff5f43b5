// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { SearchBox } from '../../../../renderer/search/SearchBox.tsx';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';

let backend: InProcessBackend;

beforeAll(async () => {
  backend = await startInProcessBackend();
  await backend.api['demo:load-network']({});
});
afterEach(cleanup);
afterAll(async () => backend.close());

function searchField(name: string) {
  const input = screen.getByRole('combobox', { name }) as HTMLInputElement;
  fireEvent.focus(input);
  return input;
}

describe('SearchBox', () => {
  it('finds stakeholders in the store and picks one with the keyboard', async () => {
    const onSelect = vi.fn();
    renderWithBackend(<SearchBox onSelect={onSelect} onError={vi.fn()} />, backend.api);
    const input = searchField('Search stakeholders');
    fireEvent.change(input, { target: { value: 'Hansa' } });

    const list = await screen.findByRole('listbox', { name: 'Search results' });
    const options = await within(list).findAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    expect(options[0]?.textContent).toContain('Customer');
    expect(input.getAttribute('aria-expanded')).toBe('true');

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });

    expect(onSelect).toHaveBeenCalledTimes(1);
    const hit = onSelect.mock.calls[0]?.[0] as { name: string; kind: string };
    expect(hit.kind).toBe('Customer');
    expect(options[0]?.textContent).toContain(hit.name);
    expect(input.value).toBe('');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('wraps around with the arrow keys', async () => {
    renderWithBackend(<SearchBox onSelect={vi.fn()} onError={vi.fn()} />, backend.api);
    const input = searchField('Search stakeholders');
    fireEvent.change(input, { target: { value: 'Hansa' } });
    const options = await screen.findAllByRole('option');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(options.at(-1)?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
  });

  it('says when nothing matches, and Escape first closes the list, then clears', async () => {
    renderWithBackend(<SearchBox onSelect={vi.fn()} onError={vi.fn()} />, backend.api, 'de');
    const input = searchField('Stakeholder suchen');
    fireEvent.change(input, { target: { value: 'qqqxxyz' } });
    expect(await screen.findByText('Kein Stakeholder passt zu „qqqxxyz“.')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('qqqxxyz');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
  });

  it('reports a rejected search through onError with the backend’s message', async () => {
    const onError = vi.fn();
    renderWithBackend(<SearchBox onSelect={vi.fn()} onError={onError} />, backend.api);
    const input = searchField('Search stakeholders');
    // The contract caps search text at 200 characters; the backend refuses longer input.
    fireEvent.change(input, { target: { value: 'x'.repeat(201) } });
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect((onError.mock.calls[0]?.[0] as Error).message).toContain('200 characters');
  });

  it('is focused by Ctrl+K from anywhere in the window', () => {
    renderWithBackend(<SearchBox onSelect={vi.fn()} onError={vi.fn()} />, backend.api);
    const input = screen.getByRole('combobox');
    expect(document.activeElement).not.toBe(input);
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(input);
  });
});
