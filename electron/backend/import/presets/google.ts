import { columnMap, hasHeaders, type Preset } from './preset.ts';

/**
 * Google Contacts "Google CSV" export, current and older column names. Labels
 * come as "* myContacts ::: Kunden"; the starred system labels mean nothing here.
 */
export const googlePreset: Preset = {
  name: 'google',
  matches: (headers) =>
    hasHeaders(headers, ['E-mail 1 - Value']) &&
    (hasHeaders(headers, ['Labels']) ||
      hasHeaders(headers, ['Group Membership']) ||
      hasHeaders(headers, ['Organization Name']) ||
      hasHeaders(headers, ['Organization 1 - Name'])),
  columns: columnMap({
    'First Name': 'firstName',
    'Given Name': 'firstName',
    'Last Name': 'lastName',
    'Family Name': 'lastName',
    'Organization Name': 'organization',
    'Organization 1 - Name': 'organization',
    'Organization Title': 'title',
    'Organization 1 - Title': 'title',
    'E-mail 1 - Value': 'email',
    'Phone 1 - Value': 'phone',
    'Address 1 - City': 'city',
    'Address 1 - Country': 'country',
    Labels: 'tags',
    'Group Membership': 'tags',
    Notes: 'notes',
    'E-mail 1 - Label': 'ignore',
    'E-mail 1 - Type': 'ignore',
    'Phone 1 - Label': 'ignore',
    'Phone 1 - Type': 'ignore',
    'Address 1 - Label': 'ignore',
    'Address 1 - Type': 'ignore',
  }),
  defaultKind: 'Contact',
  listSeparator: /\s*:::\s*/,
  dropTags: (tag) => tag.startsWith('* '),
};
