"""`make serve` and `make build` install only the build's packages; the tests and benchmarks add theirs."""

from __future__ import annotations

import re

from tests.conftest import ROOT

REQUIREMENTS = ROOT / "requirements"


def names(path) -> set[str]:
    """The packages a requirements file names (an .in's direct ones, a .txt's pins)."""
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(==|$|\s|#|<|>|~)", line)
        if match and not line.startswith(("-", " ", "#")):
            found.add(re.sub(r"[-_.]+", "-", match.group(1)).lower())
    return found


def test_the_build_installs_no_test_or_benchmark_tool():
    build = names(REQUIREMENTS / "build.txt")
    for extra in ("test", "bench"):
        direct = names(REQUIREMENTS / f"{extra}.in")
        assert direct, f"requirements/{extra}.in names no package"
        leaked = sorted(direct & build)
        assert not leaked, f"requirements/build.txt installs {leaked}, which only requirements/{extra}.in asks for"


def test_each_set_keeps_the_versions_of_the_one_below():
    """test.txt and bench.txt are supersets with the same pins, so one .venv holds all three."""

    def pins(name):
        text = (REQUIREMENTS / name).read_text(encoding="utf-8")
        return dict(re.findall(r"^([a-z0-9][a-z0-9._-]*)==(\S+)", text, flags=re.M))

    build, test, bench = pins("build.txt"), pins("test.txt"), pins("bench.txt")
    assert {"mkdocs", "mkdocs-material", "phonenumbers"} <= build.keys()
    for lower, upper, label in ((build, test, "test.txt"), (test, bench, "bench.txt")):
        differ = {name: (version, upper.get(name)) for name, version in lower.items() if upper.get(name) != version}
        assert not differ, f"requirements/{label} drops or changes pins of the set below it: {differ}"
