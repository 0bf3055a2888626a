import { ACTIONS, PERMISSIONS } from './matrix.js';
import { ROLE_LABELS, ROLES } from './roles.js';

/** docs/permissions.md, rendered from the matrix; a test keeps the two identical. */
export function renderPermissionsMarkdown(): string {
  const header = `| action | scope | ${ROLES.map((r) => ROLE_LABELS[r]).join(' | ')} | what it allows |`;
  const rule = `|---|---|${ROLES.map(() => ':-:').join('|')}|---|`;
  const rows = ACTIONS.map((action) => {
    const { scope, description, roles } = PERMISSIONS[action];
    const allowed: readonly string[] = roles;
    const cells = ROLES.map((role) => (allowed.includes(role) ? '✓' : ''));
    return `| \`${action}\` | ${scope} | ${cells.join(' | ')} | ${description} |`;
  });
  return `<!-- Generated from packages/permissions/src/matrix.ts by \`npx -y pnpm@10.34.9 --filter @chorus/permissions docs\`. Do not edit. -->
# Permissions

Every GraphQL field and every collaboration connection is checked on the server against
this one matrix. A principal's roles on a resource are:

- **workspace roles** (Owner, Admin, Member) — one per member, for the whole workspace;
- **team roles** (Lead, Strategist, SMM specialist, Chief expert, Moderator) — any number per
  team, on the brands that team is assigned to; a person may be in several teams;
- **guest roles** — a client without an account, through a share link, on the one resource the
  link names (view, comment or approve); a link to a brand's KPI report gives the report role
  (view only, whatever else the link says), which reads that brand's results and nothing else.

Actions with scope *workspace* are checked against workspace roles; actions with scope
*brand* against the union of workspace and team roles on that brand (and guest roles on the
linked resource). Anything not ticked is refused with \`FORBIDDEN\`, or \`NOT_FOUND\` where the
caller may not know the resource exists.

${header}
${rule}
${rows.join('\n')}
`;
}
