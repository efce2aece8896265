// The fuses electron-builder flips in the packaged binary, read from electron-builder.yml itself.
import { describe, expect, it } from 'vitest';
import { readBuilderConfig } from './builder-config';

const config = readBuilderConfig();

describe('electron-builder fuses', () => {
  it('turns off what lets a caller run the app as Node, inject options or attach a debugger', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('encrypts cookies, loads the app only from its asar and checks that asar against its hash', () => {
    expect(config.electronFuses).toMatchObject({
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    // Integrity is checked on the archive: without asar the two fuses above would lock the app out.
    expect(config.asar).toBe(true);
  });

  it('gives file:// pages no extra privileges, the window being served over app://', () => {
    expect(config.electronFuses?.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('sets nothing else, so a new fuse is a reviewed change here', () => {
    expect(Object.keys(config.electronFuses ?? {}).sort()).toEqual([
      'enableCookieEncryption',
      'enableEmbeddedAsarIntegrityValidation',
      'enableNodeCliInspectArguments',
      'enableNodeOptionsEnvironmentVariable',
      'grantFileProtocolExtraPrivileges',
      'onlyLoadAppFromAsar',
      'runAsNode',
    ]);
  });
});
