#!/usr/bin/env bash
# CI: install the example plugin as a user would (a real wheel build, not editable), check that
# newsfacts finds it through its entry point and that `newsfacts extract` emits its records,
# run the example's own tests against the installed copy, then uninstall it.
# Run from anywhere, in a virtualenv where newsfacts is installed: bash ci-check.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."  # the repository root, so the install line reads as in the docs

work="$(mktemp -d)"
cleanup() {
    python -m pip uninstall -q -y newsfacts-plugin-example || true
    rm -rf "$work"
}
trap cleanup EXIT

python -m pip install -q ./examples/newsfacts-plugin-example

# 1. The host lists the plugin, loaded from its entry point, with status ok.
newsfacts plugins --format json > "$work/plugins.json"
python - "$work/plugins.json" <<'PY'
import json, sys

plugins = json.load(open(sys.argv[1], encoding="utf-8"))
ours = [p for p in plugins if p.get("distribution") == "newsfacts-plugin-example"]
assert ours, f"newsfacts-plugin-example is not listed: {plugins}"
(plugin,) = ours
assert plugin["status"] == "ok", plugin
assert plugin["name"] == "money" and plugin["extractors"] == ["money"], plugin
print(f"ok: plugin {plugin['name']!r} {plugin['version']} listed with status ok")
PY

# 2. `newsfacts extract` emits a money_amount record with a true span.
printf 'NEW YORK, March 3 (Reuters) - Acme Corp said it would pay 1.5 bln dlrs\nfor Widget Inc.\n' \
    > "$work/story.txt"
newsfacts extract --strict --only money --format jsonl "$work/story.txt" > "$work/out.jsonl"
python - "$work/story.txt" "$work/out.jsonl" <<'PY'
import json, sys

text = open(sys.argv[1], encoding="utf-8").read()
(line,) = open(sys.argv[2], encoding="utf-8").read().splitlines()
records = json.loads(line)["records"]
money = [r for r in records if r["kind"] == "money_amount"]
assert len(money) == 1, records
(record,) = money
span = record["span"]
assert text[span["start"]:span["end"]] == record["text"] == "1.5 bln dlrs", record
assert (record["amount"], record["currency"]) == ("1500000000", "USD"), record
print(f"ok: newsfacts extract emitted {record['kind']} {record['text']!r}")
PY

# 3. The example's own tests, against the installed copy (its src/ is not on the path).
python -m pytest -q -p no:cacheprovider --rootdir examples/newsfacts-plugin-example \
    -c examples/newsfacts-plugin-example/pyproject.toml examples/newsfacts-plugin-example/tests
