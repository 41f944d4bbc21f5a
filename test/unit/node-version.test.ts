import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../src/lib/node-version.js';

describe('the Node.js versions Shortwave runs on', () => {
  it('accepts 22.12 and later, 24 LTS and newer majors', () => {
    for (const version of ['22.12.0', '22.20.1', '23.0.0', '24.22.3', '26.1.0'])
      expect(nodeVersionProblem(version), version).toBeNull();
  });

  it('refuses older releases, naming the version it found and how to get Node 24', () => {
    for (const version of ['20.20.2', '22.11.0', '18.19.1']) {
      const problem = nodeVersionProblem(version);
      expect(problem).toContain(`this is ${version}`);
      expect(problem).toContain('scripts/use-node.sh');
    }
  });
});
