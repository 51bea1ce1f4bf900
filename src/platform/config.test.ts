import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from './config.ts';

describe('configuration', () => {
  it('makes links for localhost on the port when no public address is given', () => {
    assert.equal(readConfig({}).PUBLIC_URL, 'http://localhost:3000');
    assert.equal(readConfig({ PORT: '3211' }).PUBLIC_URL, 'http://localhost:3211');
  });

  it('keeps a public address as scheme, host and port, without a trailing slash', () => {
    assert.equal(readConfig({ PUBLIC_URL: 'https://Secretariat.Example/' }).PUBLIC_URL, 'https://secretariat.example');
    assert.equal(
      readConfig({ PUBLIC_URL: 'https://secretariat.example:443' }).PUBLIC_URL,
      'https://secretariat.example',
    );
    assert.equal(readConfig({ PUBLIC_URL: 'http://10.0.0.5:8080' }).PUBLIC_URL, 'http://10.0.0.5:8080');
  });

  for (const bad of [
    '',
    'secretariat.example',
    'ftp://secretariat.example',
    'javascript:alert(1)',
    'https://secretariat.example/cica',
    'https://secretariat.example/?a=1',
    'https://secretariat.example/#top',
    'https://user:pass@secretariat.example',
  ]) {
    it(`refuses PUBLIC_URL=${JSON.stringify(bad)}, naming the variable`, () => {
      assert.throws(() => readConfig({ PUBLIC_URL: bad }), /bad configuration: PUBLIC_URL: /);
    });
  }

  it('trusts no proxy unless told which', () => {
    assert.equal(readConfig({}).TRUST_PROXY, false);
    assert.equal(readConfig({ TRUST_PROXY: ' ' }).TRUST_PROXY, false);
    assert.deepEqual(readConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8,loopback' }).TRUST_PROXY, [
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  for (const bad of ['true', '*', 'proxy.example', '10.0.0.0/33', '::1/129', '10.0.0.1/8/8', '300.0.0.1']) {
    it(`refuses TRUST_PROXY=${JSON.stringify(bad)}, naming the variable`, () => {
      assert.throws(() => readConfig({ TRUST_PROXY: bad }), /bad configuration: TRUST_PROXY: /);
    });
  }
});
