// A node:test reporter that prints, once for each name, a regular expression selecting the
// tests of that name for --test-name-pattern (scripts/each-test-alone.sh). Suites are left out.
export default async function* testNames(source) {
  const seen = new Set();
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite' || seen.has(event.data.name)) continue;
    seen.add(event.data.name);
    yield `^${event.data.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$\n`;
  }
}
