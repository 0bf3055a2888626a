import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * argon2id at the OWASP minimum or above: 19 MiB of memory, 2 passes, 1 lane.
 * The parameters are stored in each hash, so raising them later still verifies old ones.
 */
export const ARGON2_PARAMS = {
  // Algorithm.Argon2id; the enum is a const enum, which per-file transpilation cannot inline.
  algorithm: 2 as Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for sign-ins with an unknown email,
 * so the answer's timing does not tell which emails have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('chorus-timing-equaliser-not-a-password');
  await verifyPassword(await dummyHash, password);
  return false;
}
