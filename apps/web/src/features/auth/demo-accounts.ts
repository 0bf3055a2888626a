/**
 * The accounts the server seeds in its demo workspace on a fresh database (CHORUS_SEED_DEMO),
 * one per role, so every role can be tried at once in separate windows.
 */
export const demoPassword = 'chorus-demo-2026';

export const demoAccounts = [
  { email: 'owner@demo.test', role: 'owner' },
  { email: 'admin@demo.test', role: 'admin' },
  { email: 'lead@demo.test', role: 'lead' },
  { email: 'strategist@demo.test', role: 'strategist' },
  { email: 'smm@demo.test', role: 'smm_specialist' },
  { email: 'expert@demo.test', role: 'chief_expert' },
  { email: 'moderator@demo.test', role: 'moderator' },
] as const;
