import { z } from 'zod';

/**
 * Neo4j connection profiles and store switching as the renderer sees them.
 * A profile names a server; its password never leaves the backend (only
 * whether one is saved), and it is never part of the settings file.
 */
const PROFILE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const NEO4J_URI = /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/?#@]+(:\d+)?\/?$/;
// Neo4j database names: an ASCII letter first, then letters, digits, dots, dashes (3–63).
const DATABASE = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;

export const ProfileIdSchema = z.string().regex(PROFILE_ID, 'must be 1–64 letters, digits, - or _');
const UriSchema = z
  .string()
  .max(500)
  .regex(NEO4J_URI, 'must be neo4j://host:port, bolt://host:port or neo4j+s://host');
const UserSchema = z.string().trim().min(1, 'must not be empty').max(200);
const DatabaseSchema = z
  .string()
  .regex(DATABASE, 'must start with a letter: 3–63 letters, digits, dots or dashes');
const PasswordSchema = z.string().min(1, 'must not be empty').max(1_000);

export const Neo4jProfileSchema = z.strictObject({
  id: ProfileIdSchema,
  name: z.string().trim().min(1, 'must not be empty').max(100),
  uri: UriSchema,
  user: UserSchema,
  database: DatabaseSchema,
});
export type Neo4jProfile = z.infer<typeof Neo4jProfileSchema>;

export const ProfileListSchema = z.object({
  profiles: z.array(Neo4jProfileSchema.extend({ hasPassword: z.boolean() })),
});

export const SaveProfileInputSchema = Neo4jProfileSchema.extend({
  id: ProfileIdSchema.optional(),
  password: PasswordSchema.optional(),
});

export const SaveProfileOutputSchema = z.object({
  profile: Neo4jProfileSchema,
  passwordSaved: z.boolean(),
  /** Why the password was not kept (no keyring), for the UI to show. */
  message: z.string().optional(),
});

/** Either a saved profile (its password from the vault unless one is given) or raw fields. */
export const TestConnectionInputSchema = z.strictObject({
  profileId: ProfileIdSchema.optional(),
  uri: UriSchema.optional(),
  user: UserSchema.optional(),
  database: DatabaseSchema.optional(),
  password: PasswordSchema.optional(),
});

export const TestConnectionOutputSchema = z.object({
  ok: z.boolean(),
  message: z.string(),
  serverVersion: z.string().optional(),
  /** The error code when not ok (unauthorized, not-found, store-unavailable, …). */
  code: z.string().optional(),
});

export const StoreChoiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('embedded') }),
  z.strictObject({ kind: z.literal('neo4j'), profileId: ProfileIdSchema }),
]);
export type StoreChoice = z.infer<typeof StoreChoiceSchema>;

export const KeyringReportSchema = z.object({
  secure: z.boolean(),
  /** 'keychain', 'dpapi', 'gnome_libsecret', 'basic_text', 'memory', … */
  backend: z.string(),
  message: z.string().optional(),
});
export type KeyringReport = z.infer<typeof KeyringReportSchema>;
