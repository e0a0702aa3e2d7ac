#!/usr/bin/env python3
"""Checks a SARIF file against what GitHub code scanning accepts and shows, beyond the schema:
its documented limits (runs per file, results and rules per run, locations per result, tags per
rule), a location with a relative artifact URI and a start line on every result, rules with
ids, descriptions within 1024 characters, a message text and partialFingerprints on every result.
Prints each problem; exits 1 if there is any.

    tests/formats/github_limits.py run.sarif
"""
import json
import sys

RUNS, RESULTS, RULES, LOCATIONS, TAGS, DESCRIPTION = 20, 25_000, 25_000, 1_000, 20, 1024


def check(log):
    problems = []
    runs = log.get("runs", [])
    if len(runs) > RUNS:
        problems.append(f"{len(runs)} runs, GitHub takes at most {RUNS}")
    for r, run in enumerate(runs):
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        results = run.get("results", [])
        if len(rules) > RULES:
            problems.append(f"runs[{r}]: {len(rules)} rules, at most {RULES}")
        if len(results) > RESULTS:
            problems.append(f"runs[{r}]: {len(results)} results, at most {RESULTS}")
        ids = [rule.get("id") for rule in rules]
        if None in ids or "" in ids or len(set(ids)) != len(ids):
            problems.append(f"runs[{r}]: every rule needs an id of its own: {ids}")
        for i, rule in enumerate(rules):
            where = f"runs[{r}].tool.driver.rules[{i}] ({rule.get('id')})"
            for key in ("shortDescription", "fullDescription"):
                text = rule.get(key, {}).get("text", "")
                if not text or len(text) > DESCRIPTION:
                    problems.append(f"{where}: {key}.text must have 1 to {DESCRIPTION} characters, has {len(text)}")
            if not rule.get("help", {}).get("text"):
                problems.append(f"{where}: no help.text")
            if len(rule.get("properties", {}).get("tags", [])) > TAGS:
                problems.append(f"{where}: more than {TAGS} tags")
        for i, result in enumerate(results):
            where = f"runs[{r}].results[{i}] ({result.get('ruleId')})"
            if result.get("ruleId") not in ids:
                problems.append(f"{where}: ruleId is no rule of the run")
            if not result.get("message", {}).get("text"):
                problems.append(f"{where}: no message.text")
            if not result.get("partialFingerprints"):
                problems.append(f"{where}: no partialFingerprints")
            locations = result.get("locations", [])
            if not 1 <= len(locations) <= LOCATIONS:
                problems.append(f"{where}: {len(locations)} locations, GitHub needs 1 to {LOCATIONS}")
            if len(result.get("relatedLocations", [])) > LOCATIONS:
                problems.append(f"{where}: more than {LOCATIONS} related locations")
            for location in locations:
                physical = location.get("physicalLocation", {})
                uri = physical.get("artifactLocation", {}).get("uri", "")
                if not uri or ":" in uri.split("/")[0]:
                    problems.append(f"{where}: the artifact URI {uri!r} is not relative to the checkout")
                if physical.get("region", {}).get("startLine", 0) < 1:
                    problems.append(f"{where}: no region.startLine")
    return problems


def main(path):
    with open(path, encoding="utf-8") as f:
        problems = check(json.load(f))
    for p in problems:
        print(f"FAIL: GitHub code scanning: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
