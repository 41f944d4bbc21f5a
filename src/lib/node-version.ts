/**
 * The Node.js versions Shortwave runs on, checked before anything else loads: native modules
 * built for a newer Node crash an older one, so a too-old Node gets one clear line instead.
 * @example nodeVersionProblem('20.20.2') // 'Shortwave needs Node.js 22.12 or newer (24 LTS recommended); this is 20.20.2 ...'
 */

/** The oldest Node.js release line and minor we support. */
export const MINIMUM_NODE = { major: 22, minor: 12 } as const;

/** What is wrong with this Node.js version, or null when it is supported. */
export function nodeVersionProblem(version: string): string | null {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  if (major > MINIMUM_NODE.major || (major === MINIMUM_NODE.major && minor >= MINIMUM_NODE.minor))
    return null;
  return (
    `Shortwave needs Node.js ${MINIMUM_NODE.major}.${MINIMUM_NODE.minor} or newer (24 LTS recommended); ` +
    `this is ${version}. Get Node 24 with: . scripts/use-node.sh (see README)`
  );
}
