// Parses Terraform files with HashiCorp's HCL parser (hclsyntax, compiled to WebAssembly in
// @cdktf/hcl2json) and prints, as one JSON object keyed by the paths given:
//   body:        the file as hcl2json converts it (blocks as objects, expressions as "${...}" strings)
//   references:  every traversal in every expression, as HCL's parser finds it, with the JSON
//                path of the value it is in: {"at": "resource.aws_lb.api.0.subnets.1", "ref": "aws_subnet.a.id"}
//   error:       the parser's message if the file is not valid HCL (then body and references are absent)
//
// Usage: node tools/hcl2json/parse.mjs FILE [FILE...]
// Several files in one run, because loading the WebAssembly module takes seconds.
import { readFile } from "node:fs/promises";
import { parse, getReferencesInExpression } from "@cdktf/hcl2json";

async function references(value, at, out) {
  if (typeof value === "string") {
    if (value.includes("${")) {
      for (const r of await getReferencesInExpression(at, value)) {
        out.push({ at, ref: r.value });
      }
    }
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      await references(value[i], `${at}.${i}`, out);
    }
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      await references(item, at === "" ? key : `${at}.${key}`, out);
    }
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node parse.mjs FILE [FILE...]");
  process.exit(2);
}
const result = {};
for (const file of files) {
  try {
    const body = await parse(file, await readFile(file, "utf8"));
    const refs = [];
    await references(body, "", refs);
    result[file] = { body, references: refs };
  } catch (e) {
    result[file] = { error: String(e && e.message ? e.message : e) };
  }
}
process.stdout.write(JSON.stringify(result));
