// An outside check of `calico schema`: compiles every exported schema with ajv (JSON Schema draft
// 2020-12, patterns as JavaScript's Unicode regular expressions) and validates resources against them.
// Usage: node validate.js SCHEMA_DIR [RESOURCES_JSON]
//   RESOURCES_JSON: a file holding an array of {"schema": "group/kind_version.json", "where": "...", "resource": {...}}.
// Prints one JSON object: {"schemas": N, "compileErrors": [...], "validated": N, "invalid": [...]}.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020").default;

const [schemaDir, resourcesFile] = process.argv.slice(2);
// The exported patterns are the CRDs' own, in Go's RE2 syntax. JavaScript's regular expressions read
// them alike but for inline flags: a leading (?i) becomes the "i" flag.
function re2(pattern, flags) {
  const m = pattern.match(/^(\^?)\(\?i\)/);
  return m ? new RegExp(m[1] + pattern.slice(m[0].length), flags + "i") : new RegExp(pattern, flags);
}
// strict: false: Kubernetes' x-kubernetes-* keywords are not JSON Schema's, and ajv would refuse them.
// useDefaults: the API server fills in a schema's defaults before it validates (a required field with
// a default may be left out), and ajv does the same with this option.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, useDefaults: true, code: { regExp: re2 } });
const compiled = new Map();
const compileErrors = [];
const files = [];
(function walk(dir) {
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) walk(p);
    else if (name.endsWith(".json") && name !== "catalog.json") files.push(path.relative(schemaDir, p));
  }
})(schemaDir);
for (const f of files) {
  try {
    compiled.set(f, ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, f), "utf8"))));
  } catch (e) {
    compileErrors.push({ schema: f, error: String(e.message) });
  }
}
const invalid = [];
let validated = 0;
if (resourcesFile) {
  for (const r of JSON.parse(fs.readFileSync(resourcesFile, "utf8"))) {
    const validate = compiled.get(r.schema);
    if (!validate) {
      invalid.push({ where: r.where, schema: r.schema, errors: ["no compiled schema"] });
      continue;
    }
    validated++;
    if (!validate(r.resource)) {
      invalid.push({ where: r.where, schema: r.schema, errors: validate.errors.map(e => e.instancePath + " " + e.message) });
    }
  }
}
process.stdout.write(JSON.stringify({ schemas: files.length, compileErrors, validated, invalid }) + "\n");
