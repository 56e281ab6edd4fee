"""`make serve` and `make build` install only the build's packages; the tests and benchmarks add theirs."""

from __future__ import annotations

import re

from tests.conftest import ROOT

REQUIREMENTS = ROOT / "requirements"


def requirements(path) -> list:
    """Every requirement a file names (an .in's direct ones, a .txt's pins), read with `packaging`, as
    pip reads them: a line it cannot read fails here, naming it, rather than being skipped."""
    from packaging.requirements import InvalidRequirement, Requirement

    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = re.split(r"(?:^|\s)#", line, maxsplit=1)[0].removesuffix("\\").strip()
        line = re.split(r"\s--hash[= ]", line, maxsplit=1)[0].strip()
        if not line or line.startswith("-"):  # blank, a comment, --hash=... or an option such as -c build.txt
            continue
        try:
            found.append(Requirement(line))
        except InvalidRequirement as error:
            raise AssertionError(f"{path.name}, line {number}: {line!r}: {error}") from None
    return found


def names(path) -> set[str]:
    return {re.sub(r"[-_.]+", "-", requirement.name).lower() for requirement in requirements(path)}


def test_the_build_installs_no_test_or_benchmark_tool():
    build = names(REQUIREMENTS / "build.txt")
    for extra in ("test", "bench"):
        direct = names(REQUIREMENTS / f"{extra}.in")
        assert direct, f"requirements/{extra}.in names no package"
        leaked = sorted(direct & build)
        assert not leaked, f"requirements/build.txt installs {leaked}, which only requirements/{extra}.in asks for"


def test_an_unreadable_line_fails_naming_it(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("mkdocs==1.6.1 \\\n    --hash=sha256:00\nmkdocs material==9.8.2\n", encoding="utf-8")
    try:
        names(bad)
    except AssertionError as error:
        assert "bad.txt, line 3: 'mkdocs material==9.8.2'" in str(error), error
    else:
        raise AssertionError("a line pip cannot read was skipped")


def test_each_set_keeps_the_versions_of_the_one_below():
    """test.txt and bench.txt are supersets with the same pins, so one .venv holds all three."""

    def pins(name):
        found = {}
        for requirement in requirements(REQUIREMENTS / name):
            specs = list(requirement.specifier)  # a .txt pins each package to one version
            assert len(specs) == 1 and specs[0].operator == "==", f"requirements/{name}: {requirement} is not pinned"
            (spec,) = specs
            found[re.sub(r"[-_.]+", "-", requirement.name).lower()] = spec.version
        return found

    build, test, bench = pins("build.txt"), pins("test.txt"), pins("bench.txt")
    assert {"mkdocs", "mkdocs-material", "phonenumbers"} <= build.keys()
    for lower, upper, label in ((build, test, "test.txt"), (test, bench, "bench.txt")):
        differ = {name: (version, upper.get(name)) for name, version in lower.items() if upper.get(name) != version}
        assert not differ, f"requirements/{label} drops or changes pins of the set below it: {differ}"
