#!/usr/bin/env python3
"""Checks the SARIF of the gated run of validate_sarif.sh: the findings the articles accept are
suppressed (inSource for comments, external for sidecars) with their reason, the others are
not; the baseline's findings are "unchanged", the rest "new"; the suppression without a reason
is a result of its own rule, which the run's rules describe. Prints each problem; exits 1 if any.

    tests/formats/sarif_gating.py gated.sarif
"""
import json
import sys


def main(path):
    with open(path, encoding="utf-8") as f:
        run = json.load(f)["runs"][0]
    problems = []
    kinds, states = {}, {}
    for result in run["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        kind = ",".join(s["kind"] for s in result.get("suppressions", [])) or "open"
        kinds[kind] = kinds.get(kind, 0) + 1
        state = result.get("baselineState", "none")
        states[(uri.split("/")[0], state)] = states.get((uri.split("/")[0], state), 0) + 1
        for s in result.get("suppressions", []):
            if not s.get("justification") or s.get("status") != "accepted":
                problems.append(f"{uri}: a suppression without its reason or status: {s}")
    if kinds != {"inSource": 5, "external": 2, "open": 8}:
        problems.append(f"suppressed results by kind: {kinds}, expected 5 inSource, 2 external, 8 open")
    # The baseline knew the open findings of suppressions/; malformed/ is new, suppressed ones are new too.
    if states != {("suppressions", "unchanged"): 6, ("suppressions", "new"): 7, ("malformed", "new"): 2}:
        problems.append(f"baseline states by directory: {states}")
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    if "claimcheck/suppression-without-reason" not in rule_ids:
        problems.append("the rules do not describe claimcheck/suppression-without-reason")
    for p in problems:
        print(f"FAIL: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
