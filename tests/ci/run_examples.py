#!/usr/bin/env python3
"""Runs the commands of examples/ci/ as CI would, on examples/, with the built claimcheck on PATH,
each in a scratch git repository (a bare "origin" and a clone, as CI checks out):

- github-workflow.yml: the "claimcheck" step's script as a push (every article) and as a pull
  request (GITHUB_BASE_REF: only the findings of the article the branch changed); its SARIF and
  JUnit must be written and parse, and the upload step must upload that SARIF. The build step is
  not run (it installs packages): the script and CMake options and target it names must exist.
- gitlab-ci.yml: the script lines, as a branch pipeline and as a merge request pipeline.
- pre-commit: installed in a repository with `claimcheck init`'s project file and a baseline: a
  copy-edit of the article with the examples' known inconsistency is committed, a new
  inconsistency is refused.

Exits 77 (skipped) without PyYAML (Debian's python3-yaml, which scripts/install-deps.sh installs).
Registered in CTest as "ci: examples/ci run on examples".

    tests/ci/run_examples.py BINARY REPO_ROOT
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

try:
    import yaml
except ImportError:
    print("SKIP: PyYAML is not installed (python3-yaml; scripts/install-deps.sh installs it)")
    sys.exit(77)

# An inconsistency the examples do not have: a part larger than its whole (core/part-within-whole).
NEW_INCONSISTENCY = "\nLe maire de Kharkiv annonce que douze des dix ponts de la ville sont fermés.\n"
# A copy-edit above the examples' deliberate inconsistency (pertes-etat-major.txt, line 4).
COPY_EDIT = ("Pertes russes : l'état-major ukrainien publie un nouveau bilan\n",
             "Pertes russes : l'état-major ukrainien publie un nouveau bilan\n\n"
             "Ce bilan quotidien est publié chaque matin sur les réseaux de l'armée.\n")


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


class Scratch:
    """A scratch directory with a git environment of its own and claimcheck on PATH."""

    def __init__(self, binary, root):
        self.dir = tempfile.mkdtemp(prefix="claimcheck-ci-")
        self.root = root
        home = os.path.join(self.dir, "home")
        os.mkdir(home)
        self.env = dict(os.environ, HOME=home, GIT_CONFIG_NOSYSTEM="1", GIT_AUTHOR_NAME="ci",
                        GIT_AUTHOR_EMAIL="ci@example.org", GIT_COMMITTER_NAME="ci", GIT_COMMITTER_EMAIL="ci@example.org",
                        CLAIMCHECK_RULES=os.path.join(root, "rules"),
                        PATH=os.path.dirname(binary) + os.pathsep + os.environ.get("PATH", ""))
        for name in ("GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "GIT_DIR", "GIT_WORK_TREE"):
            self.env.pop(name, None)

    def run(self, args, cwd, env=None, check=True, shell=False):
        r = subprocess.run(args, cwd=cwd, env=dict(self.env, **(env or {})), capture_output=True, text=True, shell=shell)
        if check and r.returncode != 0:
            raise Failure(f"{args} exited {r.returncode}:\n{r.stdout}\n{r.stderr}")
        return r

    def git(self, cwd, *args, check=True):
        return self.run(["git", *args], cwd, check=check)

    def repository(self, name):
        """A bare origin holding examples/ on main, and a clone of it; returns the clone."""
        seed, origin, clone = (os.path.join(self.dir, f"{name}-{part}") for part in ("seed", "origin.git", "clone"))
        shutil.copytree(os.path.join(self.root, "examples"), os.path.join(seed, "examples"))
        self.git(self.dir, "init", "-q", "-b", "main", seed)
        self.git(seed, "add", "-A")
        self.git(seed, "commit", "-q", "-m", "examples")
        self.git(self.dir, "clone", "-q", "--bare", seed, origin)
        self.git(self.dir, "clone", "-q", origin, clone)
        return clone

    def bash(self, script, cwd, env):
        """A CI script as a runner runs it: bash, stopping at the first failing command."""
        return self.run(["bash", "-e", "-c", script], cwd, env=env, check=False)


def append(path, text):
    with open(path, "a", encoding="utf-8") as f:
        f.write(text)


def replace(path, old, new):
    with open(path, encoding="utf-8") as f:
        content = f.read()
    expect(old in content, f"{path} no longer holds {old!r}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(content.replace(old, new, 1))


def a_branch_with_a_new_inconsistency(s, clone):
    s.git(clone, "checkout", "-q", "-b", "revue")
    append(os.path.join(clone, "examples", "frappes-nocturnes.txt"), NEW_INCONSISTENCY)
    s.git(clone, "commit", "-q", "-am", "frappes : un nouveau chiffre")


def check_reports(clone, sarif_path, junit_path, only_file=None):
    """The SARIF and JUnit the script wrote parse; with only_file, every result is in it."""
    with open(os.path.join(clone, sarif_path), encoding="utf-8") as f:
        results = json.load(f)["runs"][0]["results"]
    expect(results, f"{sarif_path} has no result")
    ET.parse(os.path.join(clone, junit_path))
    if only_file:
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        expect(uris == {only_file}, f"{sarif_path} has results in {sorted(uris)}, expected only {only_file}")


def build_commands_exist(root, script):
    """The build commands name scripts, CMake options and a target that exist."""
    with open(os.path.join(root, "CMakeLists.txt"), encoding="utf-8") as f:
        cmake = f.read()
    expect("scripts/install-deps.sh" in script and os.access(os.path.join(root, "scripts", "install-deps.sh"), os.X_OK),
           "the build does not run an executable scripts/install-deps.sh")
    for option in ("CLAIMCHECK_BUILD_TESTS", "CLAIMCHECK_BUILD_BENCH"):
        expect(option not in script or f"option({option}" in cmake, f"{option} is no option of CMakeLists.txt")
    expect("--target claimcheck" in script and "add_executable(claimcheck" in cmake, "the build does not build claimcheck")


def github_workflow(s):
    with open(os.path.join(s.root, "examples", "ci", "github-workflow.yml"), encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    steps = workflow["jobs"]["check"]["steps"]
    by_name = {step.get("name", step.get("uses")): step for step in steps}
    checkout = next(step for step in steps if step.get("uses", "").startswith("actions/checkout@"))
    expect(checkout.get("with", {}).get("fetch-depth") == 0, "actions/checkout fetches one commit: --diff-base needs more")
    build_commands_exist(s.root, by_name["build claimcheck"]["run"])
    script = by_name["claimcheck"]["run"]
    upload = by_name["upload SARIF"]
    expect(upload["uses"].startswith("github/codeql-action/upload-sarif@"), "the SARIF is not uploaded with upload-sarif")
    sarif = upload["with"]["sarif_file"]
    expect(f"--output sarif={sarif}" in script, f"the claimcheck step does not write {sarif}, which is uploaded")
    expect(upload.get("if") == "always()", "the SARIF is not uploaded when the check fails")

    clone = s.repository("github")
    plain = s.run(["claimcheck", "check", "examples/", "--fail-on", "error"], clone, check=False)
    push = s.bash(script, clone, {})
    expect(push.returncode == plain.returncode == 1,
           f"as a push, exit {push.returncode}; check alone exits {plain.returncode}; expected 1 (the examples' inconsistency):\n"
           f"{push.stdout}\n{push.stderr}")
    expect("::error file=examples/pertes-etat-major.txt,line=4," in push.stdout, f"no annotation of the known inconsistency:\n{push.stdout}")
    check_reports(clone, sarif, "claimcheck.xml")

    a_branch_with_a_new_inconsistency(s, clone)
    pull = s.bash(script, clone, {"GITHUB_BASE_REF": "main"})
    expect(pull.returncode == 1, f"as a pull request, exit {pull.returncode}:\n{pull.stdout}\n{pull.stderr}")
    expect("::error file=examples/frappes-nocturnes.txt,line=10," in pull.stdout, f"no annotation of the new inconsistency:\n{pull.stdout}")
    expect("pertes-etat-major" not in pull.stdout, f"an unchanged article annotated:\n{pull.stdout}")
    check_reports(clone, sarif, "claimcheck.xml", only_file="examples/frappes-nocturnes.txt")


def gitlab_job(s):
    with open(os.path.join(s.root, "examples", "ci", "gitlab-ci.yml"), encoding="utf-8") as f:
        job = yaml.safe_load(f)["claimcheck"]
    build_commands_exist(s.root, "\n".join(job["before_script"]))
    expect(job["variables"]["GIT_DEPTH"] == 0, "the job clones one commit: --diff-base needs more")
    script = "\n".join(job["script"])
    junit = job["artifacts"]["reports"]["junit"]
    expect(f"--output junit={junit}" in script, f"the job does not write {junit}, which it reports")

    clone = s.repository("gitlab")
    branch = s.bash(script, clone, {})
    expect(branch.returncode == 1, f"a branch pipeline exited {branch.returncode}:\n{branch.stdout}\n{branch.stderr}")
    expect("examples/pertes-etat-major.txt:4:" in branch.stdout, f"the known inconsistency is not reported:\n{branch.stdout}")
    check_reports(clone, "claimcheck.sarif", junit)

    a_branch_with_a_new_inconsistency(s, clone)
    merge = s.bash(script, clone, {"CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"})
    expect(merge.returncode == 1, f"a merge request pipeline exited {merge.returncode}:\n{merge.stdout}\n{merge.stderr}")
    expect("examples/frappes-nocturnes.txt:10:" in merge.stdout, f"the new inconsistency is not reported:\n{merge.stdout}")
    expect("pertes-etat-major" not in merge.stdout, f"an unchanged article reported:\n{merge.stdout}")
    check_reports(clone, "claimcheck.sarif", junit, only_file="examples/frappes-nocturnes.txt")


def pre_commit_hook(s):
    repo = s.repository("hook")
    s.run(["claimcheck", "init"], repo)
    replace(os.path.join(repo, ".claimcheck.yaml"), "\nbaseline:\n", "\nbaseline: .claimcheck-baseline.json\n")
    s.run(["claimcheck", "baseline", "write", ".claimcheck-baseline.json"], repo)
    hook = os.path.join(repo, ".git", "hooks", "pre-commit")
    shutil.copy(os.path.join(s.root, "examples", "ci", "pre-commit"), hook)
    os.chmod(hook, 0o755)
    s.git(repo, "add", ".claimcheck.yaml", ".claimcheck-baseline.json")
    s.git(repo, "commit", "-q", "-m", "claimcheck : configuration et baseline")

    # A copy-edit above the known inconsistency: the baseline knows it, the commit goes through.
    replace(os.path.join(repo, "examples", "pertes-etat-major.txt"), *COPY_EDIT)
    edited = s.git(repo, "commit", "-q", "-am", "pertes : une phrase de contexte", check=False)
    expect(edited.returncode == 0, f"the copy-edit was refused:\n{edited.stdout}\n{edited.stderr}")

    # A new inconsistency: refused, and said where.
    append(os.path.join(repo, "examples", "frappes-nocturnes.txt"), NEW_INCONSISTENCY)
    head = s.git(repo, "rev-parse", "HEAD").stdout
    refused = s.git(repo, "commit", "-q", "-am", "frappes : un nouveau chiffre", check=False)
    expect(refused.returncode != 0, "a commit with a new inconsistency went through")
    said = refused.stdout + refused.stderr  # git shows a hook's output on its stderr
    expect("examples/frappes-nocturnes.txt:10:" in said and "douze sur dix ponts" in said, f"the refusal does not say where:\n{said}")
    expect("pertes-etat-major" not in said, f"the known inconsistency reported:\n{said}")
    expect(s.git(repo, "rev-parse", "HEAD").stdout == head, "the refused commit was made")


def main(binary, root):
    binary, root = os.path.abspath(binary), os.path.abspath(root)
    s = Scratch(binary, root)
    failed = False
    try:
        for name, test in (("github-workflow.yml", github_workflow), ("gitlab-ci.yml", gitlab_job),
                           ("pre-commit", pre_commit_hook)):
            try:
                test(s)
                print(f"OK: examples/ci/{name}")
            except Failure as e:
                failed = True
                print(f"FAIL: examples/ci/{name}: {e}")
    finally:
        shutil.rmtree(s.dir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
