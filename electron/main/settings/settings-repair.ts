import {
  DATABASE_PATTERN,
  MAX_RECENT_FILES,
  NEO4J_URI_PATTERN,
  PROFILE_ID_PATTERN,
  THEMES,
  matchLanguage,
  type ActiveStore,
  type Neo4jProfile,
  type Settings,
} from './settings-schema.ts';
import type { WindowState } from '../window-bounds.ts';

/**
 * Turns whatever a settings file holds into settings the schema accepts,
 * keeping every value that is still meaningful. electron-store refuses to open
 * a file its schema rejects, so without this a hand-edited or pre-release file
 * would stop the app from starting. Fields that are not settings — above all a
 * `password` an early build may have written into a profile — are dropped.
 */
export function repairSettings(raw: unknown, defaults: Settings): Settings {
  const source = isRecord(raw) ? raw : {};
  const neo4jProfiles = repairProfiles(source['neo4jProfiles']);
  const repaired: Settings = {
    language: repairLanguage(source['language'], defaults.language),
    theme: THEMES.find((theme) => theme === source['theme']) ?? defaults.theme,
    recentFiles: repairRecentFiles(source['recentFiles']),
    activeStore: repairActiveStore(source['activeStore'], neo4jProfiles, defaults.activeStore),
    neo4jProfiles,
  };
  const windowState = repairWindowState(source['windowState']);
  return windowState ? { ...repaired, windowState } : repaired;
}

function repairLanguage(value: unknown, fallback: Settings['language']): Settings['language'] {
  // Pre-release builds stored the full locale ("de-DE").
  return (typeof value === 'string' && matchLanguage(value)) || fallback;
}

function repairRecentFiles(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const files = value.filter(
    (file): file is string => typeof file === 'string' && file.length > 0 && file.length <= 4096,
  );
  return [...new Set(files)].slice(0, MAX_RECENT_FILES);
}

function repairProfiles(value: unknown): Neo4jProfile[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const profiles: Neo4jProfile[] = [];
  for (const entry of value.slice(0, 50)) {
    const profile = repairProfile(entry);
    if (!profile || seen.has(profile.id)) continue;
    seen.add(profile.id);
    profiles.push(profile);
  }
  return profiles;
}

function repairProfile(entry: unknown): Neo4jProfile | undefined {
  if (!isRecord(entry)) return undefined;
  const { id, name, uri, user } = entry;
  const database = entry['database'] ?? 'neo4j';
  const ok =
    matches(id, PROFILE_ID_PATTERN) &&
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= 100 &&
    typeof uri === 'string' &&
    uri.length <= 500 &&
    matches(uri, NEO4J_URI_PATTERN) &&
    typeof user === 'string' &&
    user.length > 0 &&
    user.length <= 200 &&
    matches(database, DATABASE_PATTERN);
  return ok ? { id, name, uri, user, database } : undefined;
}

function repairActiveStore(
  value: unknown,
  profiles: readonly Neo4jProfile[],
  fallback: ActiveStore,
): ActiveStore {
  if (!isRecord(value)) return fallback;
  if (value['kind'] === 'embedded' && typeof value['path'] === 'string' && value['path'] !== '') {
    return { kind: 'embedded', path: value['path'] };
  }
  const profileId = value['profileId'];
  if (value['kind'] === 'neo4j' && profiles.some((p) => p.id === profileId)) {
    return { kind: 'neo4j', profileId: profileId as string };
  }
  return fallback;
}

function repairWindowState(value: unknown): WindowState | undefined {
  if (!isRecord(value) || !isRecord(value['bounds'])) return undefined;
  const { x, y, width, height } = value['bounds'];
  if (
    !isFiniteNumber(x) ||
    !isFiniteNumber(y) ||
    !isFiniteNumber(width) ||
    !isFiniteNumber(height)
  ) {
    return undefined;
  }
  if (width < 1 || height < 1) return undefined;
  return { bounds: { x, y, width, height }, maximized: value['maximized'] === true };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function matches(value: unknown, pattern: string): value is string {
  return typeof value === 'string' && new RegExp(pattern).test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
