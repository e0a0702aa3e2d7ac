#!/usr/bin/env python3
"""Prints every Error and Warning of a SARIF multitool validation report; exits 1 if there is any.

    tests/formats/sarif_violations.py report.sarif
"""
import json
import sys


def message_of(result, rules):
    """The validator writes a message id and arguments; its rule holds the template."""
    message = result.get("message", {})
    if "text" in message:
        return message["text"]
    rule = next((r for r in rules if r.get("id") == result.get("ruleId")), {})
    template = rule.get("messageStrings", {}).get(message.get("id"), {}).get("text", "{0}")
    for i, argument in enumerate(message.get("arguments", [])):
        template = template.replace("{%d}" % i, argument)
    return template


def main(path):
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    violations = 0
    for run in report.get("runs", []):
        # A notification is the validator failing on the file itself (it could not parse it).
        for invocation in run.get("invocations", []):
            for n in invocation.get("toolExecutionNotifications", []) + invocation.get("toolConfigurationNotifications", []):
                if n.get("level", "warning") in ("error", "warning"):
                    violations += 1
                    print(f"FAIL: validator {n.get('level', 'warning')}: {n.get('message', {}).get('text', '')}")
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        for result in run.get("results", []):
            level = result.get("level", "warning")
            if level not in ("error", "warning"):
                continue
            violations += 1
            print(f"FAIL: {level} {result.get('ruleId', '?')}: {message_of(result, rules)}")
    return 1 if violations else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
