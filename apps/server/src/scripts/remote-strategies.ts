/**
 * For scripts that drive running Chorus processes over HTTP (benchmarks, drills): signs a
 * new user up, makes them a strategist of a new brand and creates `documents` strategies,
 * all through GraphQL, so what the script then does goes through the same doors as a user.
 */
export async function remoteStrategies(
  base: string,
  who: { email: string; password: string; name: string },
  documents: number,
): Promise<{ cookie: string; documentIds: string[] }> {
  let cookie = '';
  const gql = async <T>(query: string, variables: unknown = {}): Promise<T> => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-chorus-request': '1',
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0]!;
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  await gql(
    `mutation($e: String!, $p: String!, $n: String!) {
       signUp(input: { email: $e, password: $p, displayName: $n }) { user { id } } }`,
    { e: who.email, p: who.password, n: who.name },
  );
  const { me } = await gql<{ me: { id: string } }>(`{ me { id } }`);
  const { createWorkspace } = await gql<{ createWorkspace: { id: string } }>(
    `mutation($n: String!) { createWorkspace(input: { name: $n }) { id } }`,
    { n: who.name },
  );
  const { createTeam } = await gql<{ createTeam: { id: string } }>(
    `mutation($w: ID!) { createTeam(input: { workspaceId: $w, name: "T" }) { id } }`,
    { w: createWorkspace.id },
  );
  await gql(
    `mutation($t: ID!, $u: ID!) { setTeamMemberRoles(input: { teamId: $t, userId: $u, roles: [STRATEGIST] }) { roles } }`,
    { t: createTeam.id, u: me.id },
  );
  const { createBrand } = await gql<{ createBrand: { id: string } }>(
    `mutation($w: ID!, $t: ID!) { createBrand(input: { workspaceId: $w, name: "B", teamIds: [$t] }) { id } }`,
    { w: createWorkspace.id, t: createTeam.id },
  );
  const documentIds: string[] = [];
  for (let i = 0; i < documents; i += 1) {
    const { createDocument } = await gql<{ createDocument: { id: string } }>(
      `mutation($b: ID!, $t: String!) { createDocument(input: { brandId: $b, kind: STRATEGY, title: $t }) { id } }`,
      { b: createBrand.id, t: `${who.name} ${i + 1}` },
    );
    documentIds.push(createDocument.id);
  }
  return { cookie, documentIds };
}
