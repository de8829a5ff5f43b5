import { columnMap, hasHeaders, type Preset } from './preset.ts';

/**
 * Outlook's contact export (File > Open & Export > Import/Export > CSV), English
 * and German. Its "Title"/"Anrede" is the salutation, not the job title; the
 * job title is "Job Title"/"Position". Of its ~90 columns, empty ones are dropped
 * and filled ones nobody maps are kept as properties.
 */
export const outlookPreset: Preset = {
  name: 'outlook',
  matches: (headers) =>
    hasHeaders(headers, ['First Name', 'Last Name', 'E-mail Address', 'Job Title']) ||
    hasHeaders(headers, ['Vorname', 'Nachname', 'E-Mail-Adresse', 'Position']),
  columns: columnMap({
    Title: 'properties.Salutation',
    Anrede: 'properties.Anrede',
    'First Name': 'firstName',
    Vorname: 'firstName',
    'Last Name': 'lastName',
    Nachname: 'lastName',
    Company: 'organization',
    Firma: 'organization',
    'Job Title': 'title',
    Position: 'title',
    'E-mail Address': 'email',
    'E-Mail-Adresse': 'email',
    'Business Phone': 'phone',
    'Telefon geschäftlich': 'phone',
    'Business City': 'city',
    'Ort geschäftlich': 'city',
    'Business Country/Region': 'country',
    'Land/Region geschäftlich': 'country',
    Categories: 'tags',
    Kategorien: 'tags',
    Notes: 'notes',
    Notizen: 'notes',
    'E-mail Type': 'ignore',
    'E-Mail-Typ': 'ignore',
    'E-mail Display Name': 'ignore',
    'E-Mail: Angezeigter Name': 'ignore',
    'Angezeigter Name (E-Mail)': 'ignore',
  }),
  defaultKind: 'Contact',
  // Outlook writes several categories as "A;B" into one cell.
  listSeparator: /[;|]/,
};
