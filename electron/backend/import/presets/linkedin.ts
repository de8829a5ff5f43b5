import { columnMap, hasHeaders, type Preset } from './preset.ts';

/**
 * LinkedIn's "Connections.csv" (Settings > Data privacy > Get a copy of your data).
 * It starts with a "Notes:" preamble before the header line; e-mail addresses are
 * often empty because members hide them.
 */
export const linkedinPreset: Preset = {
  name: 'linkedin',
  matches: (headers) => hasHeaders(headers, ['First Name', 'Last Name', 'URL', 'Connected On']),
  columns: columnMap({
    'First Name': 'firstName',
    'Last Name': 'lastName',
    'Email Address': 'email',
    Company: 'organization',
    Position: 'title',
    URL: 'properties.LinkedIn',
    'Connected On': 'properties.Connected On',
  }),
  defaultKind: 'Contact',
};
