// An outside check of `calico fmt --schema-comment`: yaml-language-server's language service, as an
// editor runs it with no schema associations of its own, validates one YAML file, so each document
// is judged only by the schema its `# yaml-language-server: $schema=...` line names (resolved as the
// server resolves it: a relative path from the file's folder; file: URLs as they are).
// Usage: node validate.mjs FILE
// Prints a JSON array of {"line": N (1-based), "message": "...", "source": "..."}.
import { getLanguageService } from "yaml-language-server";
import { TextDocument } from "vscode-languageserver-textdocument";
import fs from "fs";
import path from "path";
import { pathToFileURL, fileURLToPath } from "url";

const file = path.resolve(process.argv[2]);
const service = getLanguageService({
  // Schemas are read from this machine only: no network.
  schemaRequestService: async (uri) => fs.readFileSync(fileURLToPath(uri), "utf8"),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
});
service.configure({ validate: true, completion: false, hover: false, schemas: [] });
const document = TextDocument.create(pathToFileURL(file).toString(), "yaml", 1, fs.readFileSync(file, "utf8"));
const diagnostics = await service.doValidation(document, false);
console.log(JSON.stringify(diagnostics.map((d) => ({ line: d.range.start.line + 1, message: d.message, source: d.source }))));
