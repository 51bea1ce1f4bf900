import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePlatform } from '../testing/app.ts';

const TOKEN = 'a metrics token for the tests';

describe('/metrics for Prometheus', () => {
  const app = usePlatform({ metrics: { allow: ['loopback', '10.1.0.0/16'], token: TOKEN } });

  it('counts requests by route and the page cache, for an allowed address', async () => {
    await app().inject('/en/states');
    await app().inject('/en/states');
    await app().inject('/en/states/KZ');
    const res = await app().inject({ url: '/metrics', remoteAddress: '127.0.0.1' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    assert.match(res.body, /http_request_duration_seconds_count\{method="GET",route="\/en\/states",status="200"\} 2/);
    assert.match(
      res.body,
      /http_request_duration_seconds_count\{method="GET",route="\/en\/states\/:code",status="200"\} 1/,
    );
    assert.match(res.body, /page_cache_requests_total\{outcome="hit"\} 1/);
    assert.match(res.body, /page_cache_requests_total\{outcome="miss"\} 2/);
    assert.match(res.body, /^# TYPE job_queue_depth gauge/m);
    assert.match(res.body, /^process_resident_memory_bytes \d+/m);
    const inRange = await app().inject({ url: '/metrics', remoteAddress: '10.1.200.3' });
    assert.equal(inRange.statusCode, 200);
  });

  it('is not there for anyone else, unless they bring the token', async () => {
    const outside = await app().inject({ url: '/metrics', remoteAddress: '203.0.113.9' });
    assert.equal(outside.statusCode, 404);
    assert.doesNotMatch(outside.body, /http_request/);
    const wrong = await app().inject({
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: 'Bearer not the metrics token at all' },
    });
    assert.equal(wrong.statusCode, 404);
    const token = await app().inject({
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(token.statusCode, 200);
  });

  it('gives every answer a request id, the one its log lines carry', async () => {
    const a = await app().inject('/en');
    const b = await app().inject('/en');
    assert.match(String(a.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    assert.notEqual(a.headers['x-request-id'], b.headers['x-request-id']);
  });
});
