import type { TeamRole, WorkspaceRole } from '@chorus/permissions';

/** The demo workspace seeded on a fresh database (CHORUS_SEED_DEMO=false turns it off). */
export const DEMO_PASSWORD = 'chorus-demo-2026';
export const DEMO_WORKSPACE = 'Demo Agency';

export interface DemoUser {
  email: string;
  displayName: string;
  workspaceRole: WorkspaceRole;
  teamRoles: TeamRole[];
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'owner@demo.test', displayName: 'Olivia Owner', workspaceRole: 'owner', teamRoles: [] },
  { email: 'admin@demo.test', displayName: 'Adam Admin', workspaceRole: 'admin', teamRoles: [] },
  {
    email: 'lead@demo.test',
    displayName: 'Linh Lead',
    workspaceRole: 'member',
    teamRoles: ['lead'],
  },
  {
    email: 'strategist@demo.test',
    displayName: 'Sara Strategist',
    workspaceRole: 'member',
    teamRoles: ['strategist'],
  },
  {
    email: 'smm@demo.test',
    displayName: 'Taras SMM',
    workspaceRole: 'member',
    teamRoles: ['smm_specialist'],
  },
  {
    email: 'expert@demo.test',
    displayName: 'Noa Chief Expert',
    workspaceRole: 'member',
    teamRoles: ['chief_expert'],
  },
  {
    email: 'moderator@demo.test',
    displayName: 'Maryam Moderator',
    workspaceRole: 'member',
    teamRoles: ['moderator'],
  },
];

export const DEMO_BRAND = {
  name: 'Lotus Tea House',
  description:
    'A family tea house in Hội An selling loose-leaf Vietnamese teas online and in store.',
  communityConcept:
    'Tea lovers who slow down: people who share brewing rituals, tasting notes and quiet mornings.',
  networks: ['facebook', 'instagram', 'tiktok', 'zalo'],
  contentLanguages: ['vi', 'en'],
  timeZone: 'Asia/Ho_Chi_Minh',
};

export const DEMO_TEAM = 'Lotus Tea team';
