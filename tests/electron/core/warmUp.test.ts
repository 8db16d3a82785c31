// core.warmUp(): the shells call it after start-up so the first letter is as fast as the rest; it
// prepares the fonts without an error and without touching the archive.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testCore } from '../../helpers/core';
import { auditRows } from '../../helpers/requests';

afterEach(() => vi.restoreAllMocks());

describe('core.warmUp', () => {
  it('prepares the PDF fonts without logging a failure and writes nothing to the archive', async () => {
    const errors = vi.spyOn(console, 'error');
    const core = testCore();
    const before = auditRows(core).length;
    await core.warmUp();
    expect(errors).not.toHaveBeenCalled();
    expect(auditRows(core)).toHaveLength(before);
    core.close();
  });
});
