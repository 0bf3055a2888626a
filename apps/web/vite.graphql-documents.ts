import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:chorus-gql/';
const RESOLVED = '\0chorus-gql/';

/**
 * Replaces each `graphql(`…`)` call of the app with the one document it names, as a module
 * of its own holding just that document (read from the generated `src/gql/graphql.ts`), so
 * each page's chunk carries the operations it uses: neither the generated map of all of them
 * (`src/gql/gql.ts`) nor every document of the app lands in the first download. This is what
 * the codegen client preset's Babel and SWC plugins do; Vite 8 compiles with Oxc, and pulling
 * in Babel for this alone would slow every build. Lines stay where they were (a call becomes
 * a name and its line breaks), so source maps stay right to the line. Tests (Jest) use the
 * generated map as it is.
 */
export function graphqlDocuments(root: string): Plugin {
  const generated = path.resolve(root, 'src/gql/graphql.ts');
  const gqlDir = path.resolve(root, 'src/gql') + path.sep;
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const definition = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/g;
  const exported =
    /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode</;
  let cache: { mtimeMs: number; documents: Map<string, string> } | null = null;

  /** The generated documents by export name, as JSON text (read again when codegen ran). */
  function documents(): Map<string, string> {
    const { mtimeMs } = statSync(generated);
    if (cache?.mtimeMs !== mtimeMs) {
      const found = new Map<string, string>();
      for (const line of readFileSync(generated, 'utf8').split('\n')) {
        const match = exported.exec(line);
        if (match) found.set(match[1]!, match[2]!);
      }
      cache = { mtimeMs, documents: found };
    }
    return cache.documents;
  }

  return {
    name: 'chorus-graphql-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? RESOLVED + id.slice(VIRTUAL.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      this.addWatchFile(generated);
      const name = id.slice(RESOLVED.length);
      const json = documents().get(name);
      if (!json) throw new Error(`${name} is not in src/gql/graphql.ts: run pnpm codegen`);
      return `export default ${json};\n`;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.(ts|tsx)$/.test(file) || file.startsWith(gqlDir) || !code.includes('graphql(')) {
        return null;
      }
      const names = new Set<string>();
      const replaced = code.replace(call, (whole, body: string) => {
        // The operation when the call holds one (with fragments of its own), else the fragment:
        // the document codegen maps the text to.
        const found = [...body.matchAll(definition)];
        const chosen = found.find(([, keyword]) => keyword !== 'fragment') ?? found[0];
        if (!chosen) {
          throw new Error(`${file}: a graphql() call without a named operation or fragment`);
        }
        const [, keyword, name] = chosen;
        const documentName = keyword === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        names.add(documentName);
        return `__gql_${documentName}` + '\n'.repeat(whole.split('\n').length - 1);
      });
      if (names.size === 0) return null;
      // At the end, so no line moves (imports are hoisted).
      const imports = [...names]
        .map((name) => `import __gql_${name} from ${JSON.stringify(VIRTUAL + name)};`)
        .join('\n');
      return { code: `${replaced}\n${imports}\n`, map: null };
    },
  };
}
