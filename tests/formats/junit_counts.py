#!/usr/bin/env python3
"""Parses a JUnit XML report (any XML error fails) and checks that every count attribute matches
the test cases it sums up. Prints each problem; exits 1 if there is any.

    tests/formats/junit_counts.py report.xml
"""
import sys
import xml.etree.ElementTree as ET


def counts(cases):
    return {
        "tests": len(cases),
        "failures": sum(1 for c in cases if c.find("failure") is not None),
        "errors": sum(1 for c in cases if c.find("error") is not None),
    }


def main(path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        print(f"FAIL: {path} is not well-formed XML: {e}")
        return 1
    problems = []
    if root.tag != "testsuites":
        problems.append(f"the root is <{root.tag}>, not <testsuites>")
    every = []
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        every += cases
        for key, value in counts(cases).items():
            if suite.get(key) != str(value):
                problems.append(f"suite {suite.get('name')!r}: {key}={suite.get(key)}, its cases say {value}")
        for case in cases:
            if not case.get("name") or not case.get("classname"):
                problems.append(f"suite {suite.get('name')!r}: a test case without name or classname")
    for key, value in counts(every).items():
        if root.get(key) != str(value):
            problems.append(f"<testsuites> {key}={root.get(key)}, its cases say {value}")
    for p in problems:
        print(f"FAIL: {path}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
