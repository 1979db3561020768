#!/usr/bin/env python3
"""Optional developer check: validates the exchange schemas (draft 2020-12) and the bundled
example documents with the Python `jsonschema` package. Not part of the Maven build, which has no
JSON Schema library; the Java side checks the same example with ExchangeConformance.

Usage (from kernel/standards): python3 src/build/check-schemas.py
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

folder = pathlib.Path(__file__).resolve().parents[2] / "src/main/resources/org/yiwang/kernel/standards/exchange/v1"
schemas = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.schema.json"))]
registry = Registry().with_resources([(s["$id"], Resource.from_contents(s)) for s in schemas])
for s in schemas:
    Draft202012Validator.check_schema(s)
errors = []
for example in sorted(folder.glob("*.example.json")):  # <name>.example.json against <name>.schema.json
    schema = next(s for s in schemas if s["$id"].endswith("/" + example.name.split(".")[0] + ".schema.json"))
    validator = Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors += [f"{example.name}: {e.message}" for e in validator.iter_errors(json.loads(example.read_text(encoding="utf-8")))]
print("\n".join(errors) or f"{len(schemas)} schemas valid; examples conform")
sys.exit(1 if errors else 0)
