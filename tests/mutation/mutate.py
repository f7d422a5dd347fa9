"""`make mutate`: mutation testing (mutmut 3) of the modules where a silent bug hurts most.

Each module is mutated in its own copy of the project, build/mutation/<name>/, and each
mutant runs only the tests that exercise that module (MODULES below), on one worker: the
machine is small and shared. The figures go to build/mutation/<name>.json and a table to
build/mutation/summary.md and stdout. Mutants named in docs/MUTATION.md's equivalent list
(``module.x_function__mutmut_N``) count as equivalent, not as survivors.

    python tests/mutation/mutate.py                # every module, smallest first
    python tests/mutation/mutate.py referrals csv_export
    python tests/mutation/mutate.py --list
    python tests/mutation/mutate.py --report merge   # count the last run again
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "build" / "mutation"
EQUIVALENTS = ROOT / "docs" / "MUTATION.md"

# name: (module file, the test files that exercise it). Smallest and fastest first.
MODULES: dict[str, tuple[str, list[str]]] = {
    "referrals": (
        "crm_desktop/services/graph/referrals.py",
        [
            "tests/graph/test_referrals_service.py",
            "tests/graph/test_referrals_rules.py",
            "tests/graph/test_warm_path.py",
        ],
    ),
    "csv_export": (
        "crm_desktop/services/interchange/csv_export.py",
        ["tests/interchange/test_export.py", "tests/interchange/test_csv_export_rules.py"],
    ),
    "warm_path": (
        "crm_desktop/services/graph/warm_path.py",
        [
            "tests/graph/test_warm_path.py",
            "tests/graph/test_warm_path_rules.py",
            "tests/giving/test_company_insights.py",
        ],
    ),
    "merge": (
        "crm_desktop/services/contacts/merge.py",
        ["tests/contacts/test_merge.py", "tests/contacts/test_merge_rules.py"],
    ),
    "migrations": (
        "crm_desktop/store/migrations.py",
        [
            "tests/store/test_migration_v3.py",
            "tests/store/test_migration_rules.py",
            "tests/store/test_store.py",
            "tests/contacts/test_contact_record.py",
        ],
    ),
    "plan": (
        "crm_desktop/services/interchange/plan.py",
        ["tests/interchange/test_import_engine.py", "tests/interchange/test_import_plan_rules.py"],
    ),
    "apply": (
        "crm_desktop/services/interchange/apply.py",
        [
            "tests/interchange/test_import_engine.py",
            "tests/interchange/test_import_apply_rules.py",
            "tests/interchange/test_import_plan_rules.py",
        ],
    ),
    "prepsheet": (
        "crm_desktop/services/meetings/prepsheet.py",
        [
            "tests/meetings/test_prep_sheet.py",
            "tests/meetings/test_prep_sheet_rules.py",
            "tests/meetings/test_prep_sheet_layout.py",
            "tests/meetings/test_prep_sheet_export.py",
        ],
    ),
    "backups": (
        "crm_desktop/services/backups.py",
        [
            "tests/store/test_backups.py",
            "tests/store/test_integrity.py",
            "tests/store/test_backups_rules.py",
            "tests/store/test_start_up_rules.py",
        ],
    ),
    # Encryption at rest: settling a change a crash cut short, and the change itself. The
    # kill-at-every-step test runs child processes, which mutmut cannot switch a mutant
    # on in; the tests here drive the same code in the test's own process.
    "unlock": (
        "crm_desktop/services/encryption/unlock.py",
        [
            "tests/encryption/test_encryption.py",
            "tests/encryption/test_settle.py",
            "tests/encryption/test_unlock_rules.py",
        ],
    ),
    "convert": (
        "crm_desktop/services/encryption/convert.py",
        ["tests/encryption/test_encryption.py", "tests/encryption/test_convert_rules.py"],
    ),
    # Sync: the one module that talks to the network, against real Radicale and Xandikos
    # servers (child processes, not mutated) and the fault proxy; and where the password goes.
    "dav": (
        "crm_desktop/services/sync/dav.py",
        ["tests/sync/test_dav.py", "tests/sync/test_dav_faults.py"],
    ),
    "credentials": ("crm_desktop/services/sync/credentials.py", ["tests/sync/test_credentials.py"]),
}

STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped"}
STATUS.update({36: "timeout", 24: "timeout", -24: "timeout", 152: "timeout", 255: "timeout"})
STATUS.update({-11: "segfault", -9: "segfault", None: "not checked"})


def equivalents() -> set[str]:
    """The mutants docs/MUTATION.md names as equivalent (in backquotes)."""
    if not EQUIVALENTS.exists():
        return set()
    return set(re.findall(r"`([\w.]+__mutmut_\d+)`", EQUIVALENTS.read_text("utf-8")))


def prepare(name: str, module: str, tests: list[str]) -> Path:
    """A fresh copy of the sources, tests and resources, with mutmut's settings for this module."""
    work = OUT / name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("crm_desktop", "tests", "resources"):
        shutil.copytree(ROOT / folder, work / folder, ignore=ignore)
    existing = [t for t in tests if (ROOT / t).exists()]
    settings = {
        "source_paths": ["crm_desktop"],
        "only_mutate": [module],
        "also_copy": ["resources"],
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-q", "-x", "-m", "not gui"],
        "pytest_add_cli_args_test_selection": existing,
        # A mutant that makes its tests five times slower is stuck in a loop: stop it sooner
        # than mutmut's default (15 times), or one such mutant holds the run for minutes.
        "timeout_multiplier": 5.0,
    }
    lines = ["", "[tool.mutmut]"] + [
        f"{key} = {json.dumps(value)}" for key, value in settings.items()
    ]
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    (work / "pyproject.toml").write_text(text + "\n".join(lines) + "\n", "utf-8")
    return work


def results(work: Path, module: str) -> dict[str, str]:
    meta = work / "mutants" / (module + ".meta")
    codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
    return {mutant: STATUS.get(code, "suspicious") for mutant, code in sorted(codes.items())}


def run(name: str, again: bool = True) -> dict:
    """Mutate the module and count (*again* False: count the last run's results again,
    with the equivalent mutants docs/MUTATION.md now names)."""
    work = OUT / name
    if again:
        mutate(name, work)
    return figures(name, work)


def mutate(name: str, work: Path) -> None:
    module, tests = MODULES[name]
    prepare(name, module, tests)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    mutmut = Path(sys.executable).with_name("mutmut")
    log = OUT / f"{name}.log"
    with log.open("w") as out:
        subprocess.run(
            [str(mutmut), "run", "--max-children", "1"],
            cwd=work,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    # mutmut selects a mutant's tests by node id; an id it cannot pass back to pytest (a
    # backslash in a parameter's id) fails the run, which mutmut counts as a kill.
    stats = json.loads((work / "mutants" / "mutmut-stats.json").read_text("utf-8"))
    tests_seen = {t for ts in stats["tests_by_mangled_function_name"].values() for t in ts}
    unselectable = sorted(t for t in tests_seen if "\\" in t)
    if unselectable:
        raise SystemExit(f"{name}: give these tests plain ids, no figures: {unselectable}")


def figures(name: str, work: Path) -> dict:
    module, tests = MODULES[name]
    by_mutant = results(work, module)
    equivalent = equivalents()
    counts = Counter(
        "equivalent" if s == "survived" and m in equivalent else s for m, s in by_mutant.items()
    )
    total = len(by_mutant)
    killed = counts["killed"] + counts["timeout"]
    scored = total - counts["equivalent"]
    figures = {
        "module": module,
        "tests": tests,
        "mutants": total,
        "killed": counts["killed"],
        "timeouts": counts["timeout"],
        "equivalent": counts["equivalent"],
        "survived": counts["survived"],
        "other": total - killed - counts["equivalent"] - counts["survived"],
        "score": round(100 * killed / scored, 1) if scored else 100.0,
        "survivors": [m for m, s in by_mutant.items() if s == "survived" and m not in equivalent],
        "statuses": by_mutant,
    }
    (OUT / f"{name}.json").write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    return figures


def table(rows: dict[str, dict]) -> str:
    head = "| module | mutants | killed | timeouts | equivalent | survived | other | score |"
    lines = [head, "|---|--:|--:|--:|--:|--:|--:|--:|"]
    for name, f in rows.items():
        lines.append(
            f"| {name} | {f['mutants']} | {f['killed']} | {f['timeouts']} | {f['equivalent']} "
            f"| {f['survived']} | {f['other']} | {f['score']} % |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="names from --list (default: all)")
    parser.add_argument("--list", action="store_true", help="the modules and their tests")
    parser.add_argument(
        "--report", action="store_true", help="count the last run again, without mutating"
    )
    args = parser.parse_args()
    if args.list:
        for name, (module, tests) in MODULES.items():
            print(f"{name:12} {module}\n{'':12} {' '.join(tests)}")
        return 0
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        parser.error(f"unknown module(s) {unknown}; see --list")
    OUT.mkdir(parents=True, exist_ok=True)
    rows = {}
    for name in args.modules or list(MODULES):
        if args.report and not (OUT / name / "mutants").exists():
            continue
        if not args.report:
            print(f"mutating {name} ({MODULES[name][0]})…", flush=True)
        rows[name] = run(name, again=not args.report)
        for survivor in rows[name]["survivors"]:
            print(f"  survived: {survivor}")
    summary = table(rows)
    print(summary)
    (OUT / "summary.md").write_text(summary + "\n", "utf-8")
    return 0 if all(f["score"] >= 90 for f in rows.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
