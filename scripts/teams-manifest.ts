/**
 * The Teams app manifest as we ship it, checked with zod against the rules of manifest schema
 * v1.22 that this app touches (lengths, GUIDs, command lists, icon files). Teams refuses an
 * upload that breaks them with a terse message; this says which field and why.
 */
import { z } from 'zod';

const guid = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    'expected a GUID (the Azure Bot app id)',
  );
const https = z.string().regex(/^https:\/\/\S+$/, 'expected an https URL');
const scope = z.enum(['personal', 'team', 'groupChat']);

export const manifestSchema = z.object({
  $schema: z.literal(
    'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json',
  ),
  manifestVersion: z.literal('1.22'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as 1.0.0'),
  id: guid,
  developer: z.object({
    name: z.string().min(1).max(32),
    websiteUrl: https,
    privacyUrl: https,
    termsOfUseUrl: https,
  }),
  name: z.object({ short: z.string().min(1).max(30), full: z.string().max(100).optional() }),
  description: z.object({ short: z.string().min(1).max(80), full: z.string().min(1).max(4000) }),
  icons: z.object({ color: z.string().endsWith('.png'), outline: z.string().endsWith('.png') }),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  bots: z
    .array(
      z.object({
        botId: guid,
        scopes: z.array(scope).min(1),
        supportsFiles: z.boolean().optional(),
        isNotificationOnly: z.boolean().optional(),
        commandLists: z
          .array(
            z.object({
              scopes: z.array(scope).min(1),
              commands: z
                .array(
                  z.object({
                    title: z.string().min(1).max(32),
                    description: z.string().min(1).max(128),
                  }),
                )
                .min(1)
                .max(10),
            }),
          )
          .max(3)
          .optional(),
      }),
    )
    .length(1),
  permissions: z.array(z.enum(['identity', 'messageTeamMembers'])).optional(),
  validDomains: z.array(z.string()).optional(),
});

export type Manifest = z.infer<typeof manifestSchema>;
