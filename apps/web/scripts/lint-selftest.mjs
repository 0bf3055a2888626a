// Shows the web lint rules catching planted violations: lints made-up source under real
// file names with this app's ESLint config and fails unless each planted import is reported
// (and the same import is accepted where it belongs). Runs after `eslint` in `pnpm lint`.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const apollo =
  "import { useQuery } from '@apollo/client/react';\nexport const planted = useQuery;\n";
const cases = [
  {
    what: 'a component importing Apollo',
    filePath: 'src/features/teams/components/TeamsPage.tsx',
    code: apollo,
    rejected: true,
  },
  {
    what: 'a nested feature file (documents/versions) importing Apollo',
    filePath: 'src/features/documents/versions/VersionHistory.tsx',
    code: apollo,
    rejected: true,
  },
  {
    what: 'a ui/ primitive importing Apollo',
    filePath: 'src/ui/use-confirmed-action.ts',
    code: apollo,
    rejected: true,
  },
  {
    what: "a feature reaching inside another feature's folders",
    filePath: 'src/features/teams/components/TeamsPage.tsx',
    code: "export { useWorkspace } from '../../workspaces/hooks/use-workspace';\n",
    rejected: true,
  },
  {
    what: "a feature's hook importing Apollo",
    filePath: 'src/features/teams/hooks/use-teams.ts',
    code: apollo,
    rejected: false,
  },
];

const eslint = new ESLint({ cwd });
const failures = [];
for (const { what, filePath, code, rejected } of cases) {
  const [result] = await eslint.lintText(code, { filePath });
  const caught = result.messages.some((message) => message.ruleId === 'no-restricted-imports');
  if (caught !== rejected) {
    failures.push(
      `${what} (${filePath}) was ${caught ? 'rejected' : 'accepted'}: ${JSON.stringify(result.messages)}`,
    );
  }
}
if (failures.length > 0) {
  process.stdout.write(`The web lint rules misjudged planted code:\n${failures.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(
  `Web lint rules catch every planted violation (${cases.filter((c) => c.rejected).length}) and accept Apollo in hooks/.\n`,
);
