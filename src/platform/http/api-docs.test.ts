import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePlatform } from '../testing/app.ts';

const PUBLIC_URL = 'https://www.example.org';

describe('the API reference at /api/docs', () => {
  const app = usePlatform({ publicUrl: PUBLIC_URL });

  it("carries the organization's name and links back to the site in both languages", async () => {
    const res = await app().inject('/api/docs');
    assert.equal(res.statusCode, 200);
    assert.match(
      res.body,
      /<title>CICA open data API — Conference on Interaction and Confidence Building Measures in Asia</,
    );
    assert.match(res.body, /<a class="org-brand" href="https:\/\/www\.example\.org\/en">/);
    assert.match(res.body, /<a href="https:\/\/www\.example\.org\/ru" lang="ru" hreflang="ru">Сайт СВМДА<\/a>/);
  });

  it("answers under the platform's Content-Security-Policy: no inline script or style allowed", async () => {
    const res = await app().inject('/api/docs');
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|https:/);
    assert.doesNotMatch(res.body, /<script>|<style>|style="/, 'nothing inline for the policy to block');
  });

  it('serves its stylesheet and icon, and describes the organization in the OpenAPI document', async () => {
    const css = await app().inject('/api/docs/static/theme/cica.css');
    assert.equal(css.statusCode, 200);
    assert.match(css.body, /\.org-bar/);
    assert.equal((await app().inject('/api/docs/static/theme/favicon.svg')).headers['content-type'], 'image/svg+xml');
    const spec = (await app().inject('/api/docs/json')).json();
    assert.match(spec.info.description, /Conference on Interaction and Confidence Building Measures in Asia/);
    assert.equal(spec.externalDocs.url, `${PUBLIC_URL}/en`);
  });
});
