import type { Schema } from 'electron-store';
import { LANGUAGES, type Language } from '../../../graph-schema/index.ts';
import type { WindowState } from '../window-bounds.ts';

/**
 * What the desktop app remembers between runs. Passwords are deliberately not
 * part of it: a profile names a server, the secret lives in the safeStorage vault.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export type ActiveStore =
  | { readonly kind: 'embedded'; readonly path: string }
  | { readonly kind: 'neo4j'; readonly profileId: string };

export interface Neo4jProfile {
  readonly id: string;
  readonly name: string;
  readonly uri: string;
  readonly user: string;
  readonly database: string;
}

export interface Settings {
  language: Language;
  theme: Theme;
  recentFiles: string[];
  activeStore: ActiveStore;
  neo4jProfiles: Neo4jProfile[];
  windowState?: WindowState;
}

export const MAX_RECENT_FILES = 10;
export const PROFILE_ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';
export const NEO4J_URI_PATTERN =
  '^(neo4j|neo4j\\+s|neo4j\\+ssc|bolt|bolt\\+s|bolt\\+ssc)://[^\\s/?#@]+(:\\d+)?/?$';
// Neo4j database names: 3–63 characters, an ASCII letter first, then letters, digits, dots, dashes.
export const DATABASE_PATTERN = '^[A-Za-z][A-Za-z0-9.-]{2,62}$';

/** 'de', 'de-DE', 'de_AT' -> 'de'; anything we do not translate -> undefined. */
export function matchLanguage(locale: string): Language | undefined {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === base);
}

export function languageFromLocale(locale: string): Language {
  return matchLanguage(locale) ?? 'en';
}

export function defaultSettings(locale: string, defaultDatabasePath: string): Settings {
  return {
    language: languageFromLocale(locale),
    theme: 'system',
    recentFiles: [],
    activeStore: { kind: 'embedded', path: defaultDatabasePath },
    neo4jProfiles: [],
  };
}

const rectangle = {
  type: 'object',
  properties: {
    x: { type: 'number' },
    y: { type: 'number' },
    width: { type: 'number', minimum: 1 },
    height: { type: 'number', minimum: 1 },
  },
  required: ['x', 'y', 'width', 'height'],
  additionalProperties: false,
} as const;

const profile = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: PROFILE_ID_PATTERN },
    name: { type: 'string', minLength: 1, maxLength: 100 },
    uri: { type: 'string', maxLength: 500, pattern: NEO4J_URI_PATTERN },
    user: { type: 'string', minLength: 1, maxLength: 200 },
    database: { type: 'string', pattern: DATABASE_PATTERN },
  },
  required: ['id', 'name', 'uri', 'user', 'database'],
  // Closed on purpose: a `password` field can never be written into settings.
  additionalProperties: false,
} as const;

export const SETTINGS_SCHEMA: Schema<Settings> = {
  language: { type: 'string', enum: [...LANGUAGES] },
  theme: { type: 'string', enum: [...THEMES] },
  recentFiles: {
    type: 'array',
    items: { type: 'string', minLength: 1, maxLength: 4096 },
    maxItems: MAX_RECENT_FILES,
    uniqueItems: true,
  },
  activeStore: {
    oneOf: [
      {
        type: 'object',
        properties: { kind: { const: 'embedded' }, path: { type: 'string', minLength: 1 } },
        required: ['kind', 'path'],
        additionalProperties: false,
      },
      {
        type: 'object',
        properties: {
          kind: { const: 'neo4j' },
          profileId: { type: 'string', pattern: PROFILE_ID_PATTERN },
        },
        required: ['kind', 'profileId'],
        additionalProperties: false,
      },
    ],
  },
  neo4jProfiles: { type: 'array', items: profile, maxItems: 50 },
  windowState: {
    type: 'object',
    properties: { bounds: rectangle, maximized: { type: 'boolean' } },
    required: ['bounds', 'maximized'],
    additionalProperties: false,
  },
};

/** Most recent first, no duplicates, at most MAX_RECENT_FILES. */
export function withRecentFile(recentFiles: readonly string[], path: string): string[] {
  return [path, ...recentFiles.filter((file) => file !== path)].slice(0, MAX_RECENT_FILES);
}
