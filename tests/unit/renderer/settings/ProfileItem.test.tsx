// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { ProfileItem } from '../../../../renderer/settings/ProfileItem.tsx';
import type { ProfileRow } from '../../../../renderer/settings/use-profiles.ts';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';

let backend: InProcessBackend;
beforeAll(async () => {
  backend = await startInProcessBackend({ profiles: true });
});
afterEach(cleanup);
afterAll(async () => backend.close());

const TEAM: ProfileRow = {
  id: 'team',
  name: 'Team graph',
  uri: 'neo4j+s://graph.example.com',
  user: 'neo4j',
  database: 'neo4j',
  hasPassword: true,
};

function line(profile: ProfileRow, sessionOnly: boolean, language: 'en' | 'de' = 'en') {
  const actions = { onEdit: vi.fn(), onChanged: vi.fn(), onError: vi.fn() };
  renderWithBackend(
    <ProfileItem profile={profile} active={false} sessionOnly={sessionOnly} {...actions} />,
    backend.api,
    language,
  );
  const text = screen.getByRole('listitem', { name: profile.name }).textContent ?? '';
  cleanup();
  return text;
}

describe('ProfileItem', () => {
  it('says "saved" only where the keyring keeps the password beyond this session', () => {
    expect(line(TEAM, false)).toContain('password saved');
    expect(line(TEAM, true)).toContain('password kept for this session');
    expect(line(TEAM, true)).not.toContain('password saved');
    expect(line(TEAM, true, 'de')).toContain('Passwort nur für diese Sitzung');
    expect(line({ ...TEAM, hasPassword: false }, true)).toContain('no password');
  });
});
