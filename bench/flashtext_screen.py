#!/usr/bin/env python3
"""The FlashText peer of `hirekit screen --role all`: keyword extraction only, one process, one core.

Keywords are every role's expanded term lists, the same ones HireKit compiles: each skill's name and
synonyms (required and preferred), the role's title and other titles, and its experience backgrounds;
each keyword maps to "role-id/what it is evidence of". For every CV it extracts the keywords found and
counts them per role, writing one JSON line per CV (to stdout, usually /dev/null).

usage: flashtext_screen.py ROLES_DIR PATH…      PATH is a folder or file; .txt is read as UTF-8 text,
                                                 .pdf is converted by `pdftotext FILE -` first
"""
import json, os, subprocess, sys

import yaml
from flashtext import KeywordProcessor


def keyword_processor(roles_dir):
    """A processor whose clean names are the keywords themselves, and keyword -> [targets]: one keyword
    (e.g. "customer service") is often evidence for several roles."""
    processor = KeywordProcessor(case_sensitive=False)
    targets = {}

    def add(term, target):
        key = term.lower()
        processor.add_keyword(term, key)
        targets.setdefault(key, []).append(target)

    for name in sorted(os.listdir(roles_dir)):
        if not name.endswith((".yml", ".yaml")):
            continue
        with open(os.path.join(roles_dir, name), encoding="utf-8") as f:
            role = yaml.safe_load(f)
        skills = role.get("skills", {})
        for kind in ("required", "preferred"):
            for index, skill in enumerate(skills.get(kind) or []):
                for term in [skill["name"]] + list(skill.get("synonyms") or []):
                    add(term, f"{role['id']}/{kind}/{index}")
        for term in [role["title"]] + list(role.get("also_known_as") or []):
            add(term, f"{role['id']}/title")
        for term in (role.get("experience") or {}).get("backgrounds") or []:
            add(term, f"{role['id']}/background")
    return processor, targets


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    yield os.path.join(root, name)
        else:
            yield path


def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", path, "-"], capture_output=True,
                              check=False).stdout.decode("utf-8", "replace")
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    processor, targets = keyword_processor(sys.argv[1])
    out = sys.stdout
    for path in files(sys.argv[2:]):
        found = processor.extract_keywords(text_of(path))
        per_role = {}
        for keyword in found:
            for target in targets[keyword]:
                role = target.split("/", 1)[0]
                per_role[role] = per_role.get(role, 0) + 1
        out.write(json.dumps({"cv": path, "keywords": len(found), "roles": per_role}) + "\n")


if __name__ == "__main__":
    main()
