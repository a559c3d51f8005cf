// node validate.mjs LOG.sarif...: each log must be valid against the SARIF 2.1.0 schema
// (Microsoft's, shipped in @microsoft/jest-sarif), with ajv checking formats (uri, uri-reference).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const ajv = new Ajv({ schemaId: 'auto', allErrors: true, format: 'full' });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);

let failed = 0;
for (const path of process.argv.slice(2)) {
  const log = JSON.parse(readFileSync(path, 'utf8'));
  if (!validate(log)) {
    failed++;
    console.error(`${path}: not valid SARIF 2.1.0`);
    for (const e of validate.errors) console.error(`  ${e.dataPath} ${e.message}`);
  } else if (!Array.isArray(log.runs) || log.runs.length !== 1) {
    failed++;
    console.error(`${path}: expected one run`);
  } else {
    console.log(`${path}: valid SARIF 2.1.0, ${log.runs[0].results.length} results`);
  }
}
process.exit(failed ? 1 : 0);
