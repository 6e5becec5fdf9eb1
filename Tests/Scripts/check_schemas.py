#!/usr/bin/env python3
"""Checks specc's JSON Schemas with an independent implementation (python-jsonschema).

Reads a JSON request on stdin:
  {"root": DIR, "metaschema": true|false,
   "checks": [{"schema": "relative/path.json[#/json/pointer]", "instance": ..., "expect": "valid" | KEYWORD}]}
Every *.json file under DIR is registered by its $id, so relative $refs resolve within the set.
Writes {"metaschema": [failures...], "checks": [{"ok": bool, "detail": str}...]} on stdout.
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from referencing import Registry, Resource


def all_errors(errors):
    for error in errors:
        yield error
        yield from all_errors(error.context)


def main():
    request = json.load(sys.stdin)
    root = pathlib.Path(request["root"])
    documents = {path: json.loads(path.read_text()) for path in sorted(root.rglob("*.json"))}
    registry = Registry().with_resources(
        (document["$id"], Resource.from_contents(document)) for document in documents.values() if "$id" in document
    )
    report = {"metaschema": [], "checks": []}
    if request.get("metaschema"):
        for path, document in documents.items():
            try:
                Draft202012Validator.check_schema(document)
            except SchemaError as error:
                report["metaschema"].append(f"{path.relative_to(root)}: {error.message}")
            if "$id" not in document:
                report["metaschema"].append(f"{path.relative_to(root)}: no $id")
    for check in request.get("checks", []):
        file, _, pointer = check["schema"].partition("#")
        schema = documents[root / file]
        if pointer:
            schema = {"$ref": schema["$id"] + "#" + pointer}
        validator = Draft202012Validator(schema, registry=registry)
        errors = list(all_errors(validator.iter_errors(check["instance"])))
        keywords = sorted({error.validator for error in errors})
        if check["expect"] == "valid":
            ok = not errors
        else:
            ok = check["expect"] in keywords
        detail = "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]} [{e.validator}]" for e in errors[:5])
        report["checks"].append({"ok": ok, "detail": detail or "no errors"})
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
